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
