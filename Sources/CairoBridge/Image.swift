import CCairo

/// A raster image read from a PNG file, ready to be drawn on any canvas.
///
/// The corresponding C function is `cairo_image_surface_create_from_png`.
public final class Image {
    let surface: OpaquePointer
    public let pixelSize: (width: Int, height: Int)

    /// Reads the PNG at `path`; throws a `CairoError` naming the file when it is missing or not a PNG.
    public init(pngAt path: String) throws(CairoError) {
        surface = try Surface.make("reading the image \(path)") { cairo_image_surface_create_from_png(path) }
        pixelSize = (Int(cairo_image_surface_get_width(surface)), Int(cairo_image_surface_get_height(surface)))
    }

    deinit {
        cairo_surface_destroy(surface)
    }
}

@available(*, unavailable, message: "A Cairo image surface must only be used from one thread")
extension Image: Sendable {}

extension Canvas {
    /// Draws `image` scaled to fill `rect`.
    public func draw(_ image: Image, in rect: Rect) {
        guard image.pixelSize.width > 0, image.pixelSize.height > 0 else { return }
        withSavedState {
            cairo_translate(context, rect.x, rect.y)
            cairo_scale(
                context, rect.width / Double(image.pixelSize.width), rect.height / Double(image.pixelSize.height))
            cairo_set_source_surface(context, image.surface, 0, 0)
            cairo_paint(context)
        }
    }
}

extension Image {
    /// The colour of the pixel at column `x`, row `y` (from the top-left), or nil outside the image:
    /// lets tests and checks read back what was drawn.
    ///
    /// The corresponding C function is `cairo_image_surface_get_data`.
    public func pixel(x: Int, y: Int) -> Color? {
        guard x >= 0, y >= 0, x < pixelSize.width, y < pixelSize.height else { return nil }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        let hasAlpha = cairo_image_surface_get_format(surface) == CAIRO_FORMAT_ARGB32
        // Native-endian 32-bit words of premultiplied alpha, red, green, blue.
        let word = UnsafeRawPointer(data + y * stride + x * 4).loadUnaligned(as: UInt32.self)
        let alpha = hasAlpha ? Double((word >> 24) & 0xFF) / 255 : 1
        func component(_ shift: UInt32) -> Double {
            let value = Double((word >> shift) & 0xFF) / 255
            return alpha > 0 ? min(1, value / alpha) : 0
        }
        return Color(red: component(16), green: component(8), blue: component(0), alpha: alpha)
    }
}
