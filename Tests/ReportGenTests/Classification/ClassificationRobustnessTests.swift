import CairoBridge
import Testing

@testable import ReportGen

/// A small deterministic generator (PCG-style LCG), so that failures can be replayed.
private struct Generator {
    var state: UInt64

    mutating func next(below bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }

    /// Values with ties, gaps, negatives, missing entries and the occasional extreme.
    mutating func values() -> [Double?] {
        (0..<next(below: 40)).map { _ -> Double? in
            switch next(below: 12) {
            case 0: nil
            case 1: .nan
            case 2: Double(next(below: 3))
            case 3: 1e300 * Double(next(below: 3) - 1)
            default: Double(next(below: 2000) - 500) / Double(1 + next(below: 50))
            }
        }
    }

    mutating func scheme() -> ClassificationScheme {
        let k = next(below: 12) - 1
        switch next(below: 10) {
        case 0: return .equalInterval(k: k)
        case 1: return .quantiles(k: k)
        case 2: return .fisherJenks(k: k)
        case 3: return .boxPlot(hinge: Double(next(below: 4)))
        case 4: return .percentiles([10, 50, Double(next(below: 120))])
        case 5: return .standardDeviation()
        case 6: return .headTailBreaks
        case 7: return .maximumBreaks(k: k)
        case 8: return .pretty(k: k)
        default: return .userDefined([Double(next(below: 100)), 100])
        }
    }
}

@Suite("classification never traps")
struct ClassificationRobustnessTests {
    @Test("random values and schemes: a ClassificationError or a consistent result", arguments: 0..<40)
    func randomInput(seed: Int) throws {
        var generator = Generator(state: UInt64(seed))
        var classified = 0
        for _ in 0..<25 {
            let values = generator.values()
            let scheme = generator.scheme()
            let closure: IntervalClosure = generator.next(below: 2) == 0 ? .left : .right
            let classification: Classification
            do {
                classification = try Classification(values: values, scheme: scheme, closure: closure)
            } catch is ClassificationError {
                continue
            }
            let present = values.compactMap { $0 }.filter { !$0.isNaN }
            #expect(zip(classification.breaks, classification.breaks.dropFirst()).allSatisfy { $0 < $1 })
            #expect((classification.breaks.last ?? -.infinity) >= (present.max() ?? .infinity))
            #expect(classification.counts.reduce(0, +) == present.count, "\(scheme) \(values)")
            #expect(classification.missingCount == values.count - present.count)
            let colors = [Color](repeating: .black, count: classification.classCount)
            let legend = try Legend(classification: classification, colors: colors)
            #expect(legend.entries.count >= classification.classCount)
            classified += 1
        }
        #expect(classified > 0)
    }
}
