import Testing

@testable import ReportGen

@Suite("classification results, pooling and degenerate input")
struct ClassificationTests {
    @Test("class of a value under right closure: (lo, hi], first class from the minimum")
    func rightClosure() throws {
        let classification = try Classification(values: [1, 10], scheme: .userDefined([4, 7]), closure: .right)
        #expect(classification.classIndex(of: 4) == 0)
        #expect(classification.classIndex(of: 4.000_001) == 1)
        #expect(classification.classIndex(of: 7) == 1)
        #expect(classification.classIndex(of: 10) == 2)
        #expect(classification.classIndex(of: 0) == 0)
        #expect(classification.classIndex(of: 10.5) == nil)
        #expect(classification.classIndex(of: nil) == nil)
        #expect(classification.classIndex(of: .nan) == nil)
    }

    @Test("class of a value under left closure: [lo, hi), last class closed")
    func leftClosure() throws {
        let classification = try Classification(values: [1, 10], scheme: .userDefined([4, 7]), closure: .left)
        #expect(classification.classIndex(of: 3.999) == 0)
        #expect(classification.classIndex(of: 4) == 1)
        #expect(classification.classIndex(of: 7) == 2)
        #expect(classification.classIndex(of: 10) == 2)
        #expect(classification.lowerEnd(ofClass: 0) == 1)
        #expect(classification.lowerEnd(ofClass: 2) == 7)
    }

    @Test("missing values (nil, NaN) are counted apart and are in no class")
    func missing() throws {
        let classification = try Classification(values: [1, nil, 2, .nan, 3], scheme: .equalInterval(k: 2))
        #expect(classification.counts == [2, 1])
        #expect(classification.missingCount == 2)
    }

    @Test("pooled breaks are the same for every set; each set can be counted on its own")
    func pooling() throws {
        let pooled = try Classification(pooling: [[1, 2, 3], [10, 20, nil]], scheme: .equalInterval(k: 2))
        #expect(pooled.breaks == [10.5, 20])
        #expect(pooled.counts == [4, 1])
        #expect(pooled.missingCount == 1)
        let second = pooled.counting([10, 20, nil])
        #expect(second.breaks == pooled.breaks)
        #expect(second.counts == [1, 1])
        #expect(second.missingCount == 1)
    }

    @Test("no values, or only missing ones, is an error that says so")
    func empty() {
        #expect(throws: ClassificationError.noValues(missing: 0)) {
            try Classification(values: [], scheme: .quantiles(k: 5))
        }
        #expect(throws: ClassificationError.noValues(missing: 2)) {
            try Classification(values: [nil, .nan], scheme: .quantiles(k: 5))
        }
    }

    @Test("one value, or all equal, gives a single class")
    func allEqual() throws {
        for scheme: ClassificationScheme in [
            .equalInterval(k: 5), .quantiles(k: 4), .boxPlot(), .headTailBreaks,
            .standardDeviation(), .percentiles(), .pretty(k: 5),
        ] {
            let single = try Classification(values: [7], scheme: scheme)
            #expect(single.counts.reduce(0, +) == 1, "\(scheme)")
            let equal = try Classification(values: [3, 3, 3], scheme: scheme)
            #expect(equal.counts.reduce(0, +) == 3, "\(scheme)")
        }
        #expect(try Classification(values: [3, 3, 3], scheme: .quantiles(k: 4)).breaks == [3])
    }

    @Test("more classes than distinct values is an error for Fisher-Jenks and maximum breaks")
    func tooFewDistinct() {
        let values: [Double?] = [1, 2, 2, 3, 4]
        #expect(throws: ClassificationError.tooFewDistinctValues(scheme: "Fisher-Jenks", k: 7, distinct: 4)) {
            try Classification(values: values, scheme: .fisherJenks(k: 7))
        }
        #expect(throws: ClassificationError.tooFewDistinctValues(scheme: "Maximum breaks", k: 5, distinct: 4)) {
            try Classification(values: values, scheme: .maximumBreaks(k: 5))
        }
    }

    @Test("bad arguments are errors: k ≤ 0, huge k, unsorted breaks, percentiles above 100, negative hinge")
    func badArguments() {
        let values: [Double?] = [1, 2, 3]
        for scheme: ClassificationScheme in [
            .equalInterval(k: 0), .quantiles(k: -1), .fisherJenks(k: 0),
            .maximumBreaks(k: 0), .pretty(k: Int.max), .userDefined([3, 1]), .userDefined([]), .userDefined([.nan]),
            .percentiles([50, 150]), .percentiles([]), .boxPlot(hinge: -1), .boxPlot(hinge: .nan),
            .standardDeviation(multiples: [1, -1]),
        ] {
            #expect(throws: ClassificationError.self, "\(scheme)") {
                try Classification(values: values, scheme: scheme)
            }
        }
    }

    @Test("infinite values are an error, not a class")
    func infinite() {
        #expect(throws: ClassificationError.infiniteValues(count: 1)) {
            try Classification(values: [1, .infinity, 2], scheme: .quantiles(k: 2))
        }
    }

    @Test("values near the largest Double do not trap, and every value gets a class")
    func extremes() throws {
        let values: [Double?] = [-1.7e308, -1e300, 0, 1e300, 1.7e308]
        for scheme: ClassificationScheme in [
            .equalInterval(k: 5), .quantiles(k: 4), .fisherJenks(k: 3),
            .boxPlot(), .standardDeviation(), .headTailBreaks, .maximumBreaks(k: 3), .pretty(k: 5),
        ] {
            let classification = try Classification(values: values, scheme: scheme)
            #expect(classification.counts.reduce(0, +) == 5, "\(scheme)")
        }
    }

    @Test("error messages say how to fix the problem")
    func messages() {
        let message = ClassificationError.tooFewDistinctValues(scheme: "Fisher-Jenks", k: 7, distinct: 4).description
        #expect(message.contains("k = 7") && message.contains("only 4") && message.contains("fewer classes"))
    }
}
