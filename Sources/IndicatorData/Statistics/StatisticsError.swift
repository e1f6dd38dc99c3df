/// Why a statistic could not be computed; each message says how to fix it.
public enum StatisticsError: Error, Hashable, Sendable, CustomStringConvertible {
    case lengthMismatch(x: Int, y: Int)
    case tooFewPairs(count: Int)
    case noSpread(count: Int)
    case infiniteValues(count: Int)

    public var description: String {
        switch self {
        case .lengthMismatch(let x, let y):
            return "There are \(x) x values but \(y) y values: give one pair per area."
        case .tooFewPairs(let count):
            return "A regression line needs at least 2 areas with both values, there are \(count): "
                + "choose more areas or indicators with fewer gaps."
        case .noSpread(let count):
            return "All \(count) areas have the same x value (or values too large to square): "
                + "a line cannot be fitted; choose another indicator for the x axis."
        case .infiniteValues(let count):
            return "\(count) pair(s) contain an infinite value, probably a division by zero: "
                + "mark them as missing or fix the denominator."
        }
    }
}
