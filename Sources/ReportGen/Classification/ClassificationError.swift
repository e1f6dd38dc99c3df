/// Why values could not be classified; each message says what is wrong and how to fix it.
public enum ClassificationError: Error, Hashable, Sendable, CustomStringConvertible {
    case noValues(missing: Int)
    case infiniteValues(count: Int)
    case invalidClassCount(scheme: String, k: Int)
    case tooFewDistinctValues(scheme: String, k: Int, distinct: Int)
    case invalidBreaks([Double])
    case invalidPercentiles([Double])
    case invalidHinge(Double)
    case invalidMultiples([Double])

    public var description: String {
        switch self {
        case .noValues(let missing):
            return "There are no values to classify (\(missing) missing): check the indicator, period and areas."
        case .infiniteValues(let count):
            return "\(count) value(s) are infinite, probably a division by zero: "
                + "mark them as missing or fix the denominator."
        case .invalidClassCount(let scheme, let k):
            return "\(scheme) with k = \(k) is not possible: "
                + "choose between 1 and \(ClassificationLimits.maximumClassCount) classes."
        case .tooFewDistinctValues(let scheme, let k, let distinct):
            return "\(scheme) with k = \(k) needs at least \(k) distinct values, there are only \(distinct): "
                + "choose fewer classes."
        case .invalidBreaks(let breaks):
            return "User-defined breaks \(breaks) must be finite and strictly increasing: "
                + "sort them and remove duplicates."
        case .invalidPercentiles(let percentiles):
            return "Percentiles \(percentiles) must be strictly increasing numbers from 0 to 100."
        case .invalidHinge(let hinge):
            return "The box plot hinge \(hinge) must be a finite number of at least 0 (usual: 1.5 or 3.0)."
        case .invalidMultiples(let multiples):
            return "Standard deviation multiples \(multiples) must be finite, strictly increasing and not empty "
                + "(usual: -2, -1, 1, 2)."
        }
    }
}
