import CCairo
import Foundation

/// A single picture drawn into memory and written as a PNG file, e.g. a figure for users to paste elsewhere.
///
/// The corresponding C function is `cairo_image_surface_create`.
public final class PNGDocument {
    let surface: OpaquePointer
    public let canvas: Canvas

    /// A picture of `size` points at `pixelsPerPoint` (2 gives 144 dpi), on a white background.
    public init(size: Size, pixelsPerPoint: Double = 2) throws(CairoError) {
        let width = Int32(clamping: Int(max(1, min(size.width * pixelsPerPoint, 30_000)).rounded(.up)))
        let height = Int32(clamping: Int(max(1, min(size.height * pixelsPerPoint, 30_000)).rounded(.up)))
        surface = try Surface.make("creating a \(width) × \(height) pixel image") {
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height)
        }
        canvas = try Canvas(surface: surface, operation: "starting to draw a PNG image")
        canvas.scale(x: pixelsPerPoint, y: pixelsPerPoint)
        canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), with: .white)
    }

    deinit {
        cairo_surface_destroy(surface)
    }

    /// Writes the picture to `path`.
    public func write(to path: String) throws(CairoError) {
        try CairoError.check(cairo_status(canvas.context), "drawing the image \(path)")
        cairo_surface_flush(surface)
        try CairoError.check(cairo_surface_write_to_png(surface, path), "writing the PNG file \(path)")
    }
}

@available(*, unavailable, message: "A Cairo surface must only be used from the thread that created it")
extension PNGDocument: Sendable {}

/// A single picture written as an SVG file. Call `finish()` to complete the file.
///
/// The corresponding C function is `cairo_svg_surface_create`.
public final class SVGDocument {
    let surface: OpaquePointer
    public let canvas: Canvas
    public let path: String
    private var finished = false

    public init(path: String, size: Size) throws(CairoError) {
        self.path = path
        surface = try Surface.make("creating the SVG file \(path)") {
            cairo_svg_surface_create(path, size.width, size.height)
        }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        canvas = try Canvas(surface: surface, operation: "starting to draw into \(path)")
    }

    deinit {
        assert(finished, "SVGDocument \(path) was released without finish(): the file is incomplete")
        cairo_surface_destroy(surface)
    }

    public func finish() throws(CairoError) {
        guard !finished else { return }
        finished = true
        try CairoError.check(cairo_status(canvas.context), "drawing \(path)")
        cairo_surface_finish(surface)
        try CairoError.check(cairo_surface_status(surface), "writing \(path)")
        try nameSurfacesInOrder()
    }

    /// Makes the file the same whatever surfaces the process made before (see `SVGSurfaceNames`).
    private func nameSurfacesInOrder() throws(CairoError) {
        do {
            let written = try String(contentsOfFile: path, encoding: .utf8)
            try SVGSurfaceNames.numberedInOrder(written).write(toFile: path, atomically: false, encoding: .utf8)
        } catch {
            throw CairoError(
                operation: "numbering the surfaces of \(path)", reason: error.localizedDescription,
                remedy: "Check that the output folder can be read and written, and that the disk has space left.")
        }
    }
}

@available(*, unavailable, message: "A Cairo surface must only be used from the thread that created it")
extension SVGDocument: Sendable {}
