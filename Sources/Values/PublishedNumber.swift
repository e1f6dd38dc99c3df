/// A number as a document prints it (`1.234`, `12,3 %`, `−0,85`, `+1,2 Prozentpunkte`), read back: its value,
/// the decimals it was printed with and its unit. The inverse of `GermanNumberFormat`, for the formats that
/// hand numbers on (XLSX cells, CSV data): they carry exactly the number the reader sees, rounded as published.
///
/// Only what `GermanNumberFormat` writes is a number: thousands grouped with dots, no leading zero, so keys
/// such as "011001", years such as "2020" and dates stay text.
public struct PublishedNumber: Hashable, Sendable {
    public var value: Double
    public var decimals: Int
    /// E.g. "%" or "Prozentpunkte"; empty for none.
    public var unit: String

    public init(value: Double, decimals: Int, unit: String = "") {
        self.value = value
        self.decimals = decimals
        self.unit = unit
    }

    /// Reads `text`; nil when it is not a number as printed.
    public init?(_ text: String) {
        guard let match = text.wholeMatch(of: Self.pattern) else { return nil }
        let (_, sign, whole, fraction, unit) = match.output
        let digits = whole.filter { $0 != "." } + "." + (fraction ?? "")
        guard let magnitude = Double(digits) else { return nil }
        value = sign == "−" || sign == "-" ? -magnitude : magnitude
        decimals = fraction?.count ?? 0
        self.unit = unit.map(String.init) ?? ""
    }

    /// The value with the published decimals and a decimal comma, without grouping, unit or typographic minus
    /// ("-1234,5"): what spreadsheet programs in German settings read as a number.
    public var plainGerman: String {
        let text = GermanNumberFormat.number(abs(value), decimals: decimals).replacingOccurrences(of: ".", with: "")
        return value < 0 && text.contains(where: { $0 != "0" && $0 != "," }) ? "-" + text : text
    }

    // sign, grouped whole part, fraction, unit (after a space or no-break space; letters and %, no digits).
    private nonisolated(unsafe) static let pattern =
        /([+\-−±]?)(0|[1-9][0-9]{0,2}(?:\.[0-9]{3})*)(?:,([0-9]+))?(?:[ \u{00A0}]([%\p{L}]{1,24}))?/
}
