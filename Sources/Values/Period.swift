import Foundation

/// A reference date of a value, written as an ISO date (`2020-12-31`) or a year (`2017`).
public struct Period: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let iso: String

    /// Accepts `YYYY-MM-DD` or `YYYY`, white space around it dropped; nil for anything else. Read byte by byte: a
    /// store holds thousands of dates, and splitting and trimming each was 40 times slower (perf, loading the Berlin
    /// store); a date without white space around it is not trimmed at all.
    public init?(_ text: String) {
        let bare = text.utf8.first.map(Self.isDigit) == true && text.utf8.last.map(Self.isDigit) == true
        let trimmed = bare ? text : text.trimmingCharacters(in: .whitespaces)
        guard Self.isDate(Array(trimmed.utf8)) else { return nil }
        iso = trimmed
    }

    /// Whether `bytes` are `YYYY` or `YYYY-MM-DD` with a month 1–12 and a day 1–31.
    private static func isDate(_ bytes: [UInt8]) -> Bool {
        if bytes.count == 4 { return bytes.allSatisfy(isDigit) }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(bytes[$0]) })
        else { return false }
        return (1...12).contains(number(bytes[5], bytes[6])) && (1...31).contains(number(bytes[8], bytes[9]))
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
