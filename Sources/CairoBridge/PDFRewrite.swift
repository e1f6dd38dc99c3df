import CNettle

/// The finished file made from Cairo's: every object the pass leaves alone copied byte for byte from Cairo's output,
/// the changed ones written in their place under the same numbers, the new ones after them, then a fresh
/// cross-reference table and a trailer with an `/ID` computed from the content. One complete revision without dead
/// objects (an incremental update would keep Cairo's uncompressed page content as dead bytes in the file), and no
/// object parsed that does not change.
struct PDFRewrite: Sendable {
    let source: PDFSource
    /// The changed and new objects other than streams, by object number.
    private var changed: [Int: PDFValue] = [:]
    /// The changed and new streams, written out (`n 0 obj … endobj`), by object number.
    private var written: [Int: [UInt8]] = [:]
    private(set) var size: Int

    init(_ source: PDFSource) {
        self.source = source
        size = source.size
    }

    // MARK: Objects

    /// The value of object `number`: as changed (`replace`), else as Cairo wrote it.
    func value(of number: Int) throws(CairoError) -> PDFValue {
        if let value = changed[number] { return value }
        return try source.object(number).value
    }

    /// Whether stream `number` was written anew (`replaceStream`).
    func isRewritten(_ number: Int) -> Bool { written[number] != nil }

    /// Object `number` with `value` instead of what Cairo wrote (not a stream: `replaceStream`).
    mutating func replace(_ number: Int, with value: PDFValue) {
        changed[number] = value
    }

    /// Stream `number` with `data` (filtered as `dictionary` says) instead of what Cairo wrote. Its `/Length`
    /// stays where Cairo put it: an indirect length object is rewritten too, so none is left unused.
    mutating func replaceStream(_ number: Int, dictionary: PDFDictionary, data: [UInt8]) {
        var dictionary = dictionary
        if let length = dictionary["Length"].reference, source.span(of: length.number) != nil {
            replace(length.number, with: .integer(data.count))
        } else {
            dictionary["Length"] = .integer(data.count)
        }
        var output = Self.header(number)
        PDFValue.dictionary(dictionary).write(to: &output)
        output += "\nstream\n".utf8
        output += data
        output += "\nendstream\nendobj\n".utf8
        written[number] = output
    }

    /// A new stream holding `data`, filtered as `dictionary` says.
    mutating func addStream(_ dictionary: PDFDictionary, data: [UInt8]) -> PDFReference {
        let reference = reserve()
        replaceStream(reference.number, dictionary: dictionary, data: data)
        return reference
    }

    /// A number for an object written later (`replace`), so that others can refer to it first.
    mutating func reserve() -> PDFReference {
        size += 1
        return PDFReference(number: size - 1)
    }

    private static func header(_ number: Int) -> [UInt8] { Array("\(number) 0 obj\n".utf8) }

    // MARK: The file

    /// The whole file; throws when an object the pass reserved was never written. Each changed object is let go once
    /// it is in the file, so that the finished file and what the pass changed are not held twice.
    mutating func file(root: PDFReference, info: PDFReference?) throws(CairoError) -> [UInt8] {
        for (number, value) in changed {
            var object = Self.header(number)
            value.write(to: &object)
            object += "\nendobj\n".utf8
            written[number] = object
        }
        var output: [UInt8] = []
        changed = [:]
        output.reserveCapacity(capacity())
        output.append(contentsOf: source.bytes(in: 0..<source.headerEnd))
        var offsets: [Int?] = [nil]
        for number in 1..<size {
            if let object = written.removeValue(forKey: number) {
                offsets.append(output.count)
                output += object
            } else if let span = source.span(of: number) {
                offsets.append(output.count)
                output.append(contentsOf: source.bytes(in: span))
            } else if number >= source.size {
                throw PDFSource.failure(source.path, "the pass reserved object \(number) and never wrote it")
            } else {
                offsets.append(nil)
            }
        }
        let table = output.count
        appendCrossReferenceTable(offsets, to: &output)
        let id = PDFValue.string(Self.digest(output))
        var trailer = PDFDictionary([("Size", .integer(size)), ("Root", .reference(root))])
        if let info { trailer["Info"] = .reference(info) }
        trailer["ID"] = .array([id, id])
        output += "trailer\n".utf8
        PDFValue.dictionary(trailer).write(to: &output)
        output += "\nstartxref\n\(table)\n%%EOF\n".utf8
        return output
    }

    /// The bytes the file will take, near enough to allocate it once.
    private func capacity() -> Int {
        let copied = (1..<source.size).reduce(0) { sum, number in
            written[number] == nil ? sum + (source.span(of: number)?.count ?? 0) : sum
        }
        return source.headerEnd + copied + written.values.reduce(0) { $0 + $1.count } + size * 20 + 512
    }

    /// Free entries (Cairo leaves none, but a number it allocated and never wrote would be one) are chained from
    /// entry 0, as ISO 32000-1 7.5.4 wants. Written as bytes: one entry per object, 12 000 in the benchmark document.
    private func appendCrossReferenceTable(_ offsets: [Int?], to output: inout [UInt8]) {
        let free = offsets.indices.filter { $0 > 0 && offsets[$0] == nil }
        var next: [Int: Int] = [:]
        for (number, following) in zip([0] + free, free + [0]) { next[number] = following }
        output += "xref\n0 \(offsets.count)\n".utf8
        for (number, offset) in offsets.enumerated() {
            if let offset {
                Self.appendEntry(offset, generation: 0, inUse: true, to: &output)
            } else {
                Self.appendEntry(next[number] ?? 0, generation: number == 0 ? 65535 : 1, inUse: false, to: &output)
            }
        }
    }

    /// One entry and its line end: 18 bytes, a space and an LF make the 20 the table wants.
    private static func appendEntry(_ value: Int, generation: Int, inUse: Bool, to output: inout [UInt8]) {
        appendDigits(value, width: 10, to: &output)
        output.append(UInt8(ascii: " "))
        appendDigits(generation, width: 5, to: &output)
        output += (inUse ? " n \n" : " f \n").utf8
    }

    /// The decimal digits of `value` (not negative), with zeros in front to make `width`.
    private static func appendDigits(_ value: Int, width: Int, to output: inout [UInt8]) {
        var count = 1
        var rest = value / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        output += repeatElement(UInt8(ascii: "0"), count: max(width, count))
        rest = value
        var index = output.count - 1
        while rest > 0 {
            output[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
            index -= 1
        }
    }

    /// The file's `/ID`: the MD5 digest of everything before the trailer (Nettle, Debian's `nettle-dev`, which
    /// GnuTLS builds on): the same content gives the same `/ID`, as PDF/A wants one and reproducible builds want no
    /// random one. MD5 because the `/ID` is an identifier, not a signature (ISO 32000-1 14.4 suggests it).
    private static func digest(_ bytes: [UInt8]) -> [UInt8] {
        var context = md5_ctx()
        nettle_md5_init(&context)
        bytes.withUnsafeBufferPointer { nettle_md5_update(&context, $0.count, $0.baseAddress) }
        var digest = [UInt8](repeating: 0, count: Int(MD5_DIGEST_SIZE))
        digest.withUnsafeMutableBufferPointer { nettle_md5_digest(&context, $0.count, $0.baseAddress) }
        return digest
    }
}
