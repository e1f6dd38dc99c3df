/// How an indicator's values of child areas combine into the value of their parent.
public enum Aggregation: Hashable, Sendable, Codable {
    /// Counts: the parent's value is the sum of its children's values.
    case sum
    /// Ratios: sum of numerators over sum of denominators, times `factor` (100 for percentages).
    case ratio(factor: Double)
    /// Shares delivered without numerator: mean of the children's values weighted by another indicator,
    /// e.g. child poverty weighted by the number of children under 15.
    case weightedMean(weight: OperandRef)
    /// Not aggregable (indices, categorical values): higher levels need their own delivered values.
    case none

    private enum CodingKeys: String, CodingKey {
        case ratio
        case weightedMean = "weighted-mean"
    }

    public init(from decoder: any Decoder) throws {
        if let word = try? decoder.singleValueContainer().decode(String.self) {
            switch word {
            case "sum": self = .sum
            case "none": self = .none
            case "ratio": self = .ratio(factor: 100)
            default:
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath,
                        debugDescription: "'\(word)': use sum, ratio, none or { weighted-mean: weight-indicator }"))
            }
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let factor = try c.decodeIfPresent(Double.self, forKey: .ratio) {
            self = .ratio(factor: factor)
        } else {
            self = .weightedMean(weight: try c.decode(OperandRef.self, forKey: .weightedMean))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .sum:
            var c = encoder.singleValueContainer()
            try c.encode("sum")
        case .none:
            var c = encoder.singleValueContainer()
            try c.encode("none")
        case .ratio(let factor):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(factor, forKey: .ratio)
        case .weightedMean(let weight):
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(weight, forKey: .weightedMean)
        }
    }

    /// Whether a parent's value follows from its children, so that disclosure control must protect
    /// suppressed children against subtraction.
    public var isAdditive: Bool {
        switch self {
        case .sum, .ratio, .weightedMean: true
        case .none: false
        }
    }
}
