/// Class breaks for a choropleth map, with the closure of the intervals and how many values fall in each class.
///
/// Class `i` ends at `breaks[i]`. With `.right` closure it is `(breaks[i − 1], breaks[i]]` and the first class is
/// `[lowerBound, breaks[0]]`; with `.left` closure it is `[breaks[i − 1], breaks[i])`, the first class starts at
/// `lowerBound` and the last class is closed. Values below the lower bound belong to the first class.
public struct Classification: Sendable, Hashable {
    /// The smallest classified value: where the first class begins in legends.
    public let lowerBound: Double
    /// The largest classified value: where the class holding it ends in legends.
    public let upperBound: Double
    /// The upper bound of each class, strictly increasing; the last one is at least the largest value.
    public let breaks: [Double]
    public let closure: IntervalClosure
    /// How many values fall in each class.
    public let counts: [Int]
    /// How many values were missing (nil or NaN) and are in no class.
    public let missingCount: Int
    /// The decimals values are published with: values are classified as published and breaks are rounded
    /// alike, so that every published value lies in the class its legend label names. Nil classifies raw values.
    public var decimals: Int? { rounding?.decimals }
    private let rounding: DecimalRounding?

    public var classCount: Int { breaks.count }

    /// Classifies `values`; nil and NaN count as missing. With `decimals`, values and breaks are rounded to
    /// the published precision first (see `decimals`).
    public init(
        values: [Double?], scheme: ClassificationScheme, closure: IntervalClosure = .right, decimals: Int? = nil
    ) throws {
        let rounding = decimals.map(DecimalRounding.init)
        let sample = try SortedSample(rounding.map { rounding in values.map { $0.map(rounding.round) } } ?? values)
        var breaks: [Double] = []
        for bound in try scheme.upperBounds(for: sample) {
            let bound = rounding?.round(bound) ?? bound
            if bound > (breaks.last ?? -.infinity) { breaks.append(bound) }
        }
        if let last = breaks.last, last < sample.maximum { breaks.append(sample.maximum) }
        self.init(
            lowerBound: sample.minimum, upperBound: sample.maximum, breaks: breaks, closure: closure, counts: [],
            missingCount: 0, rounding: rounding)
        self = counting(values)
    }

    /// One classification for several value sets (periods, or all areas of a batch), so that every map of a
    /// report uses the same breaks; the counts are over all sets.
    public init(
        pooling valueSets: [[Double?]], scheme: ClassificationScheme, closure: IntervalClosure = .right,
        decimals: Int? = nil
    ) throws {
        try self.init(values: valueSets.flatMap { $0 }, scheme: scheme, closure: closure, decimals: decimals)
    }

    private init(
        lowerBound: Double, upperBound: Double, breaks: [Double], closure: IntervalClosure, counts: [Int],
        missingCount: Int, rounding: DecimalRounding?
    ) {
        self.lowerBound = lowerBound
        self.upperBound = upperBound
        self.breaks = breaks
        self.closure = closure
        self.counts = counts
        self.missingCount = missingCount
        self.rounding = rounding
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
            lowerBound: lowerBound, upperBound: upperBound, breaks: breaks, closure: closure, counts: counts,
            missingCount: missing, rounding: rounding)
    }

    /// The class of `value` (rounded first when `decimals` is set), or nil when it is missing (nil or NaN) or above
    /// the last break.
    public func classIndex(of value: Double?) -> Int? {
        guard let raw = value, !raw.isNaN, let last = breaks.last else { return nil }
        let value = rounding?.round(raw) ?? raw
        guard value <= last else { return nil }
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
