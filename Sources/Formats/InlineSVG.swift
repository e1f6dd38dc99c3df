import CairoBridge
import Foundation
import Layout

/// A figure drawn by Cairo as SVG, ready to sit inside an HTML page: without the XML declaration, its ids made
/// unique to the figure (Cairo names glyphs and clip paths the same in every file), and labelled with the
/// figure's text alternative for screen readers.
enum InlineSVG {
    /// The `<svg>` element of `drawing` at `size` points; `prefix` keeps its ids apart from other figures'.
    static func markup(
        _ drawing: any FigureDrawing, size: Size, prefix: String, label: String, engine: TextEngine
    ) throws -> String {
        var svg = try FigureExport.svg(drawing, size: size, named: "the HTML figure \(prefix)", engine: engine)
        if let start = svg.range(of: "<svg") { svg = String(svg[start.lowerBound...]) }
        svg = svg.replacingOccurrences(of: " id=\"", with: " id=\"\(prefix)-")
            .replacingOccurrences(of: "href=\"#", with: "href=\"#\(prefix)-")
            .replacingOccurrences(of: "url(#", with: "url(#\(prefix)-")
        let labelled =
            label.isEmpty
            ? "<svg aria-hidden=\"true\" " : "<svg role=\"img\" aria-label=\"\(HTMLText.escape(label))\" "
        return svg.replacingOccurrences(of: "<svg ", with: labelled, range: svg.range(of: "<svg "))
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
