/// The operations of a PDF content stream, read one at a time: each with the byte range of its operands and
/// operator, and what it means for marked content and for the markers of repeated drawings. Only what the pass needs
/// is told apart (from the operator's bytes, never made into a String); every other operator is `.other`. Follows the lexical rules of ISO 32000-1 7.2 (strings, names, comments, dictionaries)
/// and skips the binary data of inline images.
struct ContentOperations: Sequence, IteratorProtocol {
    enum Kind: Equatable {
        case beginText, endText
        /// `BDC`/`BMC`: with an `/MCID` (tied to the structure tree), an `/Artifact`, or anything else (a Span).
        case beginMarked(MarkedKind)
        case endMarked
        /// Text shown (`Tj`, `TJ`, `'`, `"`).
        case showText
        /// Paths painted, shadings, XObjects and inline images drawn (except `f`).
        case paint
        /// `f`: a path filled, the one painting operator a marker (`RepeatedMarkers`) ends with.
        case fill
        /// `q`, `Q`: the graphics state saved and restored.
        case save, restore
        /// `rg`: an RGB fill colour set; `g`, `k`, `cs`, `sc`, `scn`: any other fill colour.
        case fillRGB, fillColor
        /// `re`: a rectangle added to the path.
        case rectangle
        case other

        /// Whether the operation puts marks on the page.
        var paints: Bool { self == .paint || self == .fill || self == .showText }
    }

    enum MarkedKind: Equatable { case structure, artifact, other }

    struct Operation {
        /// Where its first operand (or the operator, when it has none) starts.
        var start: Int
        /// Where its operator starts (its operands lie from `start` to here).
        var operatorStart: Int
        /// Just after the operator.
        var end: Int
        var kind: Kind
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Operation? {
        var start: Int?
        while true {
            skipWhiteSpaceAndComments()
            guard offset < bytes.count else { return nil }
            let tokenStart = offset
            if start == nil { start = tokenStart }
            guard let word = nextToken() else { continue }
            var kind = classify(word)
            if case .beginMarked = kind { kind = .beginMarked(markedKind(from: start ?? tokenStart, to: tokenStart)) }
            if matches(word, "BI") { skipInlineImage() }
            return Operation(start: start ?? tokenStart, operatorStart: tokenStart, end: offset, kind: kind)
        }
    }

    // MARK: Tokens

    /// Reads one token; returns where the operator keyword lies when it is one, nil for an operand or delimiter.
    /// A range, not a copy of the bytes: this runs once per token of every page.
    private mutating func nextToken() -> Range<Int>? {
        let byte = bytes[offset]
        switch byte {
        case 0x28: skipLiteralString()
        case 0x3C:  // < : a dictionary or a hex string
            if offset + 1 < bytes.count, bytes[offset + 1] == 0x3C {
                offset += 2
            } else {
                skip(until: 0x3E)
                offset += 1
            }
        case 0x3E, 0x5B, 0x5D, 0x7B, 0x7D:
            offset += byte == 0x3E && offset + 1 < bytes.count && bytes[offset + 1] == 0x3E ? 2 : 1
        case 0x2F:  // a name
            offset += 1
            skipRegular()
        default:
            let start = offset
            skipRegular()
            if offset == start {
                offset += 1
                return nil
            }  // a stray delimiter: step over it
            let first = bytes[start]
            let isNumber = (0x30...0x39).contains(first) || first == 0x2B || first == 0x2D || first == 0x2E
            let word = start..<offset
            return isNumber || matches(word, "true") || matches(word, "false") || matches(word, "null") ? nil : word
        }
        return nil
    }

    private mutating func skipWhiteSpaceAndComments() {
        while offset < bytes.count {
            if PDFParser.isWhiteSpace(bytes[offset]) {
                offset += 1
            } else if bytes[offset] == 0x25 {
                while offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D { offset += 1 }
            } else {
                return
            }
        }
    }

    private mutating func skipRegular() {
        while offset < bytes.count, !PDFParser.isWhiteSpace(bytes[offset]), !PDFParser.isDelimiter(bytes[offset]) {
            offset += 1
        }
    }

    private mutating func skip(until byte: UInt8) {
        while offset < bytes.count, bytes[offset] != byte { offset += 1 }
    }

    /// `( … )` with balanced parentheses and backslash escapes.
    private mutating func skipLiteralString() {
        var depth = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            if byte == 0x5C {
                offset += 1
            } else if byte == 0x28 {
                depth += 1
            } else if byte == 0x29 {
                depth -= 1
                if depth == 0 { return }
            }
        }
    }

