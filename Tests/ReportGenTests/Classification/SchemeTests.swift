import Testing

@testable import ReportGen

private let oneToTen: [Double?] = (1...10).map { Double($0) }

@Suite("classification schemes on hand-computed data")
struct SchemeTests {
    @Test("equal interval: width (10 − 1) / 3 = 3")
    func equalInterval() throws {
        let right = try Classification(values: oneToTen, scheme: .equalInterval(k: 3), closure: .right)
        #expect(right.breaks == [4, 7, 10])
        #expect(right.counts == [4, 3, 3])
        let left = try Classification(values: oneToTen, scheme: .equalInterval(k: 3), closure: .left)
        #expect(left.breaks == [4, 7, 10])
        #expect(left.counts == [3, 3, 4])
    }

    @Test("quartiles interpolate linearly between order statistics (R type 7)")
    func quartiles() throws {
        // Positions 9 × 0.25 = 2.25, 4.5, 6.75 in 0-based order statistics 1…10.
        let classification = try Classification(values: oneToTen, scheme: .quantiles(k: 4))
        #expect(classification.breaks == [3.25, 5.5, 7.75, 10])
        #expect(classification.counts == [3, 2, 2, 3])
    }

    @Test("percentiles 50 and 100")
    func percentiles() throws {
        let classification = try Classification(values: oneToTen, scheme: .percentiles([50, 100]))
        #expect(classification.breaks == [5.5, 10])
        #expect(classification.counts == [5, 5])
    }

    @Test("Fisher-Jenks finds the three obvious groups")
    func fisherJenks() throws {
        let values: [Double?] = [12, 1, 30, 2, 11, 3, 10]
        let classification = try Classification(values: values, scheme: .fisherJenks(k: 3))
        #expect(classification.breaks == [3, 12, 30])
        #expect(classification.counts == [3, 3, 1])
        let one = try Classification(values: values, scheme: .fisherJenks(k: 1))
        #expect(one.breaks == [30])
    }

    @Test("Fisher-Jenks keeps equal values in one class")
    func fisherJenksTies() throws {
        let values: [Double?] = [1, 1, 1, 1, 2, 9, 9, 10]
        let classification = try Classification(values: values, scheme: .fisherJenks(k: 2))
        #expect(classification.breaks == [2, 10])
        #expect(classification.counts == [5, 3])
    }

    @Test("box plot: fences at 1.5 × IQR; the maximum is not appended below the upper fence")
    func boxPlot() throws {
        // Q1 = 3.25, median 5.5, Q3 = 7.75, IQR 4.5, fences −3.5 and 14.5.
        let classification = try Classification(values: oneToTen, scheme: .boxPlot())
        #expect(classification.breaks == [-3.5, 3.25, 5.5, 7.75, 14.5])
        #expect(classification.counts == [0, 3, 2, 2, 3])
    }

    @Test("mean ± 1 sample standard deviation, then the maximum")
    func standardDeviation() throws {
        // Mean 5, squared deviations 32, sample variance 32 / 7.
        let values: [Double?] = [2, 4, 4, 4, 5, 5, 7, 9]
        let classification = try Classification(values: values, scheme: .standardDeviation(multiples: [-1, 1]))
        let deviation = (32.0 / 7).squareRoot()
        #expect(classification.breaks.count == 3)
        #expect(abs(classification.breaks[0] - (5 - deviation)) < 1e-12)
        #expect(abs(classification.breaks[1] - (5 + deviation)) < 1e-12)
        #expect(classification.breaks[2] == 9)
        #expect(classification.counts == [1, 6, 1])
    }

    @Test("head/tail: mean 2, then the head {6}")
    func headTail() throws {
        let classification = try Classification(values: [1, 1, 1, 1, 6], scheme: .headTailBreaks)
        #expect(classification.breaks == [2, 6])
        #expect(classification.counts == [4, 1])
    }

    @Test("maximum breaks in the middle of the two widest gaps")
    func maximumBreaks() throws {
        let classification = try Classification(values: [1, 2, 3, 10, 11, 30], scheme: .maximumBreaks(k: 3))
        #expect(classification.breaks == [6.5, 20.5, 30])
        #expect(classification.counts == [3, 2, 1])
    }

    @Test("pretty breaks as R: pretty(c(0.5, 9.7)) and pretty(c(0.13, 0.97)) without rounding noise")
    func pretty() throws {
        let whole = try Classification(values: [0.5, 9.7], scheme: .pretty(k: 5))
        #expect(whole.breaks == [2, 4, 6, 8, 10])
        let decimal = try Classification(values: [0.13, 0.5, 0.97], scheme: .pretty(k: 5))
        #expect(decimal.breaks == [0.2, 0.4, 0.6, 0.8, 1.0])
        #expect(SortedSample.pretty(low: 1, high: 100, intervals: 5) == [0, 20, 40, 60, 80, 100])
    }

    @Test("user-defined breaks under both closures; the maximum is appended")
    func userDefined() throws {
        let right = try Classification(values: oneToTen, scheme: .userDefined([5]), closure: .right)
        #expect(right.breaks == [5, 10])
        #expect(right.counts == [5, 5])
        let left = try Classification(values: oneToTen, scheme: .userDefined([5]), closure: .left)
        #expect(left.counts == [4, 6])
    }
}
