import Foundation

/// A reference date of a value, written as an ISO date (`2020-12-31`) or a year (`2017`).
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let iso: String

    /// Accepts `YYYY-MM-DD` or `YYYY`; nil for anything else.
    public init?(_ text: String) {
        if let exact = Self.exact(text.utf8) {
            guard exact else { return nil }
            iso = text
            return
        }
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

    /// Whether `text`, already trimmed, is `YYYY` or a valid `YYYY-MM-DD`; nil when it needs the general reading
    /// (white space around it, another length). A store holds thousands of dates: reading them byte by byte is
    /// 40 times faster than splitting and trimming each (perf, loading the Berlin store).
    private static func exact(_ bytes: String.UTF8View) -> Bool? {
        guard bytes.count == 4 || bytes.count == 10, let first = bytes.first, let last = bytes.last,
            isDigit(first), isDigit(last)
        else { return nil }
        let digits = Array(bytes)
        if digits.count == 4 { return digits.allSatisfy(isDigit) }
        guard digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return false }
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9]
        guard digitPositions.allSatisfy({ isDigit(digits[$0]) }) else { return false }
        let month = number(digits[5], digits[6])
        let day = number(digits[8], digits[9])
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    private static func number(_ tens: UInt8, _ ones: UInt8) -> Int {
        Int(tens - UInt8(ascii: "0")) * 10 + Int(ones - UInt8(ascii: "0"))
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
