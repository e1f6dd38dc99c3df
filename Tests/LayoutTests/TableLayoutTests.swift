import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Tables are typeset without hand-finishing")
struct TableLayoutTests {
    let theme = Theme.standard

    func layout(_ blocks: [Block], measurer: TextMeasuring = FixedAdvanceMeasurer()) -> LaidOutDocument {
        DocumentLayout.layout(
            Document(metadata: PDFMetadata(title: "Test"), words: .german, blocks: blocks), theme: theme,
            measurer: measurer)
    }

    func areaTable(rows: Int, caption: String = "Alle Gebiete") -> Table {
        Table(
            columns: [TableColumn(width: .relative(1)), .number, .number],
            header: [TableRow(texts: ["Gebiet", "Einwohner", "Kinderarmut"])],
            rows: (1...rows).map { TableRow(texts: ["Planungsraum \($0)", "\($0 * 37)", "\($0 % 40),5 %"]) },
            caption: caption, source: "Amt für Statistik", continuation: "(Fortsetzung)")
    }

    @Test("a short table that does not fit below the text moves to the next page whole", arguments: [3, 8, 12])
    func shortTableKeptTogether(rows: Int) {
        let content = PageSetup().contentRect
        for gap in stride(from: 40.0, through: 260, by: 20) {
            let result = layout([
                .paragraph(Paragraph("Start")), .spacer(content.height - gap), .table(areaTable(rows: rows)),
            ])
            let pages = Set((1...rows).flatMap { result.pages(containing: "Planungsraum \($0)") })
            #expect(pages.count == 1, "\(rows) rows with \(gap) pt left are spread over pages \(pages.sorted())")
            #expect(result.pages(containing: "Tabelle 1: Alle Gebiete") == pages.sorted())
        }
    }

    @Test("a continued table repeats its caption with (Fortsetzung) and its header on every later page")
    func continuedTable() throws {
        let result = layout([.table(areaTable(rows: 110))])
        #expect(result.pages.count >= 3)
        #expect(result.pages(containing: "Tabelle 1: Alle Gebiete") == Array(1...result.pages.count))
        #expect(result.pages(containing: "Tabelle 1: Alle Gebiete (Fortsetzung)") == Array(2...result.pages.count))
        for page in result.pages {
            let texts = page.textItems.map(\.content)
            let caption = try #require(texts.firstIndex { $0.hasPrefix("Tabelle 1") }, "page \(page.number)")
            #expect(texts[caption + 1] == "Gebiet", "the header follows the caption on page \(page.number)")
        }
    }

