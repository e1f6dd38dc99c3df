import CairoBridge
import Testing

@testable import Layout

@Suite("The layout prints the document's words, none of its own")
struct DocumentWordsTests {
    @Test("captions, sources and page labels use the words the document brings")
    func englishWords() {
        let words = DocumentWords(
            figure: "Figure", table: "Table", source: "Source", pageLabel: "Page {page} of {pages}")
        let table = Table(
            columns: [TableColumn(), .number], header: [TableRow(texts: ["Area", "Value"])],
            rows: [TableRow(texts: ["Mitte", "1"])], caption: "Values", source: "Office")
        let document = Document(
            metadata: PDFMetadata(title: "Report"), words: words,
            blocks: [
                .paragraph(Paragraph([.text("Text")], role: .body)), .table(table), .pageBreak,
                .paragraph(Paragraph([.text("More")], role: .body)),
            ])
        let laidOut = DocumentLayout.layout(document, theme: .standard, measurer: FixedAdvanceMeasurer())
        let text = laidOut.pages.map(\.plainText).joined(separator: "\n")
        #expect(text.contains("Table 1: Values"))
        #expect(text.contains("Source: Office"))
        #expect(text.contains("Page 2 of 2"))
        #expect(!text.contains("Tabelle") && !text.contains("Quelle") && !text.contains("Seite"))
    }
}
