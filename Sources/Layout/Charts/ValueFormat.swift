/// How a chart writes the values it labels itself (line ends, scatter annotations, alt text): decimals and a
/// unit after a no-break space, in German format. ReportGen chooses it from the indicator's metadata.
public struct ValueFormat: Hashable, Sendable {
    public var decimals: Int
    /// E.g. "%" or "Kinder"; empty for none.
    public var unit: String

    public init(decimals: Int = 1, unit: String = "") {
        self.decimals = decimals
        self.unit = unit
    }

    public static let percent = ValueFormat(decimals: 1, unit: "%")

    /// "24,6 %", or `missing` (the document's word, e.g. "k. A.") for nil and non-finite values.
    public func string(_ value: Double?, missing: String) -> String {
        guard let value, value.isFinite else { return missing }
        let number = GermanNumberFormat.number(value, decimals: decimals)
        return unit.isEmpty ? number : number + "\u{00A0}" + unit
    }
}
