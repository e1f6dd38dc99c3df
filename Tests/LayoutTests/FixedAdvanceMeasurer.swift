import CairoBridge

@testable import Layout

/// A measurer with fixed advances: every character is half the font size wide, every line 1.25 font sizes
/// high. Positions in tests then follow from arithmetic instead of from installed fonts.
final class FixedAdvanceMeasurer: TextMeasuring {
    /// Figures stay drawings: a fake lays out no figure text.
    func figureMarks(_ drawing: any FigureDrawing, in rect: Rect) -> FigureMarks? { nil }
    /// Without fonts, a figure is as tall as its proportion.
    func figureHeight(_ drawing: any FigureDrawing, width: Double) -> Double {
        drawing.preferredHeight(forWidth: width)
    }

    func measure(markup: String, style: TextStyle, width: Double?) -> MeasuredText {
        let text = markup.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        let advance = style.font.size / 2
        let lineHeight = style.font.size * 1.25 * style.lineSpacing
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if let width, Double(candidate.count) * advance > width, !current.isEmpty {
                lines.append(current)
                current = String(word)
            } else {
                current = candidate
            }
        }
        lines.append(current)
        let metrics = lines.enumerated().map { index, line in
            LineMetrics(
                index: index, top: Double(index) * lineHeight, height: lineHeight,
                baseline: Double(index) * lineHeight + style.font.size, x: 0, width: Double(line.count) * advance,
                byteRange: 0..<0)
        }
        let widest = metrics.map(\.width).max() ?? 0
        return MeasuredText(
            size: Size(width: width ?? widest, height: Double(lines.count) * lineHeight), lines: metrics, layout: nil,
            style: style)
    }
}

/// A figure drawing of a fixed aspect ratio that draws nothing.
struct BoxDrawing: FigureDrawing {
    var aspect: Double

    func preferredHeight(forWidth width: Double) -> Double { width * aspect }
    func draw(in canvas: Canvas, rect: Rect, text: TextEngine) {}
}

extension LaidOutDocument {
    /// The page numbers on which a text item containing `text` appears.
    func pages(containing text: String) -> [Int] {
        pages.filter { page in page.textItems.contains { $0.content.contains(text) } }.map(\.number)
    }
}

func words(_ count: Int, seed: String = "Wort") -> String {
    (1...count).map { "\(seed)\($0)" }.joined(separator: " ")
}
