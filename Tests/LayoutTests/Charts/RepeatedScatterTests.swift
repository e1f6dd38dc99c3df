import CairoBridge
import Foundation
import PDFInspection
import Testing

@testable import Layout

@Suite(
    "A scatter plot's point cloud repeated across the pages of a document is written once; only an equal cloud is shared"
)
struct RepeatedScatterTests {
    /// The sample plot, its items one array for every page as in a run.
    static let sample = SampleFigures.scatterPlot()

    /// The sample plot highlighting point `index` instead of Rollberg.
    static func plot(highlighting index: Int) -> ScatterPlotSpec {
        var spec = sample
        spec.highlighted = [index]
        return spec
    }

    /// A document of one page per plot, each under a text of another length, rendered to PDF and read back as
    /// `qpdf --qdf` text.
    static func render(_ plots: [ScatterPlotSpec]) throws -> (use: FormUse, qdf: String) {
        let folder = try PDFInspection.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("streudiagramme.pdf").path
        let blocks = plots.enumerated().flatMap { index, spec -> [Block] in
            (index > 0 ? [.pageBreak] : [])
                + [
                    .heading(Heading(level: 1, "Planungsraum \(index + 1)")),
                    .paragraph(Paragraph(String(repeating: "Text über den Planungsraum. ", count: 1 + index * 9))),
                    .figure(Figure(ScatterPlot(spec), caption: "Kinderarmut und Sprachförderbedarf")),
                ]
        }
        let document = Document(metadata: PDFMetadata(title: "Streudiagramme"), words: .german, blocks: blocks)
        try PDFRenderer().render(document, to: URL(fileURLWithPath: path))
        #expect(try PDFInspection.run("qpdf", ["--check", path]).status == 0)
        let qdf = try PDFInspection.run("qpdf", ["--qdf", "--object-streams=disable", path, "-"]).output
        return (try FormUse(path: path), qdf)
    }

    /// The Bézier segments (`c`) in each page's content: a point is a circle of four, filled and then stroked.
    static func curves(perPage qdf: String) -> [Int] {
        qdf.components(separatedBy: "%% Contents for page ").dropFirst().map { part in
            (part.components(separatedBy: "endstream").first ?? "").matches(of: /\sc\s/).count
        }
    }

    /// The marks a plot shares with other pages, for a figure `width` wide.
    static func repeated(_ spec: ScatterPlotSpec, width: Double = 441) -> [RepeatedMarks] {
        ScatterPlot(spec).marks(in: Rect(x: 50, y: 80, width: width, height: 280), text: TextEngine())
            .compactMap { mark in if case .repeated(let group, _) = mark.shape { group } else { nil } }
    }

    @Test("three pages with the same cloud, each highlighting another point at another height, draw one Form XObject")
    func sameCloudOnce() throws {
        let (use, qdf) = try Self.render([
            Self.plot(highlighting: 3), Self.plot(highlighting: 30), Self.plot(highlighting: 50),
        ])
        #expect(use.forms.count == 1)
        #expect(use.drawn.map(\.count) == [1, 1, 1])
        #expect(Set(use.drawn.joined()) == use.forms)
        // The curves of the 59 points with a value are in the form; a page draws only its highlighted point.
        let pages = Self.curves(perPage: qdf)
        let inForm = qdf.matches(of: /\sc\s/).count - pages.reduce(0, +)
        #expect(pages.count == 3 && pages.allSatisfy { $0 > 0 && $0 == pages[0] })
        #expect(inForm >= 59 * (pages.first ?? 0))
    }

    @Test("a cloud with one point moved is not shared with the others")
    func otherCloudApart() throws {
        var moved = Self.plot(highlighting: 3)
        moved.items[20].y = (moved.items[20].y ?? 0) + 1
        let (use, _) = try Self.render([Self.plot(highlighting: 3), moved, Self.plot(highlighting: 50)])
        #expect(use.forms.count == 2)
        #expect(use.drawn.map(\.count) == [1, 1, 1])
        #expect(use.drawn[0] == use.drawn[2])
        #expect(use.drawn[0] != use.drawn[1])
    }

    @Test("the shared cloud is equal only for the same points and size, and holds no highlighted point")
    func honestKey() throws {
        let base = try #require(Self.repeated(Self.plot(highlighting: 3)).first)
        #expect(Self.repeated(Self.plot(highlighting: 40)) == [base])
        #expect(base.marks.filter { if case .fill = $0.shape { true } else { false } }.count == 59)
        #expect(!base.marks.contains { $0.fillColor == FigureStyle.standard.accentColor })
        var moved = Self.plot(highlighting: 3)
        moved.items[20].x = (moved.items[20].x ?? 0) + 0.001
        #expect(Self.repeated(moved) != [base])
        var fewer = Self.plot(highlighting: 3)
        fewer.items[20].y = nil
        #expect(Self.repeated(fewer) != [base])
        #expect(Self.repeated(Self.plot(highlighting: 3), width: 300) != [base])
    }

    @Test("equal points in another array draw an equal cloud, whether or not the two are shared")
    func equalPointsApart() throws {
        var copied = Self.plot(highlighting: 40)
        copied.items = Self.sample.items.map { $0 }
        #expect(SameArray(array: copied.items) != SameArray(array: Self.sample.items))
        let base = try #require(Self.repeated(Self.plot(highlighting: 3)).first)
        #expect(Self.repeated(copied) == [base])
        let (use, _) = try Self.render([Self.plot(highlighting: 3), copied])
        #expect(use.drawn.map(\.count) == [1, 1])
        #expect(use.forms.count <= 2 && Set(use.drawn.joined()) == use.forms)
    }

    @Test("the same array drawn on other scales at the same size is not shared: every point sits on its own scale")
    func sameArrayOtherScales() throws {
        var widened = Self.plot(highlighting: 3)
        widened.quadrants = .init(x: 80, y: 30, labels: [])
        let base = try #require(Self.repeated(Self.plot(highlighting: 3)).first)
        let other = try #require(Self.repeated(widened).first)
        #expect(base.size == other.size)
        #expect(other != base)
        // Point 0's x value, 5, lies further left where the axis reaches 80 than where it ends near 35.
        func firstCentre(_ cloud: RepeatedMarks) -> Double? {
            cloud.marks.first { $0.role == .point(index: 0) }.map(\.frame.x)
        }
        let (near, far) = (try #require(firstCentre(base)), try #require(firstCentre(other)))
        #expect(far < near)
        let (use, _) = try Self.render([Self.plot(highlighting: 3), widened])
        #expect(use.forms.count == 2)
        #expect(use.drawn[0] != use.drawn[1])
    }
}
