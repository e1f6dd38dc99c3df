import CairoBridge
import Testing

@testable import Layout
@testable import ReportGen

/// The catalogue-wide preflight passes only if its rules can fail: each finds the case it is written for.
@Suite("The frame rules of the catalogue preflight find what they look for")
struct FrameRulesTests {
    let engine = TextEngine()

    /// Text of `count` lines of 12 pt, without a Pango layout.
    func measured(lines count: Int) -> MeasuredText {
        MeasuredText(
            size: Size(width: 200, height: Double(count) * 12),
            lines: (0..<count).map {
                LineMetrics(
                    index: $0, top: Double($0) * 12, height: 12, baseline: Double($0) * 12 + 9, x: 0, width: 190,
                    byteRange: 0..<0)
            }, layout: nil, style: Theme.standard.body)
    }

    func page(_ number: Int, _ items: [FrameItem]) -> Page {
        Page(number: number, size: .a4Portrait, items: items, showsRunningElements: true)
    }

    func text(_ content: String, lines: Range<Int>, of total: Int) -> FrameItem {
        .text(TextItem(text: measured(lines: total), lines: lines, origin: Point(x: 70, y: 100), content: content))
    }

    @Test("one line of a paragraph alone before or after a break is found; two lines on each side are not")
    func widowsAndOrphans() {
        let content = "Der Dynamikwert ergibt sich aus Dynamik Arbeitslosigkeit."
        let widow = LaidOutDocument(
            pages: [page(1, [text(content, lines: 0..<3, of: 4)]), page(2, [text(content, lines: 3..<4, of: 4)])],
            headings: [], warnings: [])
        #expect(FrameRules.widowsAndOrphans(widow).count == 1)
        let kept = LaidOutDocument(
            pages: [page(1, [text(content, lines: 0..<2, of: 4)]), page(2, [text(content, lines: 2..<4, of: 4)])],
            headings: [], warnings: [])
        #expect(FrameRules.widowsAndOrphans(kept).isEmpty)
    }

    @Test("a short table split over a page is found, and so is a later part without its continuation words")
    func tableBreaks() {
        let table = Table(
            columns: [TableColumn(), .number], header: [TableRow(texts: ["Gebiet", "Einwohner"])],
            rows: (1...5).map { TableRow(texts: ["Gebiet \($0)", "\($0 * 100)"]) }, caption: "Kurz",
            continuation: "(Fortsetzung)")
        let document = Document(metadata: PDFMetadata(title: "T"), words: .german, blocks: [.table(table)])
        func part(_ role: StructureRole, _ caption: String) -> FrameItem {
            .group(role, [.group(.caption, [text(caption, lines: 0..<1, of: 1)])])
        }
        let split = LaidOutDocument(
            pages: [
                page(1, [part(.table, "Tabelle 1: Kurz")]), page(2, [part(.tableContinued, "Tabelle 1: Kurz")]),
            ], headings: [], warnings: [])
        let problems = FrameRules.tableBreaks(split, document: document)
        #expect(problems.count == 2, "\(problems)")
        #expect(problems.contains { $0.contains("(Fortsetzung)") })
        #expect(problems.contains { $0.contains("5 rows") })
        let whole = LaidOutDocument(pages: [page(1, [part(.table, "Tabelle 1: Kurz")])], headings: [], warnings: [])
        #expect(FrameRules.tableBreaks(whole, document: document).isEmpty)
    }