    /// From `BI`: the image dictionary up to `ID`, then the data up to `EI` between white space.
    private mutating func skipInlineImage() {
        while offset < bytes.count {
            skipWhiteSpaceAndComments()
            guard offset < bytes.count else { return }
            if let word = nextToken(), matches(word, "ID") { break }
        }
        offset += 1
        while offset + 2 <= bytes.count {
            if bytes[offset] == 0x45, bytes[offset + 1] == 0x49, PDFParser.isWhiteSpace(bytes[offset - 1]),
                offset + 2 == bytes.count || PDFParser.isWhiteSpace(bytes[offset + 2])
            {
                offset += 2
                return
            }
            offset += 1
        }
        offset = bytes.count
    }

    // MARK: Meaning

    /// Whether the bytes of `word` are `keyword` (ASCII).
    private func matches(_ word: Range<Int>, _ keyword: StaticString) -> Bool {
        guard word.count == keyword.utf8CodeUnitCount else { return false }
        let start = keyword.utf8Start
        for index in 0..<word.count where bytes[word.lowerBound + index] != start[index] { return false }
        return true
    }

    private func classify(_ word: Range<Int>) -> Kind {
        let a = bytes[word.lowerBound]
        let b = word.count > 1 ? bytes[word.lowerBound + 1] : 0
        let last = bytes[word.upperBound - 1]
        switch (word.count, a, b) {
        case (2, 0x42, 0x54): return .beginText  // BT
        case (2, 0x45, 0x54): return .endText  // ET
        case (3, 0x42, 0x44) where last == 0x43, (3, 0x42, 0x4D) where last == 0x43: return .beginMarked(.other)  // BDC, BMC
        case (3, 0x45, 0x4D) where last == 0x43: return .endMarked  // EMC
        case (2, 0x54, 0x6A), (2, 0x54, 0x4A), (1, 0x27, _), (1, 0x22, _): return .showText  // Tj TJ ' "
        case (1, 0x66, _): return .fill  // f
        case (1, 0x53, _), (1, 0x73, _), (1, 0x46, _), (1, 0x42, _), (1, 0x62, _): return .paint  // S s F B b
        case (2, 0x66, 0x2A), (2, 0x42, 0x2A), (2, 0x62, 0x2A), (2, 0x73, 0x68), (2, 0x44, 0x6F), (2, 0x42, 0x49):
            return .paint  // f* B* b* sh Do BI
        case (1, 0x71, _): return .save  // q
        case (1, 0x51, _): return .restore  // Q
        case (2, 0x72, 0x67): return .fillRGB  // rg
        case (2, 0x72, 0x65): return .rectangle  // re
        case (1, 0x67, _), (1, 0x6B, _), (2, 0x63, 0x73), (2, 0x73, 0x63): return .fillColor  // g k cs sc
        case (3, 0x73, 0x63) where last == 0x6E: return .fillColor  // scn
        default: return .other
        }
    }

    /// The operands of `operation` that are numbers, in order (`rg` and `re` take numbers only).
    static func numbers(of operation: Operation, in bytes: UnsafeBufferPointer<UInt8>) -> [Double] {
        var numbers: [Double] = []
        var index = operation.start
        while index < operation.operatorStart {
            while index < operation.operatorStart, PDFParser.isWhiteSpace(bytes[index]) { index += 1 }
            let start = index
            while index < operation.operatorStart, !PDFParser.isWhiteSpace(bytes[index]) { index += 1 }
            guard start < index else { break }
            if let number = number(bytes[start..<index]) { numbers.append(number) }
        }
        return numbers
    }

    /// A number as content streams write them (`-12.5`, `.5`, `3`); nil for anything else.
    private static func number(_ digits: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var value = 0.0
        var scale = 0.0  // 0 before the decimal point, then the place value of the next digit
        var sign = 1.0
        var sawDigit = false
        for (position, byte) in zip(digits.indices, digits) {
            switch byte {
            case 0x2D where position == digits.startIndex: sign = -1
            case 0x2B where position == digits.startIndex: break
            case 0x2E where scale == 0: scale = 0.1
            case 0x30...0x39:
                sawDigit = true
                if scale == 0 {
                    value = value * 10 + Double(byte - 0x30)
                } else {
                    value += Double(byte - 0x30) * scale
                    scale /= 10
                }
            default: return nil
            }
        }
        return sawDigit ? sign * value : nil
    }

    /// What a `BDC`/`BMC` marks, from its operands: the tag name and whether its properties have an `/MCID`.
    private func markedKind(from start: Int, to end: Int) -> MarkedKind {
        let operands = bytes[start..<end]
        if operands.starts(with: "/Artifact".utf8) {
            let next = start + 9 < end ? bytes[start + 9] : 0x20
            if PDFParser.isWhiteSpace(next) || PDFParser.isDelimiter(next) { return .artifact }
        }
        var index = start
        while index + 5 <= end {
            if bytes[index] == 0x2F, matches(index..<(index + 5), "/MCID") { return .structure }
            index += 1
        }
        return .other
    }
}
