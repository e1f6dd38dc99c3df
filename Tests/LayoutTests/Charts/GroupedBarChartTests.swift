import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Grouped and stacked bar charts")
struct GroupedBarChartTests {
    let engine = TextEngine()

    func marks(_ spec: GroupedBarChartSpec, in rect: Rect = TestCanvas.rect) -> [Mark] {
        GroupedBarChart(spec).marks(in: rect, text: engine)
    }

    @Test("grouped bars: one per series and value, lengths proportional, a k. A. note for the gap")
    func grouped() throws {
        let spec = SampleFigures.groupedBars(mode: .grouped)
        let all = marks(spec)
        let bars = all.bars()
        #expect(bars.count == 14)
        let perUnit = try #require(bars.first).mark.frame.width / 29.1
        for bar in bars {
            let value = try #require(spec.categories[bar.index].values[bar.series])
            #expect(abs(bar.mark.frame.width - value * perUnit) < 1e-6)
        }
        #expect(all.contains { $0.role == .missing(index: 2) })
        #expect(all.overlappingTexts.isEmpty)
    }

    @Test("stacked segments join end to end and add up to the total")
    func stacked() throws {
        let spec = SampleFigures.groupedBars(mode: .stacked)
        let all = marks(spec)
        let mitte = all.bars().filter { $0.index == 0 }.map(\.mark.frame).sorted { $0.x < $1.x }
        #expect(mitte.count == 3)
        for (a, b) in zip(mitte, mitte.dropFirst()) { #expect(abs(a.maxX - b.x) < 1e-9) }
        let perUnit = mitte[0].width / 41.0
        #expect(abs((mitte[2].maxX - mitte[0].x) - 100 * perUnit) < 1e-6)
        #expect(all.contains { $0.role == .missing(index: 3) })
        #expect(all.overlappingTexts.isEmpty)
    }

    @Test("nonsense input never traps")
    func degenerate() {
        for mode in [GroupedBarChartSpec.Mode.grouped, .stacked] {
            let spec = GroupedBarChartSpec(
                words: .german, indicator: "X", mode: mode,
                series: [.init(name: "a"), .init(name: String(repeating: "b", count: 200))],
                categories: [
                    .init(label: "", values: []), .init(label: "x", values: [.nan, -5, 7]),
                    .init(label: "y", values: [1e300, -1e300]),
                ])
            for rect in [
                TestCanvas.rect, Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 81, height: 41),
            ] {
                _ = marks(spec, in: rect)
            }
            _ = spec.altText
            _ = marks(GroupedBarChartSpec(words: .german, indicator: "", mode: mode, series: [], categories: []))
        }
    }
}
