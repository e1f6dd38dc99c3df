/// The finite values to classify, sorted ascending and never empty.
struct SortedSample: Sendable {
    let values: [Double]

    /// Sorts the present values (neither nil nor NaN); throws when none are left or some are infinite.
    init(_ values: [Double?]) throws {
        let infinite = values.count { $0?.isInfinite == true }
        guard infinite == 0 else { throw ClassificationError.infiniteValues(count: infinite) }
        let finite = values.compactMap { $0 }.filter { !$0.isNaN }
        guard !finite.isEmpty else { throw ClassificationError.noValues(missing: values.count) }
        self.values = finite.sorted()
    }

    var minimum: Double { values[0] }
    var maximum: Double { values[values.count - 1] }

    var mean: Double {
        let count = Double(values.count)
        let sum = values.reduce(0, +)
        // Dividing first avoids overflow when the sum exceeds the largest Double.
        return sum.isFinite ? sum / count : values.reduce(0) { $0 + $1 / count }
    }

    /// The sample standard deviation (n − 1 in the denominator), 0 for a single value.
    var sampleStandardDeviation: Double {
        guard values.count > 1 else { return 0 }
        let mean = self.mean
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }

    /// The distinct values with how often each occurs, ascending.
    var distinctValues: [(value: Double, count: Int)] {
        var result: [(value: Double, count: Int)] = []
        for value in values {
            if let last = result.last, last.value == value {
                result[result.count - 1].count += 1
            } else {
                result.append((value, 1))
            }
        }
        return result
    }

    /// The `percent` percentile by linear interpolation between order statistics
    /// (NumPy's default, R quantile type 7, `scipy.stats.scoreatpercentile`); `percent` is clamped to 0…100.
    func percentile(_ percent: Double) -> Double {
        let fraction = percent.isNaN ? 0 : min(max(percent, 0), 100) / 100
        let position = fraction * Double(values.count - 1)
        let below = position.rounded(.down)
        let index = min(Int(below), values.count - 1)
        let weight = position - below
        guard weight > 0, index + 1 < values.count else { return values[index] }
        return values[index] + weight * (values[index + 1] - values[index])
    }
}
