import Foundation
import Testing

@testable import ReportGen

/// A break printed with d decimals matches when the computed break rounds to the same d decimals.
private func matches(_ computed: Double, printed: String) -> Bool {
    guard let expected = Double(printed) else { return false }
    let decimals = printed.split(separator: ".").dropFirst().first?.count ?? 0
    let scale = pow(10, Double(decimals))
    return (computed * scale).rounded() == (expected * scale).rounded()
}

@Suite("mapclassify reference on calemp")
struct CalempReferenceTests {
    @Test("the README table has the six reference rows and the data 58 values")
    func fixtureIsComplete() throws {
        #expect(try CalempFixture.referenceRows().count == 6)
        #expect(try CalempFixture.values().count == 58)
    }

    @Test(
        "every row of the README table: breaks to the printed precision and counts",
        arguments: try CalempFixture.referenceRows())
    func referenceRow(_ row: CalempFixture.Row) throws {
        let scheme = try #require(CalempFixture.scheme(named: row.scheme))
        let classification = try Classification(values: CalempFixture.values(), scheme: scheme, closure: .right)
        #expect(classification.breaks.count == row.breaks.count)
        for (computed, printed) in zip(classification.breaks, row.breaks) {
            #expect(matches(computed, printed: printed), "\(computed) is not \(printed)")
        }
        if let counts = row.counts {
            #expect(classification.counts == counts)
        }
        #expect(classification.counts.reduce(0, +) == 58)
    }

    // The rows below are from mapclassify's test suite as quoted in mission-anchors.md §7.

    @Test("maximum breaks, k = 5")
    func maximumBreaks() throws {
        let classification = try Classification(values: CalempFixture.values(), scheme: .maximumBreaks(k: 5))
        let expected = [146.005, 228.49, 546.675, 2417.15, 4111.45]
        #expect(zip(classification.breaks, expected).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(classification.counts == [50, 2, 4, 1, 1])
    }

    @Test("mean and standard deviation with the sample deviation")
    func standardDeviation() throws {
        let classification = try Classification(values: CalempFixture.values(), scheme: .standardDeviation())
        let expected = [-967.36235382, -420.71712519, 672.57333208, 1219.21856072, 4111.45]
        #expect(classification.breaks.count == 5)
        #expect(zip(classification.breaks, expected).allSatisfy { abs($0 - $1) < 1e-7 })
        #expect(classification.counts == [0, 0, 56, 1, 1])
    }

    @Test("pretty breaks, k = 5")
    func prettyBreaks() throws {
        let classification = try Classification(values: CalempFixture.values(), scheme: .pretty(k: 5))
        #expect(classification.breaks == [1000, 2000, 3000, 4000, 5000])
        #expect(classification.counts == [57, 0, 0, 0, 1])
    }

    @Test("user-defined [20] gets the maximum appended")
    func userDefinedWithMaximum() throws {
        let classification = try Classification(values: CalempFixture.values(), scheme: .userDefined([20]))
        #expect(classification.breaks == [20, 4111.45])
        #expect(classification.counts == [37, 21])
    }

    @Test("left closure (R classInt) moves the four breaks that are data values up one class")
    func leftClosureMovesBreakValues() throws {
        // 75.29, 192.05, 370.5 and 722.85 are data values: each leaves its class for the next one.
        let classification = try Classification(
            values: CalempFixture.values(), scheme: .fisherJenks(k: 5), closure: .left)
        #expect(classification.breaks == [75.29, 192.05, 370.5, 722.85, 4111.45])
        #expect(classification.counts == [48, 3, 4, 1, 2])
    }

    @Test("the Fisher-Jenks legend in German, with counts")
    func fisherJenksLegend() throws {
        let classification = try Classification(values: CalempFixture.values(), scheme: .fisherJenks(k: 5))
        let colors = try Palette.ylOrRd.colors(for: classification, polarity: .neutral)
        let legend = try Legend(
            classification: classification, colors: colors, format: LegendFormat(unit: "je km²", decimals: 1))
        #expect(
            legend.entries.map(\.label) == [
                "bis 75,3\u{00A0}je km² (49 Gebiete)", "über 75,3 bis 192,1\u{00A0}je km² (3 Gebiete)",
                "über 192,1 bis 370,5\u{00A0}je km² (4 Gebiete)", "über 370,5 bis 722,9\u{00A0}je km² (1 Gebiet)",
                "über 722,9\u{00A0}je km² (1 Gebiet)",
            ])
        #expect(legend.entries.map(\.color.hex) == ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"])
    }

    @Test("head/tail breaks on 1/i² for i = 1…999")
    func headTail() throws {
        let values = (1...999).map { 1 / Double($0 * $0) }
        let classification = try Classification(values: values, scheme: .headTailBreaks)
        #expect(classification.counts == [975, 21, 2, 1])
    }
}
