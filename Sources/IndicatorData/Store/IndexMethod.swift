/// A small-area index declared in the catalogue (`formula: { index: … }`): each component is z-standardised over
/// the areas of one level that reach the base (e.g. at least 300 inhabitants) and have every component, and the
/// z-scores are combined by a weighted sum or mean. The Berlin MSS Status-Index is the sum of three such z-scores.
public struct IndexMethod: Hashable, Sendable, Codable {
    public enum Combination: String, Hashable, Sendable, Codable { case sum, mean }

    public var level: String
    public var components: [IndexComponent]
    /// Areas whose base value is below `minimum` get no index and do not enter the standardisation.
    public var base: IndexBase?
    public var combine: Combination

    private enum CodingKeys: String, CodingKey { case level, components, base, combine }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        level = try c.decode(String.self, forKey: .level)
        components = try c.decode([IndexComponent].self, forKey: .components)
        base = try c.decodeIfPresent(IndexBase.self, forKey: .base)
        combine = try c.decodeIfPresent(Combination.self, forKey: .combine) ?? .sum
    }
}

/// One indicator of an index: `arbeitslosigkeit`, `-wohndauer` (inverted: a high value lowers the index) or
/// `{ indicator: kinderarmut, weight: 2, inverted: false }`.
public struct IndexComponent: Hashable, Sendable, Codable {
    public var indicator: String
    public var weight: Double
    public var inverted: Bool

    private enum CodingKeys: String, CodingKey { case indicator, weight, inverted }

    public init(from decoder: any Decoder) throws {
        if let name = try? decoder.singleValueContainer().decode(String.self) {
            inverted = name.hasPrefix("-")
            indicator = inverted ? String(name.dropFirst()) : name
            weight = 1
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        indicator = try c.decode(String.self, forKey: .indicator)
        weight = try c.decodeIfPresent(Double.self, forKey: .weight) ?? 1
        inverted = try c.decodeIfPresent(Bool.self, forKey: .inverted) ?? false
    }
}

/// The areas an index is computed for: those whose `indicator` (at the index's period unless `@date`) is at least
/// `minimum`.
public struct IndexBase: Hashable, Sendable, Codable {
    public var indicator: OperandRef
    public var minimum: Double
}

/// Classes of an indicator (`formula: { classes: … }`), numbered 1, 2, … from low to high values; the class
/// indicator's `categories` name them. Exactly one rule: `standard-deviations` (limits in standard deviations
/// around the mean of the level's areas), `limits` (fixed values) or `quantiles` (that many classes of equal size;
/// a value's class is 1 + ⌊k · (number of smaller values) / n⌋, so equal values share a class).
/// A value equal to a limit belongs to the class above it.
public struct ClassMethod: Hashable, Sendable, Codable {
    public var of: String
    public var standardDeviations: [Double]?
    public var limits: [Double]?
    public var quantiles: Int?

    private enum CodingKeys: String, CodingKey {
        case of
        case standardDeviations = "standard-deviations"
        case limits, quantiles
    }

    /// How many classes the rule makes.
    public var count: Int {
        quantiles ?? ((standardDeviations ?? limits)?.count ?? 0) + 1
    }
}
