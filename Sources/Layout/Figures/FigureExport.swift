import CairoBridge
import Foundation

/// Writes a single figure as a PNG or SVG file for users to paste into other documents, and the data behind
/// it as CSV.
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

    /// Draws `drawing` into an SVG file of `size` points.
    public static func writeSVG(
        _ drawing: any FigureDrawing, size: Size, to path: String, engine: TextEngine = TextEngine()
    ) throws {
        try AtomicFile.write(to: URL(fileURLWithPath: path)) { temporary in
            let svg = try SVGDocument(path: temporary, size: size)
            svg.canvas.fill(.rectangle(Rect(x: 0, y: 0, width: size.width, height: size.height)), with: .white)
            drawing.draw(in: svg.canvas, rect: contentRect(size), text: engine)
            try svg.finish()
        }
    }

    /// Writes `rows` as CSV for Excel in German settings: semicolons, quotes where needed, UTF-8 with BOM.
    public static func writeCSV(_ rows: [[String]], to path: String) throws {
        try Data(csv(rows).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    /// The CSV text of `rows`, lines ending in CRLF.
    public static func csv(_ rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(quoted).joined(separator: ";") + "\r\n" }.joined()
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// The picture minus a small margin, so that nothing touches the edge.
    private static func contentRect(_ size: Size) -> Rect {
        Rect(x: 0, y: 0, width: size.width, height: size.height).insetBy(dx: 6, dy: 6)
    }
}

/// Numbers in data files: a dot for decimals and no grouping, so every program reads them; empty when missing.
enum RawNumber {
    static func string(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
