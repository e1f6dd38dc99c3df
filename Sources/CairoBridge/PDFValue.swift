/// A PDF object's value (ISO 32000-1 7.3), as the PDF/UA pass reads and writes the few objects it changes.
///
/// Numbers and names keep the bytes they were written with, so that a value read and written again is unchanged;
/// strings hold the bytes they stand for (escapes resolved).
indirect enum PDFValue: Equatable, Sendable {
    case null
    case boolean(Bool)
    /// As written, e.g. `12` or `-0.5`.
    case number(String)
    case string([UInt8])
    /// Without its slash, as written (`#` escapes kept).
    case name(String)
    case array([PDFValue])
    case dictionary(PDFDictionary)
    case reference(PDFReference)

    static func integer(_ value: Int) -> PDFValue { .number(String(value)) }

    /// A text string: PDFDocEncoding's ASCII part as it is, anything else UTF-16BE with its byte order mark (written
    /// into one array: a map's text alternative names hundreds of areas, on every page of the benchmark document).
    static func text(_ text: String) -> PDFValue {
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return .string(Array(text.utf8)) }
        var bytes: [UInt8] = [0xFE, 0xFF]
        bytes.reserveCapacity(2 + 2 * text.utf16.count)
        for unit in text.utf16 {
            bytes.append(UInt8(unit >> 8))
            bytes.append(UInt8(unit & 0xFF))
        }
        return .string(bytes)
    }

    var dictionary: PDFDictionary? {
        if case .dictionary(let value) = self { value } else { nil }
    }

    var reference: PDFReference? {
        if case .reference(let value) = self { value } else { nil }
    }

    var integer: Int? {
        if case .number(let text) = self { Int(text) } else { nil }
    }

    /// The items of an array; any other value counts as an array of one, null as empty.
    var items: [PDFValue] {
        switch self {
        case .array(let items): items
        case .null: []
        default: [self]
        }
    }

    func isName(_ name: String) -> Bool { self == .name(name) }

    /// A text string as Swift text: UTF-16BE with its byte order mark, else PDFDocEncoding read as Latin-1 (they
    /// agree on every character Cairo writes in a literal string).
    var text: String? {
        guard case .string(let bytes) = self else { return nil }
        guard bytes.starts(with: [0xFE, 0xFF]) else {
            return String(decoding: bytes.map { UInt16($0) }, as: UTF16.self)
        }
        let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
        return String(decoding: units, as: UTF16.self)
    }
}

/// An indirect object's number and generation.
struct PDFReference: Hashable, Sendable {
    var number: Int
    var generation = 0
}

/// A dictionary that keeps its keys in the order they were written.
struct PDFDictionary: Equatable, Sendable {
    private(set) var entries: [(key: String, value: PDFValue)] = []

    init(_ entries: [(key: String, value: PDFValue)] = []) {
        self.entries = entries
    }

    /// The value of `key` (without its slash); null when absent.
    subscript(key: String) -> PDFValue {
        get { entries.first { $0.key == key }?.value ?? .null }
        set {
            if let index = entries.firstIndex(where: { $0.key == key }) {
                entries[index].value = newValue
            } else {
                entries.append((key, newValue))
            }
        }
    }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    mutating func remove(_ key: String) { entries.removeAll { $0.key == key } }

    static func == (lhs: PDFDictionary, rhs: PDFDictionary) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

// MARK: Writing

extension PDFValue {
    /// The value in PDF syntax, appended to `output`.
    func write(to output: inout [UInt8]) {
        switch self {
        case .null: output += "null".utf8
        case .boolean(let value): output += (value ? "true" : "false").utf8
        case .number(let text): output += text.utf8
        case .string(let bytes): Self.write(string: bytes, to: &output)
        case .name(let name):
            output.append(0x2F)
            output += name.utf8
        case .array(let items):
            output.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { output.append(0x20) }
                item.write(to: &output)
            }
            output.append(0x5D)
        case .dictionary(let dictionary):
            output += "<<".utf8
            for (key, value) in dictionary.entries {
                output += " /\(key) ".utf8
                value.write(to: &output)
            }
            output += " >>".utf8
        case .reference(let reference): output += "\(reference.number) \(reference.generation) R".utf8
        }
    }

    /// Printable ASCII as a literal string, anything else as a hex string.
    private static func write(string bytes: [UInt8], to output: inout [UInt8]) {
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else {
            let digits = Array("0123456789ABCDEF".utf8)
            output.append(0x3C)
            for byte in bytes { output += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]] }
            output.append(0x3E)
            return
        }
        output.append(0x28)
        for byte in bytes {
            if byte == 0x28 || byte == 0x29 || byte == 0x5C { output.append(0x5C) }
            output.append(byte)
        }
        output.append(0x29)
    }
}
