import Foundation
import Values

/// Reads numbers as statistics offices write them: `1.234,5`, `' 1 675 '`, `12,3`, `-0,5`, or with a decimal
/// point (`4.22594`) when the table says so.
enum NumberParser {
    /// nil when the text is not a number in the given convention. Grouping separators must group by three, so
    /// `4.22594` is rejected with a decimal comma instead of being read as 422594.
    static func parse(_ text: String, decimalSeparator: Character) -> Double? {
        let grouping: Character = decimalSeparator == "," ? "." : ","
        var compact = String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "'" && $0 != "’" })
        compact = compact.replacingOccurrences(of: "\u{2212}", with: "-")
        guard !compact.isEmpty else { return nil }
        let parts = compact.split(separator: decimalSeparator, omittingEmptySubsequences: false)
        guard parts.count <= 2, let integerPart = parts.first else { return nil }
        let groups = integerPart.split(separator: grouping, omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), let head = groups.first,
                !head.filter(\.isASCIIDigit).isEmpty
            else { return nil }
        }
        var normalised = groups.joined()
        if parts.count == 2 { normalised += "." + parts[1] }
        let allowed = Set("0123456789.-+eE")
        guard normalised.allSatisfy(allowed.contains), let value = Double(normalised), value.isFinite
        else { return nil }
        return value
    }
}
