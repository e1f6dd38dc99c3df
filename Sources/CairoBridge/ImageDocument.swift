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

/// A single picture drawn as SVG into memory. Call `finish()` for the file's text, which the caller writes once.
///
/// The corresponding C function is `cairo_svg_surface_create_for_stream`.
public final class SVGDocument {
    let surface: OpaquePointer
    public let canvas: Canvas
    /// What the picture becomes (its file, or the figure of a page), for error messages.
    public let name: String
    /// Where Cairo writes the SVG.
    private let memory = MemorySink()

    public init(size: Size, name: String) throws(CairoError) {
        self.name = name
        let writer = memory.cairoWriter
        surface = try Surface.make("creating the SVG picture \(name)") {
            cairo_svg_surface_create_for_stream(writer.function, writer.closure, size.width, size.height)
        }
        cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
        canvas = try Canvas(surface: surface, operation: "starting to draw \(name)")
    }

    deinit {
        // Cairo writes the rest of an unfinished surface when it is finished, which must happen while the memory
        // it writes into lives: the canvas's context, released after this body, would finish it after the sink.
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }

    /// The finished SVG, its surfaces named in order (see `SVGSurfaceNames`). Any drawing error that Cairo kept
    /// until now is thrown here.
    public func finish() throws(CairoError) -> String {
        try CairoError.check(cairo_status(canvas.context), "drawing \(name)")
        cairo_surface_finish(surface)
        try CairoError.check(cairo_surface_status(surface), "writing \(name)")
        guard let written = String(validating: try memory.bytes("writing \(name)"), as: UTF8.self) else {
            throw CairoError(
                operation: "writing \(name)", reason: "Cairo wrote an SVG that is not UTF-8 text",
                remedy: "Report this bug with the figure that was drawn.")
        }
        return SVGSurfaceNames.numberedInOrder(written)
    }
}

@available(*, unavailable, message: "A Cairo surface must only be used from the thread that created it")
extension SVGDocument: Sendable {}
