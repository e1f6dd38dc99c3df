import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("A laid-out page holds the marks of its figures before anything is drawn")
struct PageMarksTests {
    /// A map and a bar chart laid out with Pango, as the PDF renderer lays them out, and never painted.
    static func laidOutFigures() -> [FigureMarks] {
        let document = Document(
            metadata: PDFMetadata(title: "Marken"), words: .german,
            blocks: [
                .heading(Heading(level: 1, "Neukölln")),
                .figure(Figure(ChoroplethMap(SampleMaps.cityMap()), caption: "Kinderarmut")),
                .figure(Figure(BarChart(SampleFigures.barChart()), caption: "Kinderarmut in den Bezirken")),
            ])
        let measurer = PangoMeasurer()
        let laidOut = DocumentLayout.layout(document, theme: .standard, measurer: measurer)
        return laidOut.pages.flatMap { page in page.withFigureMarks(measurer).items.flatMap(\.drawings) }.compactMap {
            $0.drawing as? FigureMarks
        }
    }

    /// Whether `frame` lies within `rect`, give or take half a point.
    static func inside(_ frame: Rect, _ rect: Rect) -> Bool {
        frame.x >= rect.x - 0.5 && frame.y >= rect.y - 0.5 && frame.maxX <= rect.maxX + 0.5
            && frame.maxY <= rect.maxY + 0.5
    }

    @Test("the map's legend and the chart's labels are on the page, inside their figure, none overlapping")
    func marksOnThePage() throws {
        let figures = Self.laidOutFigures()
        try #require(figures.count == 2)
        let map = Mark.flatten(figures[0].marks)
        let legend = SampleMaps.legend
        #expect(map.filter { $0.role == .legendSwatch }.count >= legend.entries.count)
        #expect(map.contains { $0.role == .legendTitle })
        for mark in map where [.legendSwatch, .legendLabel, .legendTitle].contains(mark.role) {
            #expect(Self.inside(mark.frame, figures[0].rect), "\(mark.role) at \(mark.frame)")
        }
        let chart = Mark.flatten(figures[1].marks)
        let bars = SampleFigures.barChart().bars
        let names = chart.filter { if case .categoryLabel = $0.role { true } else { false } }
        #expect(names.count == bars.count)
        #expect(chart.contains { if case .missing = $0.role { true } else { false } }, "no k. A. for the missing bar")
        for figure in figures {
            #expect(FigureAudit.problems(in: figure.marks, clip: figure.rect).isEmpty)
        }
    }

    @Test("the page's marks are those the figure makes for its rectangle, so painting draws what was laid out")
    func sameMarks() throws {
        let engine = TextEngine()
        for figure in Self.laidOutFigures() {
            let own = Mark.flatten(figure.figure.marks(in: figure.rect, text: engine))
            #expect(Mark.flatten(figure.marks).map(\.frame) == own.map(\.frame))
            #expect(Mark.flatten(figure.marks).map(\.role) == own.map(\.role))
        }
    }
}
