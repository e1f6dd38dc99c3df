import CairoBridge
import Testing

@testable import Layout

/// Maps whose legend needs more room than their proportion leaves: the paginator learns their height from their
/// marks, so the page gives them that height before anything is drawn.
@Suite("A figure gets the height its marks need on the page, and the next block starts below it")
struct FigureTrueSizeTests {
    /// A map legend with `count` classes and labels long enough to wrap in the legend column.
    static func longLegendMap(classes count: Int) -> ChoroplethMapSpec {
        var spec = SampleMaps.cityMap()
        spec.legend.entries = (0..<count).map { index in
            .init(
                label:
                    "Klasse \(index + 1): \(index * 3) bis unter \(index * 3 + 3) % der Kinder unter 15 Jahren in Haushalten mit SGB-II-Bezug",
                color: SampleMaps.blues[index % SampleMaps.blues.count], count: 10 + index)
        }
        return spec
    }

    /// The figures, each in a document of its own followed by a paragraph, laid out with Pango.
    static var cases: [(name: String, blocks: [Block])] {
        [
            (
                "map with 8 wrapped legend classes beside it",
                [.figure(Figure(ChoroplethMap(longLegendMap(classes: 8)), caption: "Karte"))]
            ),
            (
                "narrow map with 16 legend classes below it",
                [
                    .figureRow([
                        Figure(ChoroplethMap(longLegendMap(classes: 16)), caption: "Karte"),
                        Figure(BarChart(SampleFigures.barChart()), caption: "Balken"),
                    ])
                ]
            ),
        ]
    }

    static func layout(_ blocks: [Block]) -> (page: Page, measurer: PangoMeasurer) {
        let after = Paragraph("Der Absatz nach der Abbildung beginnt unter ihr.")
        let document = Document(
            metadata: PDFMetadata(title: "Wahre Größe"), words: .german, blocks: blocks + [.paragraph(after)])
        let measurer = PangoMeasurer()
        let laidOut = DocumentLayout.layout(document, theme: .standard, measurer: measurer)
        return (laidOut.pages[0], measurer)
    }

    @Test("the drawing is taller than its proportion, as tall as its marks reach", arguments: cases.indices)
    func trueHeight(index: Int) throws {
        let (name, blocks) = Self.cases[index]
        let (page, measurer) = Self.layout(blocks)
        let figure = try #require(page.withFigureMarks(measurer).items.flatMap(\.drawings).first)
        let marks = try #require(figure.drawing as? FigureMarks, "\(name)")
        let proportion = marks.figure.preferredHeight(forWidth: figure.rect.width)
        #expect(figure.rect.height > proportion + 5, "\(name): \(figure.rect.height) for a proportion of \(proportion)")
        let reach = marks.marks.map(\.frame.maxY).max() ?? 0
        #expect(reach <= figure.rect.maxY + 0.5, "\(name): marks reach \(reach) below \(figure.rect.maxY)")
        #expect(reach >= figure.rect.maxY - 0.25 * figure.rect.height, "\(name): the marks fill the frame")
    }

    @Test("every mark lies inside its figure's frame, the frame inside the text area", arguments: cases.indices)
    func inside(index: Int) throws {
        let (name, blocks) = Self.cases[index]
        let (page, measurer) = Self.layout(blocks)
        let content = PageSetup().contentRect
        let figures = page.withFigureMarks(measurer).items.flatMap(\.drawings)
        try #require(figures.count == blocks.flatMap(\.figures).count)
        for (drawing, rect) in figures {
            #expect(PageMarksTests.inside(rect, content), "\(name): frame \(rect) outside \(content)")
            let marks = try #require(drawing as? FigureMarks)
            for mark in marks.marks {
                #expect(
                    PageMarksTests.inside(mark.frame, rect), "\(name): \(mark.role) at \(mark.frame) outside \(rect)")
            }
            #expect(FigureAudit(drawing, in: rect, text: measurer.engine).problems.isEmpty, "\(name)")
        }
    }

    @Test("the paragraph after the figure starts below its drawing and source", arguments: cases.indices)
    func nothingOverlaps(index: Int) throws {
        let (name, blocks) = Self.cases[index]
        let (page, _) = Self.layout(blocks)
        let bottom = try #require(page.items.flatMap(\.drawings).map(\.rect.maxY).max())
        let paragraph = try #require(page.textItems.first { $0.content.hasPrefix("Der Absatz") }, "\(name)")
        #expect(
            paragraph.frame.y >= bottom, "\(name): the paragraph at \(paragraph.frame.y), the figure ends at \(bottom)")
    }
}

