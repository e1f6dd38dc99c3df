import Foundation

/// The encodings import tables come in.
enum TextEncoding: Equatable {
    case utf8, windows1252

    /// Parses the manifest's `encoding:` (nil means UTF-8).
    init(manifestValue: String?, file: String) throws {
        switch manifestValue?.lowercased().replacingOccurrences(of: "_", with: "-") {
        case nil, "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1": self = .windows1252
        case let other?: throw DataError.unsupportedEncoding(file: file, encoding: other)
        }
    }

    /// The GDAL Shapefile open option for this encoding.
    var shapefileOption: String { self == .utf8 ? "ENCODING=UTF-8" : "ENCODING=CP1252" }

    /// Decodes file contents; a UTF-8 byte order mark is dropped. Invalid UTF-8 raises `notUTF8` with its line.
    func decode(_ data: Data, file: String) throws -> String {
        var bytes = [UInt8](data)
        switch self {
        case .utf8:
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
            if let text = String(validating: bytes, as: UTF8.self) { return text }
            throw DataError.notUTF8(file: file, line: Self.lineOfFirstInvalidUTF8(in: bytes))
        case .windows1252:
            return String(String.UnicodeScalarView(bytes.map(Self.windows1252Scalar)))
        }
    }

    private static func lineOfFirstInvalidUTF8(in bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }

    /// Bytes 0x80–0x9F differ from Latin-1 (€, „, “, –, …); undefined ones map to U+FFFD.
    private static let high: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
        let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