    /// As the Sozialmonitoring table of round 3: a column of labels set as numbers, whose cells did not wrap, took
    /// the room the headers needed ("Ar-beitslo-sigkeit"). Set as text, it wraps between its words.
    @Test("a header broken inside a word while another column has room to spare is found")
    func hyphenatedHeaders() throws {
        let header = [
            "Gebiet", "Statuswert (z-Wert)", "Arbeitslosigkeit (%)", "Transferbezug (%)", "Kinderarmut (%)",
            "Dynamikwert (z-Wert)", "Status/Dynamik",
        ]
        let rows = [
            ["Schulenburgpark", "10,99", "17,8", "36,6", "74,7", "1,62", "sehr niedrig – stabil"],
            ["Rudolf-Wissell-Großsiedlung", "8,34", "12,8", "33,0", "67,4", "−4,43", "sehr niedrig – positiv"],
            ["Weiße Siedlung", "9,70", "16,0", "34,8", "67,5", "3,03", "sehr niedrig – negativ"],
        ]
        let renderer = try PDFRenderer()
        var found: [[String]] = []
        for labels in [TableColumn.number, TableColumn(width: .relative(1))] {
            let table = Table(
                columns: [TableColumn()] + Array(repeating: TableColumn.number, count: 5) + [labels],
                header: [TableRow(texts: header)], rows: rows.map { TableRow(texts: $0) }, caption: "Status")
            let document = Document(metadata: PDFMetadata(title: "T"), words: .german, blocks: [.table(table)])
            let problems = FrameRules.hyphenatedHeaders(
                renderer.layout(document), padding: Theme.standard.cellPadding, text: engine)
            found.append(problems)
        }
        #expect(found.map(\.isEmpty) == [false, true], "\(found)")
    }

    @Test("a zoomed map in a frame too low for any locator counts as one without")
    func mapWithoutLocator() {
        let square = MultiPolygon([
            Polygon(
                exterior: Ring([
                    Point(x: 0, y: 0), Point(x: 1000, y: 0), Point(x: 1000, y: 1000), Point(x: 0, y: 1000),
                ]))
        ])
        let spec = ChoroplethMapSpec(
            words: .german, indicator: "Kinderarmut", bounds: Bounds(minX: 0, minY: 0, maxX: 1000, maxY: 1000),
            areas: [.init(key: "1", name: "Mitte", geometry: square, fill: .missing)],
            legend: MapLegend(title: "Kinderarmut", entries: [], countHeading: ""),
            locator: LocatorInset(outline: [square], focus: square))
        let found = [60.0, 400].map { height in
            let map = Page(
                number: 1, size: .a4Portrait,
                items: [.drawing(ChoroplethMap(spec), Rect(x: 70, y: 100, width: 453, height: height))],
                showsRunningElements: true)
            return FrameRules.zoomedMaps(LaidOutDocument(pages: [map], headings: [], warnings: []), text: engine)
                .map(\.hasLocator)
        }
        #expect(found == [[false], [true]])
    }

    /// A map given 70 % of the height its legend column needs (the text keeps its size in a smaller frame).
    @Test("a map drawn smaller than its legend column needs is found; drawn at its true size it is not")
    func cutFigures() {
        // A wide, low area: the map is low, so its legend column sets the figure's height.
        let strip = MultiPolygon([
            Polygon(
                exterior: Ring([
                    Point(x: 0, y: 0), Point(x: 1000, y: 0), Point(x: 1000, y: 250), Point(x: 0, y: 250),
                ]))
        ])
        let entries = (0..<8).map { index in
            MapLegend.Entry(
                label: "\(index * 3) bis unter \(index * 3 + 3) % der Kinder unter 15 Jahren mit SGB-II-Bezug",
                color: Color(red: 0.2, green: 0.3 + Double(index) * 0.08, blue: 0.6), count: 10 + index)
        }
        let map = ChoroplethMap(
            ChoroplethMapSpec(
                words: .german, indicator: "Kinderarmut", bounds: Bounds(minX: 0, minY: 0, maxX: 1000, maxY: 250),
                areas: [.init(key: "1", name: "Mitte", geometry: strip, fill: .missing)],
                legend: MapLegend(title: "Kinderarmut in %", entries: entries, countHeading: "Gebiete")))
        let width = 453.0
        let height = map.height(forWidth: width, text: engine)
        #expect(height > map.preferredHeight(forWidth: width) + 20, "the legend sets the height")
        let found = [1.0, 0.7].map { scale in
            let page = Page(
                number: 1, size: .a4Portrait,
                items: [.drawing(map, Rect(x: 70, y: 100, width: width, height: height * scale))],
                showsRunningElements: true)
            return FrameRules.cutFigures(LaidOutDocument(pages: [page], headings: [], warnings: []), text: engine)
        }
        #expect(found[0].isEmpty, "\(found[0])")
        #expect(found[1].count == 1, "\(found[1])")
    }
}
