/// Reads PDF values from bytes (ISO 32000-1 7.2 and 7.3): the lexical rules, every kind of object, and indirect
/// references. Never traps on damaged input: what it cannot read is a `PDFParser.Failure` with the byte offset.
struct PDFParser {
    struct Failure: Error {
        var offset: Int
        var problem: String
    }

    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    /// Arrays and dictionaries deeper than this are refused (a damaged file must not exhaust the stack).
    private static let maximumDepth = 64

    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    // MARK: Values

    mutating func value() throws(Failure) -> PDFValue { try value(depth: 0) }

    private mutating func value(depth: Int) throws(Failure) -> PDFValue {
        guard depth < Self.maximumDepth else { throw failure("arrays or dictionaries nested too deeply") }
        skipWhiteSpace()
        guard let byte = peek() else { throw failure("the file ends where a value should be") }
        switch byte {
        case 0x2F: return .name(name())
        case 0x28: return .string(try literalString())
        case 0x5B:
            offset += 1
            var items: [PDFValue] = []
            while true {
                skipWhiteSpace()
                if peek() == 0x5D { break }
                items.append(try value(depth: depth + 1))
            }
            offset += 1
            return .array(items)
        case 0x3C:
            guard peek(1) == 0x3C else { return .string(try hexString()) }
            offset += 2
            var dictionary = PDFDictionary()
            while true {
                skipWhiteSpace()
                if peek() == 0x3E, peek(1) == 0x3E { break }
                guard peek() == 0x2F else { throw failure("a dictionary key is not a name") }
                let key = name()
                dictionary[key] = try value(depth: depth + 1)
            }
            offset += 2
            return .dictionary(dictionary)
        default:
            let word = self.word()
            switch word {
            case "true": return .boolean(true)
            case "false": return .boolean(false)
            case "null": return .null
            case "": throw failure("unexpected byte \(byte)")
            default:
                guard Double(word) != nil else { throw failure("unexpected word \"\(word)\"") }
                return referenceFollowing(word) ?? .number(word)
            }
        }
    }

    /// `n g R` when `number` starts one; the parser stays where it was otherwise.
    private mutating func referenceFollowing(_ number: String) -> PDFValue? {
        guard let objectNumber = Int(number), objectNumber > 0 else { return nil }
        let start = offset
        skipWhiteSpace()
        if let generation = Int(word()) {
            skipWhiteSpace()
            if peek() == 0x52, !isRegular(peek(1)) {
                offset += 1
                return .reference(PDFReference(number: objectNumber, generation: generation))
            }
        }
        offset = start
        return nil
    }

    // MARK: Keywords

    /// Reads `keyword` after white space, or throws.
    mutating func expect(_ keyword: String) throws(Failure) {
        skipWhiteSpace()
        let found = word()
        guard found == keyword else { throw failure("\"\(keyword)\" expected, \"\(found)\" found") }
    }

    /// Whether `keyword` follows (after white space); reads it if so.
    mutating func skip(_ keyword: String) -> Bool {
        let start = offset
        skipWhiteSpace()
        if word() == keyword { return true }
        offset = start
        return false
    }

    /// An unsigned integer after white space.
    mutating func integer() throws(Failure) -> Int {
        skipWhiteSpace()
        let found = word()
        guard let value = Int(found), value >= 0 else { throw failure("a number expected, \"\(found)\" found") }
        return value
    }

    /// Steps over the end of line after the `stream` keyword (CR LF or LF).
    mutating func skipStreamLineEnd() {
        if peek() == 0x0D { offset += 1 }
        if peek() == 0x0A { offset += 1 }
    }

    func failure(_ problem: String) -> Failure { Failure(offset: offset, problem: problem) }

    // MARK: Lexical rules

    private func peek(_ ahead: Int = 0) -> UInt8? {
        offset + ahead < bytes.count ? bytes[offset + ahead] : nil
    }

    static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    /// ( ) < > [ ] { } / %: the PDF delimiters, in objects and page content alike.
    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: true
        default: false
        }
    }

    private func isRegular(_ byte: UInt8?) -> Bool {
        guard let byte else { return false }
        return !Self.isDelimiter(byte) && !Self.isWhiteSpace(byte)
    }

    private mutating func skipWhiteSpace() {
        while let byte = peek() {
            if Self.isWhiteSpace(byte) {
                offset += 1
            } else if byte == 0x25 {
                while let next = peek(), next != 0x0A, next != 0x0D { offset += 1 }
            } else {
                return
            }
        }
    }

    /// The regular characters from here (a keyword or number); empty when none.
    private mutating func word() -> String {
        let start = offset
        while isRegular(peek()) { offset += 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self)
    }

    private mutating func name() -> String {
        offset += 1
        return word()
    }

    private mutating func literalString() throws(Failure) -> [UInt8] {
        offset += 1
        var result: [UInt8] = []
        var depth = 1
        while let byte = peek() {
            offset += 1
            switch byte {
            case 0x28:
                depth += 1
                result.append(byte)
            case 0x29:
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case 0x5C: escape(into: &result)
            default: result.append(byte)
            }
        }
        throw failure("a string is not closed")
    }

    private mutating func escape(into result: inout [UInt8]) {
        guard let byte = peek() else { return }
        offset += 1
        switch byte {
        case 0x6E: result.append(0x0A)
        case 0x72: result.append(0x0D)
        case 0x74: result.append(0x09)
        case 0x62: result.append(0x08)
        case 0x66: result.append(0x0C)
        case 0x0D: if peek() == 0x0A { offset += 1 }
        case 0x0A: break
        case 0x30...0x37:
            var value = Int(byte - 0x30)
            for _ in 0..<2 {
                guard let digit = peek(), (0x30...0x37).contains(digit) else { break }
                value = value * 8 + Int(digit - 0x30)
                offset += 1
            }
            result.append(UInt8(truncatingIfNeeded: value))
        default: result.append(byte)
        }
    }

    private mutating func hexString() throws(Failure) -> [UInt8] {
        offset += 1
        var digits: [UInt8] = []
        while let byte = peek() {
            offset += 1
            if byte == 0x3E {
                if digits.count % 2 == 1 { digits.append(0) }
                return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
            }
            if Self.isWhiteSpace(byte) { continue }
            guard let digit = Self.hexDigit(byte) else { throw failure("a hex string holds the byte \(byte)") }
            digits.append(digit)
        }
        throw failure("a hex string is not closed")
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }
}
