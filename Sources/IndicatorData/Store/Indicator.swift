import Values

/// An indicator of the catalogue with the metadata reports need (source line, unit, rounding, polarity, …).
public struct Indicator: Hashable, Sendable, Codable {
    public enum Role: String, Hashable, Sendable, Codable { case core, supplementary }
    public enum Scale: String, Hashable, Sendable, Codable { case metric, categorical }
    public enum Visibility: String, Hashable, Sendable, Codable { case `public`, `internal` }

    public var key: String
    public var name: String
    public var shortName: String
    public var unit: String
    public var decimals: Int
    /// KECK topic, e.g. "Soziale Lage".
    public var topic: String
    /// Cell of the education indicator model, e.g. "C7".
    public var modelCell: String?
    public var role: Role
    public var scale: Scale
    public var polarity: Polarity
    public var aggregation: Aggregation
    /// Set for indicators the store computes from others.
    public var formula: Formula?
    public var source: String
    /// Sources of single periods where a time series joins publications, by ISO date (`2017-12-31`).
    public var periodSources: [String: String]
    public var referenceDate: Period?
    public var visibility: Visibility
    /// Values whose case count is below this are suppressed (see `Aggregation.caseCount`).
    public var minimumCount: Double?
    public var description: String?
    /// Labels of the values of a categorical indicator, e.g. `1: hoch` … `4: sehr niedrig`.
    public var categories: [String: String]
    /// Delivered counts whose sum is this count in every area (`einwohner`: its eight age groups), so that
    /// disclosure control keeps a withheld part from being recomputed as the total minus the others.
    public var parts: [String]
    /// A rate of an area whose base (e.g. its inhabitants) is below the minimum is an artefact, not a finding:
    /// it is stored as invalid ("k. A.") and left out of every statistic.
    public var minimumBase: MinimumBase?

    enum CodingKeys: String, CodingKey {
        case key, name, unit, decimals, topic, role, scale, polarity, aggregation, formula, source, visibility
        case description, categories, parts
        case shortName = "short-name"
        case modelCell = "model-cell"
        case referenceDate = "reference-date"
        case periodSources = "period-sources"
        case minimumCount = "minimum-count"
        case minimumBase = "minimum-base"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        name = try c.decode(String.self, forKey: .name)
        shortName = try c.decodeIfPresent(String.self, forKey: .shortName) ?? name
        unit = try c.decodeIfPresent(String.self, forKey: .unit) ?? ""
        decimals = try c.decodeIfPresent(Int.self, forKey: .decimals) ?? 0
        topic = try c.decode(String.self, forKey: .topic)
        modelCell = try c.decodeIfPresent(String.self, forKey: .modelCell)
        role = try c.decodeIfPresent(Role.self, forKey: .role) ?? .core
        scale = try c.decodeIfPresent(Scale.self, forKey: .scale) ?? .metric
        polarity = try c.decodeIfPresent(Polarity.self, forKey: .polarity) ?? .neutral
        formula = try c.decodeIfPresent(Formula.self, forKey: .formula)
        aggregation = try c.decodeIfPresent(Aggregation.self, forKey: .aggregation) ?? formula?.aggregation ?? .none
        source = try c.decode(String.self, forKey: .source)
        periodSources = try c.decodeIfPresent([String: String].self, forKey: .periodSources) ?? [:]
        referenceDate = try c.decodeIfPresent(Period.self, forKey: .referenceDate)
        visibility = try c.decodeIfPresent(Visibility.self, forKey: .visibility) ?? .public
        minimumCount = try c.decodeIfPresent(Double.self, forKey: .minimumCount)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        categories = try c.decodeIfPresent([String: String].self, forKey: .categories) ?? [:]
        parts = try c.decodeIfPresent([String].self, forKey: .parts) ?? []
        minimumBase = try c.decodeIfPresent(MinimumBase.self, forKey: .minimumBase)
        if let minimumCount, !(0...1_000_000_000).contains(minimumCount) {
            throw DecodingError.dataCorruptedError(
                forKey: .minimumCount, in: c, debugDescription: "minimum-count must be 0…1000000000")
        }
        guard (0...6).contains(decimals) else {
            throw DecodingError.dataCorruptedError(forKey: .decimals, in: c, debugDescription: "decimals must be 0…6")
        }
    }
}

extension Indicator {
    /// The source of the values of `period`: its own entry of `period-sources`, else `source`.
    public func source(of period: Period?) -> String {
        period.flatMap { periodSources[$0.iso] } ?? source
    }
}

/// A reference to another indicator, optionally at a fixed period: `ew_u15` or `ew_u15@2022-06-30`.
public struct OperandRef: Hashable, Sendable, Codable, CustomStringConvertible {
    public var indicator: String
    public var period: Period?

    public init(indicator: String, period: Period?) {
        self.indicator = indicator
        self.period = period
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: "@", maxSplits: 1).map(String.init)
        indicator = parts.first ?? ""
        period = nil
        if parts.count == 2 {
            guard let fixed = Period(parts[1]) else {
                throw DecodingError.dataCorrupted(
                    .init(
                        codingPath: decoder.codingPath, debugDescription: "'\(text)': write indicator@YYYY-MM-DD"))
            }
            period = fixed
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String { period.map { "\(indicator)@\($0.iso)" } ?? indicator }
}
