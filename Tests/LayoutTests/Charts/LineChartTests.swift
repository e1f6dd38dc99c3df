import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Line chart")
struct LineChartTests {
    let engine = TextEngine()

    func marks(_ spec: LineChartSpec, in rect: Rect = TestCanvas.rect) -> [Mark] {
        LineChart(spec).marks(in: rect, text: engine)
    }

    @Test("a missing year breaks the line: two pieces, no dot for the gap, and a k. A. note")
    func gaps() throws {
        let spec = SampleFigures.lineChart()
        let all = marks(spec)
        let line = try #require(all.first { $0.role == .series(index: 0) })
        guard case .stroke(let path, _, _) = line.shape else {
            Issue.record("not a stroke")
            return
        }
        let moves = path.elements.filter { if case .move = $0 { true } else { false } }
        #expect(moves.count == 2)
        #expect(all.filter { $0.role == .point(index: 0) }.count == 9)
        #expect(all.contains { $0.role == .missing(index: 4) })
    }

    @Test("points sit at their values: equal steps in time, heights proportional to value differences")
    func positions() throws {
        let spec = SampleFigures.lineChart()
        let dots = marks(spec).filter { $0.role == .point(index: 1) }.map {
            ($0.frame.x + $0.frame.width / 2, $0.frame.y + $0.frame.height / 2)
        }
        #expect(dots.count == 10)
        let step = dots[1].0 - dots[0].0
        for (a, b) in zip(dots, dots.dropFirst()) { #expect(abs(b.0 - a.0 - step) < 1e-9) }
        let values = spec.series[1].values.compactMap { $0 }
        // y grows downwards: a value d higher sits d · pointsPerUnit higher up.
        let pointsPerUnit = (dots[0].1 - dots[9].1) / (values[9] - values[0])
        #expect(pointsPerUnit > 0)
        #expect(abs((dots[0].1 - dots[5].1) - (values[5] - values[0]) * pointsPerUnit) < 1e-6)
    }

    @Test("the highlighted series is drawn last, thicker, in the accent colour")
    func highlight() throws {
        let all = marks(SampleFigures.lineChart())
        let lines = all.filter { if case .series = $0.role { true } else { false } }
        let last = try #require(lines.last)
        #expect(last.role == .series(index: 0))
        guard case .stroke(_, let color, let style) = last.shape else {
            Issue.record("not a stroke")
            return
        }
        #expect(color == FigureStyle.standard.accentColor && style.width == 2)
    }

    @Test("end labels and axis labels never overlap, even for series ending at the same value")
    func labelsApart() {
        var spec = SampleFigures.lineChart()
        spec.series += (0..<6).map {
            .init(name: "Bezirk mit langem Namen \($0)", values: [20, 21, 22, 23, 24, 24.6, 24.6, 24.6, 24.6, 24.6])
        }
        #expect(marks(spec).overlappingTexts.isEmpty)
        spec.periods = (1990...2022).map(String.init)
        #expect(marks(spec, in: Rect(x: 0, y: 0, width: 200, height: 100)).overlappingTexts.isEmpty)
    }

    @Test("nonsense input never traps")
    func degenerate() {
        let cases: [LineChartSpec] = [
            LineChartSpec(words: .german, indicator: "", periods: [], series: []),
            LineChartSpec(words: .german, indicator: "", periods: ["2020"], series: [.init(name: "A", values: [5])]),
            LineChartSpec(
                words: .german, indicator: "", periods: ["a", "b"], series: [.init(name: "A", values: [nil, .nan])]),
            LineChartSpec(
                words: .german, indicator: "", periods: ["a", "b", "c"],
                series: [.init(name: String(repeating: "x", count: 200), values: [.infinity, -3, 1e300, 4])]),
        ]
        for spec in cases {
            for rect in [
                TestCanvas.rect, Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 61, height: 41),
            ] {
                _ = marks(spec, in: rect)
            }
            _ = spec.altText
            _ = spec.dataRows
        }
    }
}

extension LineChartTests {
    @Test("when end labels cannot all be placed, every series is named in a key above the plot instead")
    func keyFallback() {
        var spec = SampleFigures.lineChart()
        spec.series = (0..<8).map {
            .init(name: "Bezirk \($0)", values: Array(repeating: 20 + Double($0) * 0.1, count: 10))
        }
        let all = marks(spec)
        #expect(!all.contains { if case .pointLabel = $0.role { true } else { false } })
        #expect(all.filter { $0.role == .legendLabel }.count == 8)
        #expect(all.overlappingTexts.isEmpty)
        #expect(marks(SampleFigures.lineChart()).filter { $0.role == .legendLabel }.isEmpty)
    }
}

extension LineChartTests {
    @Test("with a highlighted series no other series ever takes the accent colour")
    func accentReserved() {
        var spec = SampleFigures.lineChart()
        spec.series += (0..<12).map { .init(name: "B\($0)", values: [Double($0)]) }
        let chart = LineChart(spec)
        let accent = FigureStyle.standard.accentColor
        #expect(spec.series.indices.filter { chart.color($0) == accent } == [0])
    }
}
