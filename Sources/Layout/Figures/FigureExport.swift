import CairoBridge
import Foundation

/// Writes a single figure as a PNG or SVG file for users to paste into other documents (the data behind it is
/// written by the Formats module, as CSV and XLSX).
public enum FigureExport {
    /// Draws `drawing` on a white picture of `size` points at `pixelsPerPoint` (2 gives 144 dpi).
    public static func writePNG(
        _ drawing: any FigureDrawing, size: Size, to path: String, pixelsPerPoint: Double = 2,
        engine: TextEngine = TextEngine()
    ) throws {
        let png = try PNGDocument(size: size, pixelsPerPoint: pixelsPerPoint)
        drawing.draw(in: png.canvas, rect: contentRect(size), text: engine)
        try AtomicFile.write(to: URL(fileURLWithPath: path)) { try png.write(to: $0) }
    }

    /// Draws `drawing` into an SVG file of `size` points, written once.
    public static func writeSVG(
        _ drawing: any FigureDrawing, size: Size, to path: String, engine: TextEngine = TextEngine()
    ) throws {
        let text = try svg(drawing, size: size, named: path, engine: engine)
        try AtomicFile.write(to: URL(fileURLWithPath: path)) { try Data(text.utf8).write(to: URL(fileURLWithPath: $0)) }
    }

    /// The SVG of `drawing` at `size` points, on white; `name` (the file it becomes, or the figure) is for error
    /// messages.
    public static func svg(
        _ drawing: any FigureDrawing, size: Size, named name: String, engine: TextEngine = TextEngine()
    ) throws -> String {
        let svg = try SVGDocument(size: size, name: name)
        svg.canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), with: .white)
        drawing.draw(in: svg.canvas, rect: contentRect(size), text: engine)
        return try svg.finish()
    }

    /// The picture minus a small margin, so that nothing touches the edge.
    private static func contentRect(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: size.height).insetBy(dx: 6, dy: 6)
    }
}
