import CairoBridge
import Testing
@testable import Layout

@Suite("Pagination")
struct PaginationTests {
    let measurer = FixedAdvanceMeasurer()
    let theme = Theme.standard

    func layout(_ blocks: [Block], numberHeadings: Bool = false) -> LaidOutDocument {
        DocumentLayout.layout(
            Document(metadata: PDFMetadata(title: "Test"), numberHeadings: numberHeadings, blocks: blocks),
            theme: theme, measurer: measurer)
    }

    @Test("a paragraph's height is its line count times the line height")
    func paragraphHeight() throws {
        // 453.5 pt wide at 5 pt per character: 90 characters per line; 60 words of 6–7 characters.
        let result = layout([.paragraph(Paragraph(words(60)))])
        let item = try #require(result.pages.first?.textItems.first)
        let expectedLines = item.text.lines.count
        #expect(expectedLines == 5)
        #expect(abs(item.frame.height - Double(expectedLines) * 10 * 1.25 * theme.lineSpacing) < 0.001)
    }

    @Test("text flows onto the next page, never leaving a single line behind or ahead")
    func widowsAndOrphans() {
        let result = layout((1...40).map { .paragraph(Paragraph(words(50, seed: "P\($0)w"))) })
        #expect(result.pages.count > 1)
        for page in result.pages {
            for item in page.textItems where item.content.hasPrefix("P") {
                let total = item.text.lines.count
                if item.lines.count < total {
                    #expect(item.lines.count >= 2, "page \(page.number): \(item.lines.count) of \(total) lines")
                }
            }
        }
        let bottom = theme.body.font.size
        #expect(bottom > 0)
    }

    @Test("a heading is never the last thing on a page")
    func headingKeepsWithNext() throws {
        var blocks: [Block] = []
        for index in 1...30 {
            blocks.append(.heading(Heading(level: 2, "Abschnitt \(index)")))
            blocks.append(.paragraph(Paragraph(words(35 + index % 7 * 9))))
        }
        let result = layout(blocks)
        #expect(result.pages.count > 2)
        for page in result.pages {
            let flow = page.textItems.filter { !$0.content.hasPrefix("Seite") && $0.content != "Test" }
            let last = try #require(flow.last)
            #expect(!last.content.hasPrefix("Abschnitt"), "page \(page.number) ends with \(last.content)")
        }
    }

    @Test("a table over three pages repeats its header on every page and splits between rows")
    func tableAcrossPages() {
        let rows = (1...110).map { TableRow(texts: ["Planungsraum \($0)", "\($0 * 37)", "\($0 % 40),5 %"]) }
        let table = Table(
            columns: [TableColumn(width: .relative(1)), .number, .number],
            header: [TableRow(texts: ["Gebiet", "Einwohner", "Kinderarmut"])], rows: rows, caption: "Alle Gebiete",
            source: "Amt für Statistik")
        let result = layout([.table(table)])
        #expect(result.pages.count >= 3)
        for page in result.pages {
            #expect(page.textItems.contains { $0.content == "Einwohner" }, "header missing on page \(page.number)")
        }
        let rowPages = (1...110).map { row in
            result.pages.filter { $0.textItems.contains { $0.content == "Planungsraum \(row)" } }.count
        }
        #expect(rowPages.allSatisfy { $0 == 1 }, "every row on exactly one page")
        #expect(result.pages(containing: "Quelle: Amt für Statistik") == [result.pages.count])
        #expect(result.pages(containing: "Tabelle 1: Alle Gebiete") == [1])
    }

    @Test("a figure taller than a page is scaled onto one page with a warning, without looping")
    func oversizedFigure() throws {
        let figure = Figure(drawing: BoxDrawing(aspect: 4), caption: "Sehr hoch", source: "Test")
        let result = layout([.paragraph(Paragraph("Vorher")), .figure(figure), .paragraph(Paragraph("Nachher"))])
        #expect(result.pages.count == 3)
        #expect(result.pages(containing: "Abbildung 1: Sehr hoch") == [2])
        #expect(result.warnings.contains { $0.message.contains("Abbildung 1 was scaled") })
        let content = PageSetup().contentRect
        for page in result.pages {
            for case .group(.figure, let items) in page.items {
                for case .drawing(_, let rect) in items { #expect(rect.maxY <= content.maxY + 0.01) }
            }
        }
    }

    @Test("a table row taller than a page is placed once, with a warning")
    func oversizedRow() {
        let table = Table(
            columns: [TableColumn(width: .fixed(40)), TableColumn()], header: [TableRow(texts: ["A", "B"])],
            rows: [TableRow(texts: ["x", words(900)]), TableRow(texts: ["y", "kurz"])])
        let result = layout([.table(table)])
        #expect(result.pages.count <= 3)
        #expect(result.warnings.contains { $0.message.contains("taller than the page") })
        #expect(result.pages(containing: "kurz").count == 1)
    }

    @Test("the table of contents shows the page each heading lands on, and every page says Seite x von y")
    func tableOfContents() throws {
        var blocks: [Block] = [.titlePage(TitlePage(title: "Bericht")), .tableOfContents(title: "Inhalt")]
        for chapter in 1...4 {
            blocks.append(.heading(Heading(level: 1, "Kapitel \(chapter)")))
            blocks += (1...6).map { _ in .paragraph(Paragraph(words(120))) }
        }
        let result = layout(blocks, numberHeadings: true)
        let contentsPage = try #require(result.pages.first { $0.textItems.contains { $0.content == "Inhalt" } })
        for heading in result.headings {
            let entry = "\(heading.number)\u{2003}\(heading.text)"
            let items = contentsPage.textItems
            let index = try #require(items.firstIndex { $0.content == entry }, "no entry for \(entry)")
            #expect(items[index + 1].content == String(heading.page), "\(entry) is on page \(heading.page)")
        }
        #expect(Set(result.headings.map(\.page)).count == 4)
        #expect(result.pages[0].showsRunningElements == false)
        for page in result.pages.dropFirst() {
            #expect(page.textItems.contains { $0.content == "Seite \(page.number) von \(result.pages.count)" })
        }
    }

    @Test("two-column sections fill the left column first and continue below the deeper column")
    func columns() throws {
        let result = layout([
            .columns(count: 2, blocks: (1...6).map { .paragraph(Paragraph(words(70, seed: "C\($0)w"))) }),
            .paragraph(Paragraph("Danach")),
        ])
        let page = try #require(result.pages.first)
        let items = page.textItems
        let first = try #require(items.first { $0.content.hasPrefix("C1w") })
        let sixth = try #require(items.first { $0.content.hasPrefix("C6w") })
        #expect(sixth.origin.x > first.origin.x + 100)
        // The first column is full, so the flow after the section continues on the next page.
        #expect(result.pages(containing: "Danach") == [2])
        #expect(first.frame.width < PageSetup().contentRect.width / 2)
    }

    @Test("an empty document still has one page")
    func emptyDocument() {
        #expect(layout([]).pages.count == 1)
    }
}
