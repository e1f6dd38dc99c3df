import Values

/// How the store computes an indicator from others, at every level, after aggregating the operands.
public enum Formula: Hashable, Sendable, Codable {
    /// The sum of other counts, e.g. children under 15 = under 6 + 6 to 15.
    case sum([OperandRef])
    /// numerator / denominator × factor (100 for shares, e.g. the old-age dependency ratio).
    case quotient(numerator: OperandRef, denominator: OperandRef, factor: Double)
    /// The difference between two periods (`relative`: in percent of the earlier value).
    case change(of: String, from: Period, to: Period, relative: Bool)
    /// A composite index: the mean of the operands' z-scores among the areas of the same level.
    /// A leading `-` in the YAML list inverts an operand.
    case zScore([OperandRef], inverted: Set<String>)
    /// A declared small-area index (see `IndexMethod`).
    case index(IndexMethod)
    /// Classes of another indicator's values (see `ClassMethod`).
    case classes(ClassMethod)
    /// The combination of two class indicators, e.g. status × dynamics: first class × 10 + second class (23 is
    /// status class 2 with dynamics class 3).
    case cross([String])

    private enum CodingKeys: String, CodingKey {
        case sum, share, quotient, change, zScore = "z-score", index, classes, cross
    }

    private struct QuotientSpec: Codable {
        var numerator: OperandRef
        var denominator: OperandRef
        var factor: Double?
    }

    private struct ChangeSpec: Codable {
        var of: String
        var from: Period
        var to: Period
        var relative: Bool?
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        if let operands = try c.decodeIfPresent([OperandRef].self, forKey: .sum) {
            self = .sum(operands)
        } else if let share = try c.decodeIfPresent(QuotientSpec.self, forKey: .share) {
            self = .quotient(numerator: share.numerator, denominator: share.denominator, factor: share.factor ?? 100)
        } else if let quotient = try c.decodeIfPresent(QuotientSpec.self, forKey: .quotient) {
            self = .quotient(
                numerator: quotient.numerator, denominator: quotient.denominator, factor: quotient.factor ?? 1)
        } else if let change = try c.decodeIfPresent(ChangeSpec.self, forKey: .change) {
            self = .change(of: change.of, from: change.from, to: change.to, relative: change.relative ?? false)
        } else if let names = try c.decodeIfPresent([String].self, forKey: .zScore) {
            let inverted = Set(names.filter { $0.hasPrefix("-") }.map { String($0.dropFirst()) })
            let operands = names.map { name in
                OperandRef(indicator: name.hasPrefix("-") ? String(name.dropFirst()) : name, period: nil)
            }
            self = .zScore(operands, inverted: inverted)
        } else if let method = try c.decodeIfPresent(IndexMethod.self, forKey: .index) {
            self = .index(method)
        } else if let method = try c.decodeIfPresent(ClassMethod.self, forKey: .classes) {
            self = .classes(method)
        } else if let pair = try c.decodeIfPresent([String].self, forKey: .cross) {
            self = .cross(pair)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "use one of sum, share, quotient, change, z-score, index, classes, cross"
                ))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .sum(let operands):
            try c.encode(operands, forKey: .sum)
        case .quotient(let numerator, let denominator, let factor):
            try c.encode(
                QuotientSpec(numerator: numerator, denominator: denominator, factor: factor), forKey: .quotient)
        case .change(let of, let from, let to, let relative):
            try c.encode(ChangeSpec(of: of, from: from, to: to, relative: relative), forKey: .change)
        case .zScore(let operands, let inverted):
            let names = operands.map { inverted.contains($0.indicator) ? "-\($0.indicator)" : $0.indicator }
            try c.encode(names, forKey: .zScore)
        case .index(let method):
            try c.encode(method, forKey: .index)
        case .classes(let method):
            try c.encode(method, forKey: .classes)
        case .cross(let pair):
            try c.encode(pair, forKey: .cross)
        }
    }

    /// The indicators this formula reads.
    public var operands: [OperandRef] {
        switch self {
        case .sum(let operands), .zScore(let operands, _): operands
        case .quotient(let numerator, let denominator, _): [numerator, denominator]
        case .change(let of, let from, let to, _):
            [OperandRef(indicator: of, period: from), OperandRef(indicator: of, period: to)]
        case .index(let method):
            method.components.map { OperandRef(indicator: $0.indicator, period: nil) }
                + (method.base.map { [$0.indicator] } ?? [])
        case .classes(let method): [OperandRef(indicator: method.of, period: nil)]
        case .cross(let pair): pair.map { OperandRef(indicator: $0, period: nil) }
        }
    }

    /// The aggregation a computed indicator behaves like (used for disclosure control).
    var aggregation: Aggregation {
        switch self {
        case .sum: .sum
        case .quotient(_, _, let factor): .ratio(factor: factor)
        case .change, .zScore, .index, .classes, .cross: .none
        }
    }
}
