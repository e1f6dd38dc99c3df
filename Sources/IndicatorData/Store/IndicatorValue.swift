import Values

/// Whether a value may be shown.
public enum ValueStatus: String, Sendable, Codable, CaseIterable {
    /// A number that may be published.
    case valid
    /// No value was delivered (an empty cell, `–`, `.`).
    case missing
    /// Withheld by disclosure control or delivered as secret; shown as "k. A.".
    case suppressed
    /// Delivered but marked as unusable by the source (e.g. MSS `-9999`, "ungültig").
    case invalid
}

/// One value of an indicator for an area and a period, as a report may show it.
///
/// `value`, `numerator` and `denominator` are nil unless `status` is `.valid`: a suppressed number never leaves
/// the store. For ratios the denominator is the base (e.g. residents); for weighted means it is the weight
/// (e.g. the number of children under 15 for child poverty).
public struct IndicatorValue: Hashable, Sendable {
    public var value: Double?
    public var numerator: Double?
    public var denominator: Double?
    public var status: ValueStatus
    /// Why a value is suppressed ("primär: Fallzahl unter 3"), or that an aggregate lacks some children
    /// ("aus 3 von 4 Teilgebieten"), for footnotes.
    public var note: String?

    public init(
        value: Double?, numerator: Double? = nil, denominator: Double? = nil, status: ValueStatus, note: String? = nil
    ) {
        self.value = status == .valid ? value : nil
        self.numerator = status == .valid ? numerator : nil
        self.denominator = status == .valid ? denominator : nil
        self.status = status
        self.note = note
    }

    public static let missing = IndicatorValue(value: nil, status: .missing)
}

/// How a value came into the store.
public enum ValueOrigin: String, Sendable, Codable {
    case imported, aggregated, computed
}

/// A value withheld by disclosure control, with the reason.
public struct Suppression: Hashable, Sendable {
    public var indicator: String
    public var area: AreaID
    public var period: Period
    public var reason: String
}

/// Identifies one value: indicator, area, period.
package struct ValueKey: Hashable, Sendable {
    package var indicator: String
    package var area: AreaID
    package var period: Period
}
