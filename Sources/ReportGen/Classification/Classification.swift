/// Class breaks for a choropleth map, with the closure of the intervals and how many values fall in each class.
///
/// Class `i` ends at `breaks[i]`. With `.right` closure it is `(breaks[i − 1], breaks[i]]` and the first class is
/// `[lowerBound, breaks[0]]`; with `.left` closure it is `[breaks[i − 1], breaks[i])`, the first class starts at
/// `lowerBound` and the last class is closed. Values below the lower bound belong to the first class.
public struct Classification: Sendable, Hashable {
    /// The smallest classified value: where the first class begins in legends.
    public let lowerBound: Double
    /// The upper bound of each class, strictly increasing; the last one is at least the largest value.
    public let breaks: [Double]
    public let closure: IntervalClosure
    /// How many values fall in each class.
    public let counts: [Int]
    /// How many values were missing (nil or NaN) and are in no class.
    public let missingCount: Int

    public var classCount: Int { breaks.count }

    /// Classifies `values`; nil and NaN count as missing.
    public init(values: [Double?], scheme: ClassificationScheme, closure: IntervalClosure = .right) throws {
        let sample = try SortedSample(values)
        var breaks: [Double] = []
        for bound in try scheme.upperBounds(for: sample) where bound > (breaks.last ?? -.infinity) {
            breaks.append(bound)
        }
        if let last = breaks.last, last < sample.maximum { breaks.append(sample.maximum) }
        self.init(lowerBound: sample.minimum, breaks: breaks, closure: closure, counts: [], missingCount: 0)
        self = counting(values)
    }

    /// One classification for several value sets (periods, or all areas of a batch), so that every map of a
    /// report uses the same breaks; the counts are over all sets.
    public init(pooling valueSets: [[Double?]], scheme: ClassificationScheme, closure: IntervalClosure = .right)
        throws
    {
        try self.init(values: valueSets.flatMap { $0 }, scheme: scheme, closure: closure)
    }

    private init(lowerBound: Double, breaks: [Double], closure: IntervalClosure, counts: [Int], missingCount: Int) {
        self.lowerBound = lowerBound
        self.breaks = breaks
        self.closure = closure
        self.counts = counts
        self.missingCount = missingCount
    }

    /// The same breaks with the counts of `values`: for the map of one period or area from a pooled classification.
    /// Values above the last break are in no class and not counted.
    public func counting(_ values: [Double?]) -> Classification {
        var counts = [Int](repeating: 0, count: breaks.count)
        var missing = 0
        for value in values {
            guard let value, !value.isNaN else {
                missing += 1
                continue
            }
            if let index = classIndex(of: value) { counts[index] += 1 }
        }
        return Classification(
            lowerBound: lowerBound, breaks: breaks, closure: closure, counts: counts, missingCount: missing)
    }

    /// The class of `value`, or nil when it is missing (nil or NaN) or above the last break.
    public func classIndex(of value: Double?) -> Int? {
        guard let value, !value.isNaN, let last = breaks.last, value <= last else { return nil }
        // The first class whose upper bound takes the value: `value <= bound` (right) or `value < bound` (left).
        var low = 0
        var high = breaks.count - 1
        while low < high {
            let middle = (low + high) / 2
            let takes = closure == .right ? value <= breaks[middle] : value < breaks[middle]
            if takes { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The lower end of class `index` (the lower bound or the previous break).
    public func lowerEnd(ofClass index: Int) -> Double {
        index <= 0 ? lowerBound : breaks[min(index, breaks.count) - 1]
    }
}
