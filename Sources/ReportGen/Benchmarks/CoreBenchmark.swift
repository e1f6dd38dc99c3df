import IndicatorData
import Layout

/// Times the computational core of maps on data of a real city's size (542 areas, about 100,000 vertices),
/// for comparing builds and changes; run it from a release build.
public enum CoreBenchmark {
    public struct Timing: Sendable, Hashable, CustomStringConvertible {
        public var name: String
        /// The fastest of the repetitions, in milliseconds.
        public var milliseconds: Double

        public var description: String {
            name + ": " + String(Int((milliseconds * 1000).rounded())) + " µs"
        }
    }

    public static func run(repetitions: Int = 5) throws -> [Timing] {
        let repetitions = max(repetitions, 1)
        let grid = SyntheticAreas.grid(columns: 23, rows: 24, pointsPerEdge: 45)
        let map = grid.filter { grid.keys.sorted().prefix(542).contains($0.key) }
        let values: [Double?] = (0..<542).map { (Double($0) * 7.31).truncatingRemainder(dividingBy: 97.3) }
        let periods = (0..<10).map { period in values.map { $0.map { $0 + Double(period) } } }
        let vertices = map.values.reduce(0) { $0 + $1.vertexCount }
        var timings = [
            try time("Fisher-Jenks, k = 5, 542 values", repetitions) {
                _ = try Classification(values: values, scheme: .fisherJenks(k: 5))
            },
            try time("Fisher-Jenks, k = 7, pooled over 10 periods (5,420 values)", repetitions) {
                _ = try Classification(pooling: periods, scheme: .fisherJenks(k: 7))
            },
            try time("Quantiles, k = 5, 542 values", repetitions) {
                _ = try Classification(values: values, scheme: .quantiles(k: 5))
            },
        ]
        // 25 m is a quarter point on a 400 pt wide map of a 40 km city; 2.5 m keeps far more vertices.
        for tolerance in [25.0, 2.5] {
            let name = "Simplification at \(tolerance) m, \(map.count) areas, \(vertices) vertices"
            timings.append(try time(name, repetitions) { _ = TopologySimplifier(tolerance: tolerance).simplify(map) })
        }
        return timings
    }

    private static func time(_ name: String, _ repetitions: Int, _ work: () throws -> Void) throws -> Timing {
        let clock = ContinuousClock()
        var fastest = Duration.seconds(Int64.max)
        for _ in 0..<repetitions {
            let elapsed = try clock.measure(work)
            fastest = min(fastest, elapsed)
        }
        let (seconds, attoseconds) = fastest.components
        return Timing(name: name, milliseconds: Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
