import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Bar chart")
struct BarChartTests {
    let rect = TestCanvas.rect
    let engine = TextEngine()

    func marks(_ spec: BarChartSpec, in rect: Rect = TestCanvas.rect) -> [Mark] {
        BarChart(spec).marks(in: rect, text: engine)
    }

    @Test(
        "bar lengths are proportional to the values, from a common zero line",
        arguments: [
            BarChartSpec.Orientation.horizontal, .vertical,
        ])
    func proportional(orientation: BarChartSpec.Orientation) throws {
        let spec = SampleFigures.barChart(orientation: orientation)
        let bars = marks(spec).bars()
        let ordered = spec.orderedBars
        #expect(bars.count == 11)
        let first = try #require(bars.first)
        let length = { (mark: Mark) in orientation == .horizontal ? mark.frame.width : mark.frame.height }
        let perUnit = length(first.mark) / (ordered[first.index].value ?? 1)
        for bar in bars {
            let value = try #require(ordered[bar.index].value)
            #expect(abs(length(bar.mark) - value * perUnit) < 0.01, "\(ordered[bar.index].label)")
        }
        let starts = bars.map { orientation == .horizontal ? $0.mark.frame.x : $0.mark.frame.maxY }
        #expect(starts.allSatisfy { abs($0 - starts[0]) < 0.001 })
    }

    @Test("the highlighted bar has the accent colour, the others the base colour")
    func highlight() {
        let spec = SampleFigures.barChart()
        for bar in marks(spec).bars() {
            let expected =
                spec.orderedBars[bar.index].highlighted
                ? FigureStyle.standard.accentColor : FigureStyle.standard.baseColor
            #expect(bar.mark.fillColor == expected)
        }
    }

    @Test("the city line sits at the city value's x")
    func referenceLine() throws {
        let spec = SampleFigures.barChart()
        let all = marks(spec)
        let neukoelln = try #require(all.bars().first { spec.orderedBars[$0.index].label == "Neukölln" })
        let perUnit = neukoelln.mark.frame.width / 35.2
        let line = try #require(all.first { $0.role == .referenceLine(index: 0) })
        #expect(abs(line.frame.x - (neukoelln.mark.frame.x + 24.6 * perUnit)) < 0.01)
        #expect(all.contains { $0.role == .referenceLabel(index: 0) })
    }

    @Test("a missing value is a gap with a k. A. note, never a zero bar")
    func missing() throws {
        let spec = SampleFigures.barChart()
        let index = try #require(spec.orderedBars.firstIndex { $0.value == nil })
        let all = marks(spec)
        #expect(!all.bars().contains { $0.index == index })
        #expect(all.contains { $0.role == .missing(index: index) })
    }

    @Test(
        "no two labels overlap, also with many long names and narrow room",
        arguments: [
            BarChartSpec.Orientation.horizontal, .vertical,
        ])
    func noOverlap(orientation: BarChartSpec.Orientation) {
        var spec = SampleFigures.barChart(orientation: orientation)
        #expect(marks(spec).overlappingTexts.isEmpty)
        spec.bars = (0..<60).map {
            .init(
                label: "Planungsraum mit einem sehr langen Namen Nummer \($0)", value: Double($0 % 17) - 3,
                valueLabel: "\($0)")
        }
        #expect(marks(spec).overlappingTexts.isEmpty)
        #expect(marks(spec, in: Rect(x: 0, y: 0, width: 180, height: 120)).overlappingTexts.isEmpty)
    }

    @Test("nonsense input draws something sensible or nothing, and never traps")
    func degenerate() {
        let long = String(repeating: "Langername", count: 20)
        let cases: [[BarChartSpec.Bar]] = [
            [], [.init(label: "A", value: 5, valueLabel: "5")],
            [.init(label: "A", value: 3, valueLabel: ""), .init(label: "B", value: 3, valueLabel: "")],
            [.init(label: "A", value: .nan, valueLabel: ""), .init(label: "B", value: .infinity, valueLabel: "")],
            [.init(label: long, value: -4, valueLabel: "−4"), .init(label: "B", value: 1e300, valueLabel: "")],
            [.init(label: "", value: 0, valueLabel: "0")],
        ]
        for bars in cases {
            for orientation in [BarChartSpec.Orientation.horizontal, .vertical] {
                let spec = BarChartSpec(
                    words: .german, indicator: "X", orientation: orientation, bars: bars,
                    references: [ReferenceValue(label: "Stadt", value: .nan, valueLabel: "")])
                let odd = [
                    Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 50, height: 31),
                    Rect(x: 0, y: 0, width: .infinity, height: 300), Rect(x: .nan, y: 0, width: 300, height: 300),
                ]
                for rect in [rect] + odd {
                    let all = marks(spec, in: rect)
                    #expect(all.allSatisfy { $0.frame.x.isFinite && $0.frame.width.isFinite })
                }
                _ = BarChart(spec).preferredHeight(forWidth: .nan)
                _ = spec.altText
            }
        }
    }
}

extension BarChartTests {
    @Test("sorting puts missing values last and breaks ties by name; none keeps the given order")
    func sorting() {
        let bars: [BarChartSpec.Bar] = [
            .init(label: "C", value: 2, valueLabel: ""), .init(label: "A", value: nil, valueLabel: ""),
            .init(label: "B", value: 2, valueLabel: ""), .init(label: "D", value: 9, valueLabel: ""),
        ]
        var spec = BarChartSpec(words: .german, indicator: "X", sorting: .descending, bars: bars)
        #expect(spec.orderedBars.map(\.label) == ["D", "B", "C", "A"])
        spec.sorting = .ascending
        #expect(spec.orderedBars.map(\.label) == ["B", "C", "D", "A"])
        spec.sorting = .none
        #expect(spec.orderedBars.map(\.label) == ["C", "A", "B", "D"])
    }
}