    @Test("no header hyphenates while another column has room; long words and numbers keep whole")
    func headersDoNotHyphenate() throws {
        let header = [
            "Gebiet", "Einwohnerinnen und Einwohner", "Kinderarmut in Prozent", "Kita-Plätze je 100 Kinder unter 6",
        ]
        let table = Table(
            columns: [TableColumn(width: .relative(1))] + Array(repeating: TableColumn.number, count: 3),
            header: [TableRow(texts: header)],
            rows: [
                TableRow(texts: ["Neu-Hohenschönhausen Nord", "3.769.962", "26,4", "71,3"]),
                TableRow(texts: ["Charlottenburg-Wilmersdorf", "342.332", "12,1", "80,0"]),
            ])
        let measurer = PangoMeasurer()
        let result = layout([.table(table)], measurer: measurer)
        let items = try #require(result.pages.first).textItems.filter {
            $0.content != "Test" && !$0.content.hasPrefix("Seite")
        }
        #expect(items.count == 12)
        let engine = measurer.engine
        for item in items {
            #expect(!item.text.style.hyphenates, "\(item.content) may hyphenate")
            // Each word of the cell (area names may break after their hyphens) fits its column.
            for word in Paginator.words(item.content) {
                let natural = engine.layout(markup: TextMarkup.escape(word), style: item.text.style, width: nil)
                #expect(
                    natural.size.width <= item.text.size.width + 0.5,
                    "\(word) of \(item.content) is wider than its column")
            }
        }
        for number in ["3.769.962", "342.332", "26,4", "71,3"] {
            #expect(items.first { $0.content == number }?.text.lines.count == 1, "\(number) is broken")
        }
    }

    @Test("a cell in a column of numbers breaks only after a comma and a space, never inside a number or its unit")
    func clausesOfNumberCells() {
        #expect(Paginator.clauses("sehr niedrig, stabil") == ["sehr niedrig,", "stabil"])
        #expect(Paginator.clauses("26,4 %") == ["26,4 %"])
        #expect(Paginator.clauses("↑ +3,3 Prozentpunkte¹") == ["↑ +3,3 Prozentpunkte¹"])
    }

    @Test("a table whose headers need only wrap between words keeps all its columns together")
    func wrappingHeadersKeepColumns() {
        let header = [
            "Gebiet", "Einwohner", "Anteil unter 18 (%)", "Arbeitslosigkeit (%)", "Transferbezug (%)",
            "Kinderarmut (%)", "Alleinerziehende (%)",
        ]
        let table = Table(
            columns: [TableColumn(width: .relative(1))] + Array(repeating: TableColumn.number, count: 6),
            header: [TableRow(texts: header)],
            rows: [
                TableRow(texts: ["Köllnische Vorstadt/Spindlersfeld", "11.353", "13,5", "6,1", "13,7", "32,1", "41,3"])
            ])
        let width = PageSetup().contentRect.width
        let paginator = Paginator(
            theme: theme, setup: PageSetup(), measurer: PangoMeasurer(), numberHeadings: false, words: .german,
            contents: [])
        let extents = paginator.columnExtents(table, width: width)
        #expect(extents.map(\.line).reduce(0, +) > width, "the headers do not fit on one line")
        #expect(TableColumnLayout.groups(of: extents, width: width).count == 1)
    }

    @Test("the column widths grow from the longest word toward one line, in proportion to what each lacks")
    func columnWidthsFromContent() {
        let extents = [
            TableColumnLayout.Extent(syllables: 40, words: 60, body: 60, line: 200, share: 1),
            TableColumnLayout.Extent(syllables: 30, words: 50, body: 50, line: 50, share: 0),
            TableColumnLayout.Extent(syllables: 30, words: 70, body: 70, line: 150, share: 0),
        ]
        let roomy = TableColumnLayout(extents: extents, width: 500)
        #expect(roomy.widths == [300, 50, 150])
        #expect(!extents.indices.contains { roomy.hyphenates($0) })
        let tight = TableColumnLayout(extents: extents, width: 300)
        #expect(abs(tight.widths.reduce(0, +) - 300) < 0.001)
        #expect(zip(tight.widths, extents).allSatisfy { $0 >= $1.words && $0 <= $1.line })
        #expect(abs((tight.widths[0] - 60) / 140 - (tight.widths[2] - 70) / 80) < 0.001)
        #expect(!extents.indices.contains { tight.hyphenates($0) })
        let narrow = TableColumnLayout(extents: extents, width: 150)
        #expect(extents.indices.contains { narrow.hyphenates($0) })
        #expect(zip(narrow.widths, extents).allSatisfy { $0 >= $1.syllables })
        // The column that lacks least gets its whole word; only the others hyphenate.
        #expect(!narrow.hyphenates(1) && narrow.widths[1] >= 50)
    }

    @Test("columns are split into groups only when they do not fit even with hyphenation")
    func columnGroups() {
        let column = TableColumnLayout.Extent(syllables: 40, words: 90, body: 50, line: 120, share: 0)
        let key = TableColumnLayout.Extent(syllables: 50, words: 70, body: 110, line: 110, share: 1)
        #expect(TableColumnLayout.groups(of: [key] + Array(repeating: column, count: 5), width: 453) == [Array(0...5)])
        let groups = TableColumnLayout.groups(of: [key] + Array(repeating: column, count: 12), width: 453)
        #expect(groups.count > 1)
        #expect(groups.allSatisfy { $0.first == 0 })
        #expect(groups.flatMap { $0.dropFirst() } == Array(1...12))
        #expect(groups.allSatisfy { group in group.map { $0 == 0 ? key.words : column.words }.reduce(0, +) <= 453 })
    }

    @Test("a table too wide for the page splits its columns, repeating the key column, and never stacks digits")
    func wideTableSplitsColumns() throws {
        let years = (2004...2020).map(String.init)
        let table = Table(
            columns: [TableColumn(width: .relative(1))] + Array(repeating: TableColumn.number, count: years.count),
            header: [TableRow(texts: ["Bezirk"] + years)],
            rows: ["Mitte", "Pankow", "Spandau"].map { name in
                TableRow(texts: [name] + years.indices.map { "\(1_234_567 + $0 * 1_111)".grouped })
            },
            caption: "Einwohner", continuation: "(Fortsetzung)")
        let result = layout([.table(table)], measurer: PangoMeasurer())
        let items = result.pages.flatMap(\.textItems)
        let numbers = items.filter { $0.content.first?.isNumber == true && $0.content.contains(".") }
        #expect(numbers.count == 3 * years.count)
        #expect(numbers.allSatisfy { $0.text.lines.count == 1 })
        let keys = items.filter { $0.content == "Pankow" }
        #expect(keys.count >= 2, "the key column is repeated in every group of columns")
        #expect(items.contains { $0.content == "Tabelle 1: Einwohner (Fortsetzung)" })
        let content = PageSetup().contentRect
        #expect(items.allSatisfy { $0.frame.maxX <= content.maxX + 0.5 })
    }
}

extension String {
    /// "1234567" as "1.234.567".
    fileprivate var grouped: String {
        var result = ""
        for (index, character) in reversed().enumerated() {
            if index > 0 && index % 3 == 0 { result.append(".") }
            result.append(character)
        }
        return String(result.reversed())
    }
}
