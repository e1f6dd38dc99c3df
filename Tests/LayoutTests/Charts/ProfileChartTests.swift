import CairoBridge
import GermanWords
import Testing

@testable import Layout

@Suite("Profile chart")
struct ProfileChartTests {
    let engine = TextEngine()

    func marks(_ spec: ProfileChartSpec, in rect: Rect = TestCanvas.rect) -> [Mark] {
        ProfileChart(spec).marks(in: rect, text: engine)
    }

    @Test("the area's dot and the city's tick sit at their place in the row's range")
    func positions() throws {
        let spec = SampleFigures.profileChart()
        let all = marks(spec)
        for (index, row) in spec.rows.enumerated() {
            let range = try #require(all.first { $0.role == .range(index: index) })
            let city = try #require(all.first { $0.role == .referenceLine(index: index) })
            let expectedCity =
                range.frame.x + range.frame.width * (row.cityValue! - row.minimum) / (row.maximum - row.minimum)
            #expect(abs(city.frame.x - expectedCity) < 1e-6)
            guard let value = row.areaValue else {
                #expect(!all.contains { $0.role == .point(index: index) })
                #expect(all.contains { $0.role == .missing(index: index) })
                continue
            }
            let dot = try #require(all.first { $0.role == .point(index: index) })
            let expected = range.frame.x + range.frame.width * (value - row.minimum) / (row.maximum - row.minimum)
            #expect(abs(dot.frame.x + dot.frame.width / 2 - expected) < 1e-6)
        }
        #expect(all.overlappingTexts.isEmpty)
    }

    @Test("equal minimum and maximum, values outside the range and non-finite bounds never trap")
    func degenerate() {
        let rows: [ProfileChartSpec.Row] = [
            .init(
                indicator: "gleich", areaValue: 5, areaLabel: "5", cityValue: 5, cityLabel: "5", minimum: 5, maximum: 5,
                minimumLabel: "5", maximumLabel: "5"),
            .init(
                indicator: "außerhalb", areaValue: 50, areaLabel: "50", cityValue: -9, cityLabel: "−9", minimum: 0,
                maximum: 10, minimumLabel: "0", maximumLabel: "10"),
            .init(
                indicator: String(repeating: "lang ", count: 40), areaValue: .nan, areaLabel: "", cityValue: nil,
                cityLabel: "", minimum: .nan, maximum: .infinity, minimumLabel: "", maximumLabel: ""),
            .init(
                indicator: "verkehrt", areaValue: 1, areaLabel: "1", cityValue: 1, cityLabel: "1", minimum: 10,
                maximum: 0, minimumLabel: "10", maximumLabel: "0", lowerQuartile: 8, upperQuartile: 2),
        ]
        let spec = ProfileChartSpec(words: .german, areaName: "A", cityName: "Stadt", rows: rows)
        for rect in [TestCanvas.rect, Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 121, height: 31)] {
            let all = marks(spec, in: rect)
            #expect(all.allSatisfy { $0.frame.x.isFinite && $0.frame.y.isFinite })
        }
        #expect(marks(ProfileChartSpec(words: .german, areaName: "A", cityName: "B", rows: [])).isEmpty)
        #expect(spec.altText.contains("gleich: 5"))
    }
}
