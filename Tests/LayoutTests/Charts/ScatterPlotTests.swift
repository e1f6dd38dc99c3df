import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Scatter plot")
struct ScatterPlotTests {
    let engine = TextEngine()

    func marks(_ spec: ScatterPlotSpec, in rect: Rect = TestCanvas.rect) -> [Mark] {
        Mark.flatten(ScatterPlot(spec).marks(in: rect, text: engine))
    }

    func centre(_ mark: Mark) -> Point {
        Point(x: mark.frame.x + mark.frame.width / 2, y: mark.frame.y + mark.frame.height / 2)
    }

    @Test("points lie on the trend line where the data does, and the highlighted one is in the accent and named")
    func geometry() throws {
        let items = (0..<5).map {
            ScatterPlotSpec.Item(name: "P\($0)", x: Double($0), y: 2 * Double($0) + 1)
        }
        let spec = ScatterPlotSpec(
            words: .german, xIndicator: "x", yIndicator: "y", xTitle: "x", yTitle: "y", items: items, highlighted: [3],
            trend: .init(slope: 2, intercept: 1))
        let all = marks(spec)
        let line = try #require(all.first { $0.role == .trendLine })
        let points = (0..<5).compactMap { index in all.first { $0.role == .point(index: index) }.map(centre) }
        #expect(points.count == 5)
        let first = try #require(points.first)
        let last = try #require(points.last)
        let slope = (last.y - first.y) / (last.x - first.x)
        for point in points { #expect(abs(point.y - (first.y + slope * (point.x - first.x))) < 1e-6) }
        #expect(line.frame.width > 0)
        // The point drawn last is the one seen: the highlighted one over its plain twin in the shared cloud.
        #expect(all.last { $0.role == .point(index: 3) }?.fillColor == FigureStyle.standard.accentColor)
        #expect(all.contains { $0.role == .pointLabel(index: 3) })
    }

    @Test("the annotation is shown, missing areas are noted, labels never overlap")
    func annotationAndNote() {
        let all = marks(SampleFigures.scatterPlot())
        #expect(all.contains { $0.role == .annotation })
        #expect(all.contains { $0.role == .missing(index: 0) })
        #expect(!all.contains { $0.role == .point(index: 8) })
        #expect(all.overlappingTexts.isEmpty)
    }

    @Test("the annotation stands whole under the axis, also in a narrow plot whose corners are full of points")
    func annotationWhole() throws {
        var spec = SampleFigures.scatterPlot()
        // Points in all four corners, as in a half-width plot of 137 Bezirksregionen.
        for (index, corner) in [(5.0, 20.0), (5.0, 80.0), (35.0, 20.0), (35.0, 80.0)].enumerated() {
            spec.items.append(.init(name: "Ecke \(index)", x: corner.0, y: corner.1))
        }
        spec.annotation = "r = 0,72 · R² = 0,52 · n = 137; 1 Gebiet mit weniger als 300 Einwohnern nicht berücksichtigt"
        let rect = Rect(x: 40, y: 60, width: 230, height: 200)
        let all = marks(spec, in: rect)
        let annotation = try #require(all.first { $0.role == .annotation })
        guard case .text(let layout, _) = annotation.shape else {
            Issue.record("the annotation is not text")
            return
        }
        #expect(layout.text.replacingOccurrences(of: "\n", with: " ") == spec.annotation)
        let frame = annotation.frame
        #expect(
            frame.x >= rect.x && frame.maxX <= rect.maxX + 0.5 && frame.y >= rect.y && frame.maxY <= rect.maxY + 0.5)
        let lowestPoint = try #require(
            all.filter { if case .point = $0.role { true } else { false } }.map(\.frame.maxY).max())
        #expect(annotation.frame.y >= lowestPoint)
        #expect(all.overlappingTexts.isEmpty)
    }

    @Test("a plot with no free corner for its annotation makes its marks once: its cloud only for the plot it draws")
    func marksMadeOnce() throws {
        var spec = SampleFigures.scatterPlot()
        // Points all over the plot, so that no corner is free; the short annotation would fit there on one line.
        spec.items += (0...30).flatMap { x in
            stride(from: 20.0, through: 60.0, by: 2.5).map { y in .init(name: "Punkt", x: 5 + Double(x), y: y) }
        }
        let all = ScatterPlot(spec).marks(in: TestCanvas.rect, text: engine)
        let cloud = try #require(
            all.lazy.compactMap { mark in if case .repeated(let group, _) = mark.shape { group } else { nil } }.first)
        let flat = Mark.flatten(all)
        let annotation = try #require(flat.first { $0.role == .annotation })
        let lowestPoint = try #require(
            flat.filter { if case .point = $0.role { true } else { false } }.map(\.frame.maxY).max())
        #expect(annotation.frame.y >= lowestPoint, "the annotation is not under the axis")
        // Each cloud made is kept for the pages after; one made for a plot that is not drawn was made in vain.
        let made = ScatterPlot.clouds.values { $0.items == SameArray(array: spec.items) }
        #expect(made.allSatisfy { $0 == cloud }, "\(made.count) clouds made, of sizes \(made.map(\.size))")
    }

    @Test("the alt text names the extremes, the highlighted area and the annotation")
    func altText() {
        let text = SampleFigures.scatterPlot().altText
        #expect(text.hasPrefix("Streudiagramm: Sprachförderbedarf"))
        #expect(text.contains("Höchster Wert") && text.contains("Rollberg") && text.contains("R² = 0,83"))
        #expect(text.contains("Keine Angabe für 1 Gebiet"))
    }

    @Test("nonsense input never traps")
    func degenerate() {
        let cases: [([ScatterPlotSpec.Item], Set<Int>)] = [
            ([], []), ([.init(name: "A", x: 1, y: 1)], []),
            ([.init(name: "A", x: 1, y: 1), .init(name: "B", x: 1, y: 1)], []),
            ([.init(name: String(repeating: "Name", count: 50), x: .nan, y: .infinity)], [0]),
            ([.init(name: "A", x: -1e300, y: 1e300), .init(name: "B", x: 0, y: 0, labelled: true)], [0]),
            ([.init(name: "A", x: 1, y: 1)], [5]),
        ]
        for (items, highlighted) in cases {
            let spec = ScatterPlotSpec(
                words: .german, xIndicator: "x", yIndicator: "y", xTitle: "", yTitle: "", items: items,
                highlighted: highlighted,
                trend: .init(slope: .nan, intercept: 1),
                annotation: "r = 1")
            for rect in [
                TestCanvas.rect, Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 61, height: 51),
            ] {
                _ = marks(spec, in: rect)
            }
            _ = spec.altText
        }
    }
}