/// The paginator draws a figure smaller (down to 60 %) rather than leave the rest of a page empty. Its text keeps
/// its size, so a map whose legend column is as long as the map cannot be drawn smaller: its legend was cut.
@Suite("A figure drawn smaller to fill a page keeps all its marks, or goes on to the next page")
struct FigureFillTests {
    @Test("a map with a long legend after 1 to 14 paragraphs is never drawn smaller than its marks need")
    func longLegendNeverCut() throws {
        let map = Figure(ChoroplethMap(FigureTrueSizeTests.longLegendMap(classes: 8)), caption: "Karte")
        let paragraph = Paragraph(
            "Der Absatz vor der Karte füllt die Seite, bis für die Karte weniger Platz bleibt, als sie braucht, aber "
                + "mehr als drei Fünftel davon: dort wurde sie bisher kleiner gezeichnet, um die Seite zu füllen.")
        var movedOn = 0
        for count in 1...14 {
            let document = Document(
                metadata: PDFMetadata(title: "Füllen"), words: .german,
                blocks: Array(repeating: .paragraph(paragraph), count: count) + [.figure(map)])
            let measurer = PangoMeasurer()
            let laidOut = DocumentLayout.layout(document, theme: .standard, measurer: measurer)
            let placed = laidOut.pages.flatMap { page in page.items.flatMap(\.drawings).map { (page.number, $0) } }
            let (page, figure) = try #require(placed.first)
            let needed = figure.drawing.height(forWidth: figure.rect.width, text: measurer.engine)
            #expect(
                needed <= figure.rect.height + 0.5,
                "after \(count) paragraphs: drawn \(figure.rect.width) × \(figure.rect.height) pt, its marks need \(needed)"
            )
            let audit = FigureAudit(figure.drawing, in: figure.rect, text: measurer.engine)
            #expect(audit.problems.isEmpty, "after \(count) paragraphs: \(audit.problems)")
            if page == 2 { movedOn += 1 }
        }
        // The paragraphs leave the map too little room on page 1 in some of the cases.
        #expect(movedOn > 0)
    }
}

@Suite("Every figure kind fits its frame on A5 and A4 landscape pages, checked on its marks")
struct FigurePageSizeTests {
    static var drawings: [any DataFigure] {
        [
            BarChart(SampleFigures.barChart()), BarChart(SampleFigures.barChart(orientation: .vertical)),
            GroupedBarChart(SampleFigures.groupedBars(mode: .grouped)),
            GroupedBarChart(SampleFigures.groupedBars(mode: .stacked)), LineChart(SampleFigures.lineChart()),
            ScatterPlot(SampleFigures.scatterPlot()), ProfileChart(SampleFigures.profileChart()),
            PopulationPyramid(SampleFigures.pyramid()), ChoroplethMap(SampleMaps.cityMap()),
            ChoroplethMap(SampleMaps.areaMap()),
        ]
    }

    @Test(
        "inside the text area, every mark inside its frame, no label cut",
        arguments: [PageSetup.a5Portrait, .a4Landscape])
    func fitted(setup: PageSetup) throws {
        let blocks = Self.drawings.enumerated().map { index, drawing in
            Block.figure(Figure(drawing: drawing, caption: "Abbildung \(index)"))
        }
        let document = Document(
            metadata: PDFMetadata(title: "Seitengrößen"), pageSetup: setup, words: .german, blocks: blocks)
        let measurer = PangoMeasurer()
        let laidOut = DocumentLayout.layout(document, theme: .standard, measurer: measurer)
        let figures = laidOut.pages.flatMap { $0.withFigureMarks(measurer).items.flatMap(\.drawings) }
        try #require(figures.count == Self.drawings.count)
        for (drawing, rect) in figures {
            let marks = try #require(drawing as? FigureMarks)
            let kind = "\(setup.size) \(type(of: marks.figure))"
            #expect(PageMarksTests.inside(rect, setup.contentRect), "\(kind): frame \(rect)")
            #expect(!marks.marks.isEmpty, "\(kind) drew nothing")
            for mark in marks.marks {
                #expect(
                    PageMarksTests.inside(mark.frame, rect), "\(kind): \(mark.role) at \(mark.frame) outside \(rect)")
            }
            let cut = FigureAudit(drawing, in: rect, text: measurer.engine).problems.filter {
                if case .cutLabel = $0 { true } else { false }
            }
            #expect(cut.isEmpty, "\(kind): \(cut)")
        }
    }
}

extension Block {
    /// The figures of a figure block or row.
    fileprivate var figures: [Figure] {
        switch self {
        case .figure(let figure): [figure]
        case .figureRow(let figures): figures
        default: []
        }
    }
}
