import Foundation

/// A reference date of a value, written as an ISO date (`2020-12-31`) or a year (`2017`).
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let iso: String

    /// Accepts `YYYY-MM-DD` or `YYYY`; nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        let lengths = parts.map(\.count)
        guard lengths == [4] || lengths == [4, 2, 2], parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        if parts.count == 3 {
            guard let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
            else { return nil }
        }
        iso = parts.joined(separator: "-")
    }

    /// A day computed by the calendar, always `YYYY-MM-DD`.
    package init(day iso: String) {
        self.iso = iso
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let period = Period(text) else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: "'\(text)' is not a date YYYY-MM-DD"))
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    /// The German form: `31.12.2020`, or the year alone.
    public var german: String {
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2]).\(parts[1]).\(parts[0])"
    }

    public var description: String { iso }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.iso < rhs.iso }
}

extension Character {
    package var isASCIIDigit: Bool { isASCII && isNumber }
}
