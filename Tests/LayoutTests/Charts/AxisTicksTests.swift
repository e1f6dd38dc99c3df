import Foundation
import Testing

@testable import Layout

@Suite("Axis ticks")
struct AxisTicksTests {
    @Test(
        "ticks are round steps that cover the data",
        arguments: [
            [8.1, 35.2], [0.0, 1.0], [-3.5, 12.25], [1234.0, 98_765.0], [0.0012, 0.0049], [-20.0, -5.0], [7.0, 7.0],
        ])
    func niceAndCovering(values: [Double]) throws {
        let ticks = AxisTicks(covering: values, count: 5)
        let low = try #require(values.min())
        let high = try #require(values.max())
        #expect(ticks.lower <= low && ticks.upper >= high)
        #expect(ticks.values.count >= 2 && ticks.values.count <= 12)
        let magnitude = pow(10, log10(ticks.step).rounded(.down))
        #expect([1, 2, 2.5, 5, 10].contains { abs(ticks.step / magnitude - $0) < 1e-9 })
        for (a, b) in zip(ticks.values, ticks.values.dropFirst()) {
            #expect(abs(b - a - ticks.step) < ticks.step * 1e-9)
        }
    }

    @Test("labels are German and show the decimals the step needs")
    func labels() {
        #expect(AxisTicks(covering: [0, 40]).labels == ["0", "10", "20", "30", "40"])
        #expect(AxisTicks(covering: [0, 1]).labels.contains("0,2"))
        #expect(AxisTicks(covering: [0, 20_000]).labels.contains("20.000"))
    }

    @Test("bars include zero; empty and non-finite input still gives an axis")
    func zeroAndNonsense() {
        #expect(AxisTicks(covering: [8, 35], includingZero: true).lower == 0)
        #expect(AxisTicks(covering: []).values.count >= 2)
        #expect(AxisTicks(covering: [.nan, .infinity, -.infinity]).values.count >= 2)
        #expect(AxisTicks(covering: [1e308, -1e308]).values.count >= 2)
    }
}

extension AxisTicksTests {
    @Test("a sum of shares a hair over 100 does not add a tick")
    func floatingNoise() {
        #expect(AxisTicks(covering: [0, 18.9 + 36.6 + 44.5], count: 5).upper == 100)
    }
}
