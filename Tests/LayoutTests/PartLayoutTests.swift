import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("A document laid out in parts on several threads has the pages of one laid out whole")
struct PartLayoutTests {
    let theme = Theme.standard

    /// Parts of different lengths between page breaks: numbered headings of two levels (one a part's last block
    /// before its page break), paragraphs that flow onto further pages, a table that goes on across pages, two page
    /// breaks in a row and a title page first.
    func blocks(parts: Int) -> [Block] {
        var blocks: [Block] = [.titlePage(TitlePage(title: "Bericht", subtitle: "", office: "", date: "")), .pageBreak]
        for part in 1...parts {
            blocks.append(.heading(Heading(level: 1, "Gebiet \(part)")))
            for paragraph in 0..<(part % 4 + 1) {
                blocks.append(.heading(Heading(level: 2, "Abschnitt \(part).\(paragraph)")))
                blocks.append(.paragraph(Paragraph(words(40 + 35 * paragraph * part % 300, seed: "P\(part)w"))))
            }
            if part % 3 == 0 { blocks.append(.table(table(rows: 12 * part))) }
            if part % 5 == 0 { blocks.append(.heading(Heading(level: 2, "Ausblick \(part)"))) }
            blocks.append(.pageBreak)
            if part % 4 == 0 { blocks.append(.pageBreak) }
        }
        blocks.append(.paragraph(Paragraph(words(30, seed: "Schluss"))))
        return blocks
    }

    func table(rows: Int) -> Table {
        Table(
            columns: [TableColumn(width: .relative(1)), .number],
            header: [TableRow(texts: ["Gebiet", "Einwohner"])],
            rows: (1...rows).map { TableRow(texts: ["Planungsraum \($0)", "\($0 * 37)"]) },
            caption: "Gebiete", continuation: "(Fortsetzung)")
    }

    func layout(_ document: Document, threads: Int) -> LaidOutDocument {
        DocumentLayout.layout(
            document, theme: theme, measurer: FixedAdvanceMeasurer(),
            partMeasurers: threads > 1 ? (0..<threads).map { _ in FixedAdvanceMeasurer() } : [])
    }

    /// What a page shows and how the flow ended it: its text, destinations, number and fill.
    func summary(_ page: Page) -> String {
        let destinations = page.items.flatMap(\.destinations).joined(separator: ",")
        return "\(page.number) \(page.showsRunningElements) \(page.endsAtForcedBreak) \(page.filled) "
            + "[\(destinations)] \(page.plainText)"
    }

    @Test("pages, headings, destinations and warnings equal the whole document's", arguments: [false, true])
    func partsEqualWhole(numberHeadings: Bool) {
        let document = Document(
            metadata: PDFMetadata(title: "Bericht"), runningHeader: "Bericht", numberHeadings: numberHeadings,
            words: .german, blocks: blocks(parts: 17))
        #expect(PartLayout.parts(of: document.blocks, numberHeadings: numberHeadings).count > 17)
        // Laid out in parts indeed, not whole because a part did not end on the page its page break began.
        #expect(
            PartLayout.paginate(document, theme: theme, measurers: [FixedAdvanceMeasurer(), FixedAdvanceMeasurer()])
                != nil)
        let whole = layout(document, threads: 1)
        #expect(whole.pages.count > 30)
        for threads in [2, 3] {
            let parts = layout(document, threads: threads)
            #expect(parts.pages.map(summary) == whole.pages.map(summary), "\(threads) threads")
            #expect(parts.headings == whole.headings, "\(threads) threads")
            #expect(parts.warnings == whole.warnings, "\(threads) threads")
        }
    }

    @Test("a document with a table of contents, or without a page break, is laid out whole")
    func whole() {
        let contents = Document(
            metadata: PDFMetadata(title: "Bericht"), words: .german,
            blocks: [.tableOfContents(title: "Inhalt"), .pageBreak] + blocks(parts: 3))
        #expect(
            PartLayout.paginate(contents, theme: theme, measurers: [FixedAdvanceMeasurer(), FixedAdvanceMeasurer()])
                == nil)
        let unbroken = Document(
            metadata: PDFMetadata(title: "Bericht"), words: .german,
            blocks: [.paragraph(Paragraph(words(800)))])
        #expect(
            PartLayout.paginate(unbroken, theme: theme, measurers: [FixedAdvanceMeasurer(), FixedAdvanceMeasurer()])
                == nil)
    }
}

extension FrameItem {
    /// The names of the destinations among the item and its children.
    fileprivate var destinations: [String] {
        switch self {
        case .destination(let name, _): [name]
        case .group(_, let items): items.flatMap(\.destinations)
        default: []
        }
    }
}
