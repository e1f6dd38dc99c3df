import Testing

@testable import Layout

@Suite("nice axis ticks and linear scales")
struct AxisTicksTests {
    @Test("0…100 in about 5 ticks: steps of 25")
    func quarters() {
        let ticks = AxisTicks(covering: 0, 100)
        #expect(ticks.values == [0, 25, 50, 75, 100])
        #expect(ticks.step == 25)
        #expect(ticks.labels == ["0", "25", "50", "75", "100"])
    }

    @Test("0.13…0.97: steps of 0,25 with two decimals, exact decimal values")
    func decimals() {
        let ticks = AxisTicks(covering: 0.13, 0.97)
        #expect(ticks.values == [0, 0.25, 0.5, 0.75, 1])
        #expect(ticks.labels == ["0,00", "0,25", "0,50", "0,75", "1,00"])
    }

    @Test("negative to positive: −5 … 15 in steps of 5, with a proper minus sign")
    func negative() {
        let ticks = AxisTicks(covering: -3.7, 12.2)
        #expect(ticks.values == [-5, 0, 5, 10, 15])
        #expect(ticks.labels == ["−5", "0", "5", "10", "15"])
    }

    @Test("thousands are grouped with dots")
    func thousands() {
        #expect(AxisTicks(covering: 1234, 98_765).labels == ["0", "25.000", "50.000", "75.000", "100.000"])
    }

    @Test("steps of 0.1 stay exact: 0.3 is 0.3")
    func tenths() {
        // Range 0.8 rounds up to 1, 1 / 9 rounds to the nice 0.1.
        let ticks = AxisTicks(covering: 0.1, 0.9, targetCount: 10)
        #expect(ticks.step == 0.1)
        #expect(ticks.values.contains(0.3))
        #expect(ticks.decimals == 1)
    }

    @Test("equal, reversed, infinite and NaN bounds give a usable axis")
    func degenerate() {
        let equal = AxisTicks(covering: 5, 5)
        #expect(equal.lowerBound <= 4.5 && equal.upperBound >= 5.5)
        #expect(AxisTicks(covering: 100, 0).values == [0, 25, 50, 75, 100])
        #expect(AxisTicks(covering: .nan, .infinity).values.count >= 2)
        #expect(AxisTicks(covering: -.infinity, 10).values.count >= 2)
        let huge = AxisTicks(covering: -Double.greatestFiniteMagnitude, .greatestFiniteMagnitude, targetCount: Int.max)
        #expect(huge.values.count >= 2 && huge.values.allSatisfy(\.isFinite))
        #expect(AxisTicks(covering: 0, 1, targetCount: -3).values.count >= 2)
    }

    @Test("bar charts can include zero")
    func includingZero() {
        #expect(AxisTicks(covering: 40, 95, includingZero: true).values == [0, 25, 50, 75, 100])
    }

    @Test("a linear scale maps and inverts, also backwards for y axes")
    func linearScale() {
        let scale = LinearScale(domain: (0, 100), range: (300, 100))
        #expect(scale(0) == 300)
        #expect(scale(25) == 250)
        #expect(scale(100) == 100)
        #expect(scale.invert(200) == 50)
        #expect(LinearScale(domain: (5, 5), range: (0, 10))(7) == 5)
        let fromTicks = LinearScale(ticks: AxisTicks(covering: 3, 97), range: (0, 400))
        #expect(fromTicks(50) == 200)
    }
}
