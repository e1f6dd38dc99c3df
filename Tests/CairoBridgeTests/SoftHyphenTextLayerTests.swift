import CairoBridge
import Foundation
import PDFInspection
import Testing

@Suite("The PDF's text layer holds whole words")
struct SoftHyphenTextLayerTests {
    let engine = TextEngine()
    let style = TextStyle(font: Font(family: "Noto Sans", size: 10), hyphenates: true)
    /// Words with ligatures ("veröffentlicht", "Berufliche") and long compounds, which hyphenate.
    let paragraph = """
        Die Berufliche Bildung wird jährlich veröffentlicht; die Kindertagesstättenbedarfsplanung und die \
        Schuleingangsuntersuchung beschreiben die Einflussfaktoren der Bildungsbeteiligung im Stadtteil.
        """

    @Test("soft hyphens reach the PDF only where a line broke: extracted text has none inside a word")
    func onlyAtBreaks() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("hyphens.pdf").path
        let document = try PDFDocument(path: path, metadata: PDFMetadata(title: "Silbentrennung"))
        document.beginPage(size: .a4Portrait)
        var y = 72.0
        var broken = 0
        for width in [90.0, 130, 170, 260, 400] {
            let layout = engine.layout(markup: TextMarkup.escape(paragraph), style: style, width: width)
            broken += layout.lines.count
            document.canvas.draw(layout, x: 72, y: y)
            y += layout.size.height + 12
        }
        try document.finish()
        #expect(broken > 15)
        let text = try PDFInspection.text(of: path)
        let inside = text.unicodeScalars.indices.filter { index in
            guard text.unicodeScalars[index] == "\u{AD}" else { return false }
            let next = text.unicodeScalars.index(after: index)
            return next < text.unicodeScalars.endIndex && text.unicodeScalars[next].properties.isAlphabetic
        }
        #expect(inside.isEmpty, "\(inside.count) soft hyphens inside words")
        for word in ["veröffentlicht", "Berufliche", "jährlich"] {
            #expect(text.contains(word), "\(word) is not found whole")
        }
    }

    @Test("with unused soft hyphens removed, every line still fits its width")
    func linesFit() {
        for width in [90.0, 130, 170] {
            let layout = engine.layout(markup: TextMarkup.escape(paragraph), style: style, width: width)
            #expect(layout.lines.allSatisfy { $0.width <= width + 0.5 })
            #expect(layout.lines.count >= 4)
        }
    }

    @Test("soft hyphens the text itself carries stay only where a line broke, with or without hyphenation")
    func givenSoftHyphens() {
        let header = "Kinder\u{AD}armut"
        for hyphenates in [false, true] {
            var style = TextStyle(font: Font(family: "Noto Sans", size: 9, weight: .bold), hyphenates: hyphenates)
            let whole = engine.layout(markup: header, style: style, width: nil).size.width
            style.alignment = .right
            let wide = engine.layout(markup: header, style: style, width: whole + 20)
            #expect(wide.lines.count == 1)
            #expect(!wide.text.unicodeScalars.contains("\u{AD}"), "an unused soft hyphen stays in \(wide.text)")
            let narrow = engine.layout(markup: header, style: style, width: whole * 0.7)
            #expect(narrow.lines.count == 2)
            #expect(narrow.text.unicodeScalars.filter { $0 == "\u{AD}" }.count == 1, "the break lost its hyphen")
        }
    }
}
