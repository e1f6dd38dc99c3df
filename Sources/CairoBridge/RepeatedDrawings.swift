import CCairo
import Foundation

/// The drawings of one PDF document that `Canvas.drawRepeated` writes once: each made into an untagged one-page PDF
/// of its own in memory, for the PDF/UA pass to turn into a Form XObject.
final class RepeatedDrawings {
    struct Drawing {
        var size: Size
        /// The untagged PDF holding the drawing as its only page, valid while the document lives.
        var pdf: MemorySink
    }

    private var indices: [AnyHashable: Int] = [:]
    private(set) var drawings: [Drawing] = []

    /// The number of the drawing of `key`, made by `draw` the first time; nil when it cannot be made (then the
    /// caller draws directly).
    func index(of key: AnyHashable, size: Size, draw: (Canvas) -> Void) -> Int? {
        if let known = indices[key] { return known }
        guard drawings.count < Marker.capacity, size.width >= 1, size.height >= 1 else { return nil }
        let pdf = MemorySink()
        guard Self.write(size: size, to: pdf, draw: draw) else { return nil }
        drawings.append(Drawing(size: size, pdf: pdf))
        indices[key] = drawings.count - 1
        return drawings.count - 1
    }

    /// Draws into a new untagged PDF of one page of `size`; false when Cairo reports an error.
    private static func write(size: Size, to pdf: MemorySink, draw: (Canvas) -> Void) -> Bool {
        ContentCompression.prepare()
        let writer = pdf.cairoWriter
        guard
            let surface = try? Surface.make(
                "drawing a repeated drawing",
                { cairo_pdf_surface_create_for_stream(writer.function, writer.closure, size.width, size.height) })
        else { return false }
        defer { cairo_surface_destroy(surface) }
        guard let canvas = try? Canvas(surface: surface, operation: "drawing a repeated drawing") else { return false }
        draw(canvas)
        let drawn = cairo_status(canvas.context) == CAIRO_STATUS_SUCCESS
        cairo_surface_finish(surface)
        return drawn && cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS
    }

    /// Where a page shows a repeated drawing: the drawing's rectangle filled in a colour that nothing else uses, its
    /// blue telling which drawing. Cairo writes it as `r g b rg x y w h re f` (the colour only when it changed), after
    /// clipping to what of the rectangle is visible; the pass replaces the rectangle with the Form XObject, which the
    /// clip then cuts as it would have cut the drawing.
    enum Marker {
        static let red = 0.012345
        static let green = 0.987654
        /// How many drawings a document can share: blue runs in steps of 1/1000.
        static let capacity = 999

        static func color(_ index: Int) -> (red: Double, green: Double, blue: Double) {
            (red, green, Double(index + 1) / 1000)
        }

        /// The drawing a colour marks, nil for any other colour.
        static func index(red r: Double, green g: Double, blue b: Double) -> Int? {
            guard abs(r - red) < 1e-6, abs(g - green) < 1e-6 else { return nil }
            let index = Int((b * 1000).rounded()) - 1
            return (0..<capacity).contains(index) ? index : nil
        }
    }
}
