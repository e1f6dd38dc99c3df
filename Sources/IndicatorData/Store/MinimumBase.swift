import Values

/// The smallest base a delivered rate needs to be published: `minimum-base: { indicator: einwohner, count: 300 }`
/// makes a share of an area with fewer than 300 inhabitants "k. A." (MSS publishes such areas as "ungültig").
public struct MinimumBase: Hashable, Sendable, Codable {
    /// The indicator that counts the base, optionally at a fixed period (`einwohner@2022-06-30`).
    public var indicator: OperandRef
    public var count: Double

    public init(indicator: OperandRef, count: Double) {
        self.indicator = indicator
        self.count = count
    }

    /// The note of a value left out, e.g. "weniger als 300 Einwohner", from the base indicator's short name.
    public func note(baseName: String) -> String {
        "weniger als \(GermanNumberFormat.number(count)) \(baseName)"
    }

    /// The reason a figure gives for areas left out: "1 Gebiet mit weniger als 300 Einwohnern nicht berücksichtigt".
    public func omission(areas: Int, baseName: String) -> String {
        let noun = areas == 1 ? "Gebiet" : "Gebiete"
        let dative = baseName.hasSuffix("n") || baseName.hasSuffix("s") ? baseName : baseName + "n"
        return "\(areas) \(noun) mit weniger als \(GermanNumberFormat.number(count)) \(dative) nicht berücksichtigt"
    }
}

extension MinimumBase {
    /// Throws unless every `minimum-base` names an indicator of the catalogue.
    static func validate(_ indicators: [Indicator], file: String) throws {
        let keys = Set(indicators.map(\.key))
        for rule in indicators.compactMap(\.minimumBase) where !keys.contains(rule.indicator.indicator) {
            throw DataError.unknownIndicator(
                file: file, indicator: rule.indicator.indicator,
                suggestions: Suggestions.nearest(to: rule.indicator.indicator, in: Array(keys)))
        }
    }
}
