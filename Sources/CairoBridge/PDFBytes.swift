import Foundation

/// Byte searches over a PDF file as Cairo writes it (ASCII structure, binary streams), without decoding the
/// file as text: `memchr` finds candidates for a marker's first byte, `memcmp` checks the rest.
struct PDFBytes {
    private let bytes: [UInt8]

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    var count: Int { bytes.count }

    /// The offset of the first occurrence of `marker` at or after `start`.
    func firstOccurrence(of marker: String, from start: Int = 0) -> Int? {
        let needle = Array(marker.utf8)
        guard start >= 0, start < bytes.count, !needle.isEmpty else { return nil }
        return bytes.withUnsafeBytes { haystack -> Int? in
            guard let base = haystack.baseAddress else { return nil }
            return needle.withUnsafeBytes { pattern -> Int? in
                guard let first = pattern.baseAddress else { return nil }
                var offset = start
                while offset + needle.count <= bytes.count {
                    guard let candidate = memchr(base + offset, Int32(needle[0]), bytes.count - offset) else { return nil }
                    let position = base.distance(to: UnsafeRawPointer(candidate))
                    guard position + needle.count <= bytes.count else { return nil }
                    if memcmp(candidate, first, needle.count) == 0 { return position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    /// The offset of the last occurrence of `marker` (the trailer and xref sit at the end of the file).
    func lastOccurrence(of marker: String) -> Int? {
        var last: Int?
        var from = max(0, bytes.count - 4096)
        while let found = firstOccurrence(of: marker, from: from) {
            last = found
            from = found + 1
        }
        return last
    }

    /// The decimal number at `offset`, after any white space.
    func integer(at offset: Int) -> Int? {
        var index = offset
        while index < bytes.count, [0x20, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
        var value = 0
        var digits = 0
        while index < bytes.count, (0x30...0x39).contains(bytes[index]), digits < 12 {
            value = value * 10 + Int(bytes[index] - 0x30)
            index += 1
            digits += 1
        }
        return digits > 0 ? value : nil
    }

    /// The number after `key` (e.g. `/Root 30 0 R`) at or after `start`.
    func integer(after key: String, from start: Int) -> Int? {
        firstOccurrence(of: key, from: start).flatMap { integer(at: $0 + key.utf8.count) }
    }

    /// The entries of object `number`'s dictionary: the text after `<<` up to its closing `>>`, trimmed.
    func dictionary(ofObject number: Int) -> String? {
        let header = "\n\(number) 0 obj\n"
        guard let start = firstOccurrence(of: header).map({ $0 + header.utf8.count }),
            let end = firstOccurrence(of: "endobj", from: start),
            let close = (start..<end).reversed().first(where: { $0 + 1 < end && bytes[$0] == 0x3E && bytes[$0 + 1] == 0x3E })
        else { return nil }
        return String(decoding: bytes[start..<close], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The object numbers of the structure elements of type Figure, in file order.
    func figureElements() -> [Int] {
        let marker = " 0 obj\n<< /Type /StructElem\n   /S /Figure\n"
        var numbers: [Int] = []
        var from = 0
        while let found = firstOccurrence(of: marker, from: from) {
            var digitStart = found
            while digitStart > 0, (0x30...0x39).contains(bytes[digitStart - 1]) { digitStart -= 1 }
            if let number = integer(at: digitStart) { numbers.append(number) }
            from = found + marker.utf8.count
        }
        return numbers
    }
}
