import Foundation

/// A condition on one column of a table row: one value, a list of values, or a `/regular expression/` the whole
/// cell must match.
struct RowFilter: Decodable {
    var values: [String]

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            values = [value]
        } else {
            values = try container.decode([String].self)
        }
        for pattern in values.compactMap(Self.pattern) {
            guard (try? Regex(pattern)) != nil else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "'/\(pattern)/' is not a regular expression")
            }
        }
    }

    func matches(_ cell: String?) -> Bool {
        let text = (cell ?? "").trimmingCharacters(in: .whitespaces)
        return values.contains { value in
            guard let pattern = Self.pattern(value) else { return value == text }
            return (try? Regex(pattern)).map { text.wholeMatch(of: $0) != nil } ?? false
        }
    }

    /// The pattern of `/…/`, or nil for a plain value.
    private static func pattern(_ value: String) -> String? {
        value.count >= 2 && value.hasPrefix("/") && value.hasSuffix("/") ? String(value.dropFirst().dropLast()) : nil
    }
}
