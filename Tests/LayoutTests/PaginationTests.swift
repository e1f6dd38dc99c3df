import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Pagination")
struct PaginationTests {
    let measurer = FixedAdvanceMeasurer()
    let theme = Theme.standard

    func layout(_ blocks: [Block], numberHeadings: Bool = false) -> LaidOutDocument {
        DocumentLayout.layout(
            Document(
                metadata: PDFMetadata(title: "Test"), numberHeadings: numberHeadings, words: .german, blocks: blocks),
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

    @Test(
        "no note or list item leaves a single line at the bottom or top of a page", arguments: [0.0, 6, 12, 18, 24, 30])
    func widowsAndOrphansInNotesAndLists(offset: Double) {
        let content = PageSetup().contentRect
        let note = Block.paragraph(Paragraph(words(40, seed: "N"), role: .note))
        let list = Block.list(ListBlock(items: [[.text(words(40, seed: "L"))], [.text(words(40, seed: "M"))]]))
        for block in [note, list] {
            let result = layout([.paragraph(Paragraph("Start")), .spacer(content.height - 60 - offset), block])
            for page in result.pages {
                for item in page.textItems
                where item.content.hasPrefix("N1") || item.content.hasPrefix("L1")
                    || item.content.hasPrefix("M1")
                {
                    #expect(
                        item.lines.count >= 2 || item.lines.count == item.text.lines.count,
                        "page \(page.number): \(item.lines.count) of \(item.text.lines.count) lines")
                }
            }
        }
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
        #expect(result.pages(containing: "Tabelle 1: Alle Gebiete") == Array(1...result.pages.count))
    }

    @Test("a table over several pages is one Table: later parts continue it, with their repeated header untagged")
    func tableStructureAcrossPages() {
        let rows = (1...110).map { TableRow(texts: ["Planungsraum \($0)", "\($0 * 37)"]) }
        let table = Table(
            columns: [TableColumn(width: .relative(1)), .number], header: [TableRow(texts: ["Gebiet", "Einwohner"])],
            rows: rows, caption: "Alle Gebiete", source: "Amt für Statistik")
        let parts = layout([.table(table)]).pages.flatMap { page in
            page.items.compactMap { item -> (role: StructureRole, items: [FrameItem])? in
                guard case .group(let role, let items) = item, role == .table || role == .tableContinued else {
                    return nil
                }
                return (role, items)
            }
        }
        #expect(parts.count >= 3)
        #expect(parts.map(\.role) == [.table] + Array(repeating: .tableContinued, count: max(0, parts.count - 1)))
        for (index, part) in parts.enumerated() {
            let headerCells = part.items.flatMap { item -> [FrameItem] in
                guard case .group(.tableRow, let cells) = item else { return [] }
                return cells.filter { if case .group(.tableHeaderCell, _) = $0 { true } else { false } }
            }
            let headerTexts = part.items.flatMap(\.textItems).filter { $0.content == "Einwohner" }
            #expect(headerTexts.count == 1, "part \(index + 1) shows the header")
            #expect(headerCells.count == (index == 0 ? 2 : 0), "part \(index + 1): header cells tagged only once")
        }
    }

    @Test("a figure taller than a page is scaled onto one page with a warning, without looping")
    func oversizedFigure() throws {
        let figure = Figure(drawing: BoxDrawing(aspect: 4), caption: "Sehr hoch", source: "Test")
        let result = layout([.paragraph(Paragraph("Vorher")), .figure(figure), .paragraph(Paragraph("Nachher"))])
        #expect(result.pages.count == 3)
        #expect(result.pages(containing: "Abbildung 1: Sehr hoch") == [2])
        #expect(result.warnings.contains { $0.message.contains("figure 1 was scaled") })
        let content = PageSetup().contentRect
        var drawings = 0
        for page in result.pages {
            // A figure is a Div of its caption, the Figure with the drawing, and the source line.
            for case .group(.division, let parts) in page.items {
                for case .group(.figure(_), let items) in parts {
                    for case .drawing(_, let rect) in items {
                        drawings += 1
                        #expect(rect.maxY <= content.maxY + 0.01)
                    }
                }
            }
        }
        #expect(drawings == 1)
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

    @Test("a two-column section that fits on the page is balanced, and the flow continues below it")
    func balancedColumns() throws {
        let result = layout([
            .columns(count: 2, blocks: (1...5).map { .paragraph(Paragraph(words(60, seed: "C\($0)w"))) }),
            .paragraph(Paragraph("Danach")),
        ])
        #expect(result.pages.count == 1)
        let items = try #require(result.pages.first).textItems.filter { $0.content.hasPrefix("C") }
        let left = items.filter { $0.origin.x < 200 }
        let right = items.filter { $0.origin.x > 200 }
        #expect(!left.isEmpty && !right.isEmpty)
        let leftBottom = left.map(\.frame.maxY).max() ?? 0
        let rightBottom = right.map(\.frame.maxY).max() ?? 0
        #expect(abs(leftBottom - rightBottom) < 3 * 13.75, "columns end at \(leftBottom) and \(rightBottom)")
        let after = try #require(result.pages[0].textItems.first { $0.content == "Danach" })
        #expect(after.origin.y >= max(leftBottom, rightBottom))
        #expect((left.first?.frame.width ?? 999) < PageSetup().contentRect.width / 2)
    }

    @Test("a column section nested in a column divides that column, and the flow after it keeps the column's width")
    func nestedColumns() throws {
        let inner = Block.columns(count: 2, blocks: (1...4).map { .paragraph(Paragraph(words(30, seed: "N\($0)w"))) })
        let result = layout([
            .columns(count: 2, blocks: [inner, .paragraph(Paragraph(words(40, seed: "Aw")))])
        ])
        let content = PageSetup().contentRect
        let outerWidth = (content.width - 18) / 2
        let nested = try #require(result.pages.first).textItems.filter { $0.content.hasPrefix("N") }
        #expect(!nested.isEmpty)
        // Inside the outer section's first column, in two columns of their own.
        let innerWidth = (outerWidth - 18) / 2
        for item in nested {
            #expect(item.frame.maxX <= content.x + outerWidth + 0.5, "\(item.content) at \(item.frame)")
            #expect(item.frame.width <= innerWidth + 0.5, "\(item.content) is \(item.frame.width) wide")
        }
        #expect(Set(nested.map { $0.origin.x > content.x + innerWidth }) == [false, true])
        let after = result.pages.flatMap(\.textItems).filter { $0.content.hasPrefix("A") }
        #expect(!after.isEmpty)
        for item in after {
            #expect(item.frame.width <= outerWidth + 0.5, "\(item.content) is \(item.frame.width) wide")
        }
    }

    @Test("a two-column section longer than a page fills both columns to the bottom and goes on")
    func longColumns() {
        let result = layout([
            .columns(count: 2, blocks: (1...14).map { .paragraph(Paragraph(words(70, seed: "L\($0)w"))) })
        ])
        #expect(result.pages.count == 2)
        let firstPage = result.pages[0].textItems.filter { $0.content.hasPrefix("L") }
        let bottom = PageSetup().contentRect.maxY
        let columnsFilled = Set(firstPage.filter { $0.frame.maxY > bottom - 30 }.map { $0.origin.x > 200 })
        #expect(columnsFilled == [false, true])
    }

    @Test("a heading followed by a paragraph too short to split moves with the whole paragraph")
    func headingWithShortParagraph() throws {
        // The spacer leaves room for the heading and two lines, but the paragraph has three.
        let content = PageSetup().contentRect
        let heading = 13.5 * 1.25 + theme.headingSpaceBefore + theme.headingSpaceAfter
        let twoLines = 2 * 12.5 * theme.lineSpacing + theme.paragraphSpacing
        let result = layout([
            .paragraph(Paragraph("Start")),
            .spacer(content.height - 12.5 * theme.lineSpacing - heading - twoLines - 2),
            .heading(Heading(level: 2, "Titel")),
            .paragraph(Paragraph(words(30))),
        ])
        #expect(result.pages(containing: "Titel") == [2])
        #expect(result.pages(containing: "Wort1 ") == [2])
    }

    @Test("a heading before a short table that moves to the next page moves with it")
    func headingWithShortTable() {
        let table = Table(
            columns: [TableColumn(width: .relative(1)), .number], header: [TableRow(texts: ["Gebiet", "Wert"])],
            rows: (1...5).map { TableRow(texts: ["Gebiet \($0)", "\($0)"]) }, caption: "Kurz")
        let content = PageSetup().contentRect
        let result = layout([
            .paragraph(Paragraph("Start")), .spacer(content.height - 150), .heading(Heading(level: 2, "Titel")),
            .table(table),
        ])
        #expect(result.pages(containing: "Titel") == [2])
        #expect(result.pages(containing: "Gebiet 1") == [2])
    }

    @Test("a chapter heading followed by a section heading and a figure moves to the next page with both")
    func headingChain() {
        let content = PageSetup().contentRect
        let result = layout([
            .paragraph(Paragraph("Start")), .spacer(content.height - 120), .heading(Heading(level: 1, "Karten")),
            .heading(Heading(level: 2, "Die ganze Stadt")),
            .figure(Figure(drawing: BoxDrawing(aspect: 0.6), caption: "Karte")),
        ])
        #expect(result.pages(containing: "Karten") == [2])
        #expect(result.pages(containing: "Die ganze Stadt") == [2])
        #expect(result.pages(containing: "Abbildung 1: Karte") == [2])
    }

    @Test("numbers never wrap, even when many columns with long headers share the width")
    func numbersStayOnOneLine() {
        let header = [
            "Gebiet", "Einwohnerinnen", "Arbeitslosigkeit", "Transferbezug", "Kinderarmut", "Alleinerziehende",
            "Altersarmut",
        ]
        let table = Table(
            columns: [TableColumn(width: .relative(1))] + Array(repeating: TableColumn.number, count: 6),
            header: [TableRow(texts: header)],
            rows: [TableRow(texts: ["Berlin", "3.769.962", "5,3", "11,4", "26,4", "30,2", "8,1"])])
        let result = layout([.table(table)])
        let cells = result.pages.flatMap(\.textItems).filter { $0.content == "3.769.962" || $0.content == "26,4" }
        #expect(cells.count == 2)
        #expect(cells.allSatisfy { $0.text.lines.count == 1 })
    }

    @Test("a list over two pages is one L element on each page, its items with a label and a body")
    func listStructure() {
        let items = (1...40).map { [Inline.text(words(25, seed: "L\($0)w"))] }
        let result = layout([.paragraph(Paragraph("Vorher")), .list(ListBlock(ordered: true, items: items))])
        #expect(result.pages.count >= 2)
        for page in result.pages {
            let lists = page.items.filter { if case .group(.list, _) = $0 { true } else { false } }
            #expect(lists.count == 1, "page \(page.number)")
            guard case .group(_, let entries) = lists.first else { continue }
            for case .group(.listItem, let parts) in entries {
                let roles = parts.compactMap { part -> StructureRole? in
                    if case .group(let role, _) = part { role } else { nil }
                }
                #expect(roles.last == .listBody)
                #expect(roles.count == 1 || roles.first == .label)
            }
        }
        #expect(result.pages(containing: "40.").count == 1)
    }

    @Test("a title too long for the footer line is cut after a word and marked with an ellipsis, on one line")
    func longFooter() throws {
        // 5 pt per character at the 10 pt of the fake measurer: the footer's 313 pt hold about 60 characters.
        let title = "Sozialraumdaten: Kita Richard-Sorge-Str. 43 und 44 Haus Buddelkiste und Haus Sonnenblume"
        let laidOut = DocumentLayout.layout(
            Document(metadata: PDFMetadata(title: title), words: .german, blocks: [.paragraph(Paragraph("Text"))]),
            theme: theme, measurer: measurer)
        let page = try #require(laidOut.pages.first)
        let footer = try #require(page.textItems.first { $0.content.hasPrefix("Sozialraumdaten") })
        #expect(footer.text.lines.count == 1 && footer.lines == 0..<1)
        #expect(footer.content.hasSuffix(" \u{2026}"))
        #expect(title.hasPrefix(footer.content.dropLast(2)), "\(footer.content) is not cut after a word of the title")
        let short = DocumentLayout.layout(
            Document(metadata: PDFMetadata(title: "Kurzbericht"), words: .german, blocks: []), theme: theme,
            measurer: measurer)
        #expect(short.pages.first?.textItems.contains { $0.content == "Kurzbericht" } == true)
    }

    @Test("an empty document still has one page")
    func emptyDocument() {
        #expect(layout([]).pages.count == 1)
    }
}
