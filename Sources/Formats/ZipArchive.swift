import Foundation

/// A ZIP archive of stored (uncompressed) entries, enough for the reference documents handed to Pandoc:
/// entries in the order added (ODF wants `mimetype` first and stored), each dated `ZipDates`' fixed date so the
/// bytes are the same on every run.
struct ZipArchive {
    private var entries: [(name: String, data: Data, offset: Int)] = []
    private var body = Data()

    mutating func add(_ name: String, _ text: String) {
        let data = Data(text.utf8)
        let offset = body.count
        body += header(signature: 0x0403_4b50, name: name, data: data, central: false, offset: 0)
        body += data
        entries.append((name, data, offset))
    }

    /// The archive's bytes: the entries, the central directory and its end record.
    var data: Data {
        var directory = Data()
        for entry in entries {
            directory += header(
                signature: 0x0201_4b50, name: entry.name, data: entry.data, central: true, offset: entry.offset)
        }
        var end = Data()
        end.append(le32: 0x0605_4b50)
        end.append(le16: 0)
        end.append(le16: 0)
        end.append(le16: UInt16(entries.count))
        end.append(le16: UInt16(entries.count))
        end.append(le32: UInt32(directory.count))
        end.append(le32: UInt32(body.count))
        end.append(le16: 0)
        return body + directory + end
    }

    private func header(signature: UInt32, name: String, data: Data, central: Bool, offset: Int) -> Data {
        let nameBytes = Data(name.utf8)
        var header = Data()
        header.append(le32: signature)
        if central { header.append(le16: 20) }  // made by
        header.append(le16: 20)  // version needed
        header.append(le16: 0x0800)  // UTF-8 names
        header.append(le16: 0)  // stored
        header.append(le16: ZipDates.time)
        header.append(le16: ZipDates.date)
        header.append(le32: CRC32.checksum(data))
        header.append(le32: UInt32(data.count))
        header.append(le32: UInt32(data.count))
        header.append(le16: UInt16(nameBytes.count))
        header.append(le16: 0)  // extra
        if central {
            header.append(le16: 0)  // comment
            header.append(le16: 0)  // disk
            header.append(le16: 0)  // internal attributes
            header.append(le32: 0)  // external attributes
            header.append(le32: UInt32(offset))
        }
        return header + nameBytes
    }
}

/// The CRC-32 of ZIP (polynomial 0xEDB88320).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        append(le16: UInt16(value & 0xFFFF))
        append(le16: UInt16(value >> 16))
    }
}
