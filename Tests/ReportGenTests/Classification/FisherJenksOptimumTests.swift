import Testing

@testable import ReportGen

/// The sum of squared deviations from the class means when `sorted` is cut after the given class ends.
private func squaredDeviations(_ sorted: [Double], ends: [Double]) -> Double {
    var total = 0.0
    var lower = -Double.infinity
    for end in ends {
        let members = sorted.filter { $0 > lower && $0 <= end }
        let mean = members.reduce(0, +) / Double(max(members.count, 1))
        total += members.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        lower = end
    }
    return total
}

/// The least squared deviations over every way of cutting `sorted` into `k` runs, by brute force.
private func bruteForceMinimum(_ sorted: [Double], k: Int) -> Double {
    func best(_ values: ArraySlice<Double>, _ k: Int) -> Double {
        if k == 1 {
            let mean = values.reduce(0, +) / Double(values.count)
            return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        }
        var result = Double.infinity
        for cut in (values.startIndex + 1)..<(values.endIndex - k + 2) {
            result = min(result, best(values[..<cut], 1) + best(values[cut...], k - 1))
        }
        return result
    }
    return best(sorted[...], k)
}

@Suite("Fisher-Jenks is the exact optimum")
struct FisherJenksOptimumTests {
    @Test("on pseudo-random data the breaks reach the brute-force minimum", arguments: 1...12)
    func matchesBruteForce(seed: Int) throws {
        var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1
        let values: [Double] = (0..<11).map { _ in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 40 % 1000) / 7
        }
        let sorted = values.sorted()
        for k in 2...5 {
            let classification = try Classification(values: values, scheme: .fisherJenks(k: k))
            let found = squaredDeviations(sorted, ends: classification.breaks)
            #expect(abs(found - bruteForceMinimum(sorted, k: k)) <= 1e-9 * max(1, found), "k = \(k)")
        }
    }
}
