import Foundation

/// Pandoc 2.17 stamps an ODT's ZIP entries with the time of writing (it honours `SOURCE_DATE_EPOCH` for DOCX only),
/// so the same document gave other bytes on every run. This holds the one fixed date of every ZIP entry we write
/// (1980-01-01 00:00; `ZipArchive` writes it) and sets every entry's date in an archive to it, in the local headers
/// and the central directory; the entries' data and checksums stay as they are.
enum ZipDates {
    /// The DOS time (00:00) and date (1980-01-01) of every entry.
    static let time: UInt16 = 0
    static let date: UInt16 = 0x0021

    /// `archive` with every entry dated 1980-01-01; nil when it is not a ZIP archive whose directory can be read.
    static func fixed(_ archive: Data) -> Data? {
        var bytes = [UInt8](archive)
        guard let end = endRecord(in: bytes), let count = word(bytes, end + 10),
            let directory = long(bytes, end + 16)
        else { return nil }
        var entry = Int(directory)
        for _ in 0..<count {
            guard long(bytes, entry) == 0x0201_4b50, let local = long(bytes, entry + 42),
                long(bytes, Int(local)) == 0x0403_4b50,
                let nameLength = word(bytes, entry + 28), let extraLength = word(bytes, entry + 30),
                let commentLength = word(bytes, entry + 32)
            else { return nil }
            set(&bytes, entry + 12)
            set(&bytes, Int(local) + 10)
            entry += 46 + Int(nameLength) + Int(extraLength) + Int(commentLength)
        }
        return Data(bytes)
    }

    /// Where the end-of-central-directory record starts (searched backwards over a comment of up to 64 KB).
    private static func endRecord(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        return stride(from: bytes.count - 22, through: lowest, by: -1).first { long(bytes, $0) == 0x0605_4b50 }
    }

    private static func set(_ bytes: inout [UInt8], _ offset: Int) {
        bytes[offset] = UInt8(time & 0xFF)
        bytes[offset + 1] = UInt8(time >> 8)
        bytes[offset + 2] = UInt8(date & 0xFF)
        bytes[offset + 3] = UInt8(date >> 8)
    }

    private static func word(_ bytes: [UInt8], _ offset: Int) -> UInt16? {
        guard offset >= 0, offset + 2 <= bytes.count else { return nil }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func long(_ bytes: [UInt8], _ offset: Int) -> UInt32? {
        guard offset >= 0, offset + 4 <= bytes.count else { return nil }
        return (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }
}
