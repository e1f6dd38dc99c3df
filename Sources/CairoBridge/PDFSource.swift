/// A PDF as Cairo 1.16 writes it (one revision, a classic cross-reference table, no object streams), read where it
/// lies in memory: the table tells where each object starts and so where its bytes end, and an object is parsed only
/// when it is asked for. Holds the `MemorySink` its bytes lie in, so they live exactly as long as this reader.
final class PDFSource {
    struct Object {
        var value: PDFValue
        /// Where a stream's data lies in the file; nil for any other object.
        var data: Range<Int>?
        var dictionary: PDFDictionary { value.dictionary ?? PDFDictionary() }
    }

    private let sink: MemorySink
    let bytes: UnsafeRawBufferPointer
    let path: String
    let trailer: PDFDictionary
    /// Where each object's bytes lie (from `n g obj` to the next object), by object number; nil for free entries.
    private let spans: [Range<Int>?]
    /// Where the file's first object starts: what comes before is the header (`%PDF-1.5` and a binary comment).
    let headerEnd: Int

    /// Reads the cross-reference table and trailer of the PDF `sink` holds; `path` names it in errors.
    init(_ sink: MemorySink, named path: String) throws(CairoError) {
        self.sink = sink
        self.path = path
        let bytes = try sink.bytes("reading the PDF Cairo wrote for \(path)")
        self.bytes = bytes
        let table: (trailer: PDFDictionary, offsets: [Int?], start: Int)
        do throws(PDFParser.Failure) {
            table = try Self.crossReferences(in: bytes)
        } catch {
            throw Self.failure(path, "its cross-reference table at byte \(error.offset): \(error.problem)")
        }
        trailer = table.trailer
        // Offset 0 is the header: an entry pointing there (a number allocated and never written) holds no object.
        let offsets = table.offsets.map { $0.flatMap { $0 > 0 && $0 < table.start ? $0 : nil } }
        let starts = Array(Set(offsets.compactMap { $0 })).sorted() + [table.start]
        headerEnd = starts[0]
        // Each object ends where the next one in the file starts (the table after the last).
        var ends: [Int: Int] = [:]
        for (start, end) in zip(starts, starts.dropFirst()) { ends[start] = end }
        spans = offsets.map { offset in offset.flatMap { start in ends[start].map { start..<$0 } } }
    }

    /// One more than the highest object number.
    var size: Int { spans.count }

    /// The bytes of object `number` as Cairo wrote them (`n g obj … endobj` and the line end after it); nil for a
    /// free entry.
    func span(of number: Int) -> Range<Int>? { spans.indices.contains(number) ? spans[number] : nil }

    /// Object `number`, parsed; throws when it is missing or damaged.
    func object(_ number: Int) throws(CairoError) -> Object {
        guard let span = span(of: number) else { throw Self.failure(path, "object \(number) is missing") }
        // The parser sees no further than the object's end: a damaged object cannot run on into the next ones.
        let bounded = UnsafeRawBufferPointer(rebasing: bytes[..<span.upperBound])
        var parser = PDFParser(bounded, at: span.lowerBound)
        let value: PDFValue
        do throws(PDFParser.Failure) {
            guard try parser.integer() == number else { throw parser.failure("another object's number") }
            _ = try parser.integer()
            try parser.expect("obj")
            value = try parser.value()
            guard parser.skip("stream") else {
                try parser.expect("endobj")
                return Object(value: value)
            }
            parser.skipStreamLineEnd()
        } catch {
            throw Self.failure(path, "object \(number) at byte \(error.offset): \(error.problem)")
        }
        let start = parser.offset
        let declared = value.dictionary?["Length"] ?? .null
        var length = declared.integer
        if let reference = declared.reference { length = try integer(reference.number) }
        guard let length, length >= 0, length <= span.upperBound - start else {
            throw Self.failure(path, "object \(number): its stream's /Length is missing or runs past the object")
        }
        parser = PDFParser(bounded, at: start + length)
        guard parser.skip("endstream") else {
            throw Self.failure(path, "object \(number): no endstream where its /Length ends")
        }
        return Object(value: value, data: start..<(start + length))
    }

    /// The number object `number` holds (a stream's indirect `/Length`), read without looking for a stream, so that
    /// a damaged length that refers to a stream cannot send the reader round in circles; nil for anything else.
    private func integer(_ number: Int) throws(CairoError) -> Int? {
        guard let span = span(of: number) else { throw Self.failure(path, "object \(number) is missing") }
        var parser = PDFParser(UnsafeRawBufferPointer(rebasing: bytes[..<span.upperBound]), at: span.lowerBound)
        do throws(PDFParser.Failure) {
            _ = try parser.integer()
            _ = try parser.integer()
            try parser.expect("obj")
            return try parser.value().integer
        } catch {
            throw Self.failure(path, "object \(number) at byte \(error.offset): \(error.problem)")
        }
    }

    /// The bytes in `range` of the file.
    func bytes(in range: Range<Int>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(
            start: bytes.baseAddress?.advanced(by: range.lowerBound).assumingMemoryBound(to: UInt8.self),
            count: range.count)
    }

    /// What `value` refers to, or `value` itself when it is direct.
    func resolve(_ value: PDFValue) throws(CairoError) -> PDFValue {
        guard let reference = value.reference else { return value }
        return try object(reference.number).value
    }

    /// The decoded data of a stream: unfiltered, or `/FlateDecode` without predictor.
    func decodedData(of object: Object, number: Int) throws(CairoError) -> [UInt8] {
        guard let data = object.data else { throw Self.failure(path, "object \(number) is not a stream") }
        let raw = UnsafeRawBufferPointer(self.bytes(in: data))
        let dictionary = object.dictionary
        switch try resolve(dictionary["Filter"]) {
        case .null: return Array(raw)
        case .name("FlateDecode") where !dictionary.has("DecodeParms"):
            guard let decoded = Deflate.decompress(raw) else {
                throw Self.failure(path, "the compressed data of object \(number) cannot be decompressed")
            }
            return decoded
        case let filter:
            throw Self.failure(path, "object \(number) is compressed with \(filter), which the pass cannot decode")
        }
    }

    /// The object numbers of the pages, in order (the page tree walked from the catalog).
    func pages() throws(CairoError) -> [Int] {
        guard let root = trailer["Root"].reference else { throw Self.failure(path, "the trailer has no /Root") }
        var pages: [Int] = []
        var visited: Set<Int> = []
        func walk(_ node: PDFValue) throws(CairoError) {
            guard let reference = node.reference, visited.insert(reference.number).inserted else {
                throw Self.failure(path, "the page tree holds a page that is not an object of its own, or one twice")
            }
            let dictionary = try object(reference.number).dictionary
            guard dictionary["Type"].isName("Pages") else { return pages.append(reference.number) }
            for kid in try resolve(dictionary["Kids"]).items { try walk(kid) }
        }
        try walk(try object(root.number).dictionary["Pages"])
        return pages
    }

    /// The content stream of a page: its object number and decoded bytes (Cairo writes one stream per page).
    func content(ofPage page: PDFDictionary) throws(CairoError) -> (number: Int, bytes: [UInt8]) {
        guard let reference = page["Contents"].reference else {
            throw Self.failure(path, "a page's /Contents is not one stream")
        }
        return (reference.number, try decodedData(of: object(reference.number), number: reference.number))
    }

    static func failure(_ path: String, _ reason: String) -> CairoError {
        CairoError(
            operation: "making \(path) a tagged PDF/UA-1 and PDF/A-2a file",
            reason: "the PDF Cairo wrote cannot be read: " + reason,
            remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
    }

    // MARK: Cross-reference table

    private static func crossReferences(
        in bytes: UnsafeRawBufferPointer
    ) throws(PDFParser.Failure) -> (trailer: PDFDictionary, offsets: [Int?], start: Int) {
        let start = try tableStart(in: bytes)
        var parser = PDFParser(bytes, at: start)
        try parser.expect("xref")
        var offsets: [Int?] = []
        while !parser.skip("trailer") {
            let first = try parser.integer()
            let count = try parser.integer()
            guard first <= 1 << 22, count <= 1 << 22 else { throw parser.failure("a subsection too large") }
            if offsets.count < first + count { offsets += Array(repeating: nil, count: first + count - offsets.count) }
            for number in first..<(first + count) {
                let offset = try parser.integer()
                _ = try parser.integer()
                let inUse = parser.skip("n")
                guard inUse || parser.skip("f") else { throw parser.failure("an entry neither in use nor free") }
                offsets[number] = inUse && number > 0 ? offset : nil
            }
        }
        guard let trailer = try parser.value().dictionary else { throw parser.failure("the trailer is no dictionary") }
        guard !trailer.has("Prev") else { throw parser.failure("a file of several revisions (/Prev)") }
        return (trailer, offsets, start)
    }

    /// The offset after the last `startxref`.
    private static func tableStart(in bytes: UnsafeRawBufferPointer) throws(PDFParser.Failure) -> Int {
        let keyword = Array("startxref".utf8)
        var index = bytes.count - keyword.count
        while index >= max(0, bytes.count - 1024) {
            if bytes[index] == keyword[0], keyword.indices.allSatisfy({ bytes[index + $0] == keyword[$0] }) {
                var parser = PDFParser(bytes, at: index + keyword.count)
                let start = try parser.integer()
                guard start < bytes.count else { throw parser.failure("startxref points past the end") }
                return start
            }
            index -= 1
        }
        throw PDFParser.Failure(offset: bytes.count, problem: "no startxref at the end of the file")
    }
}

/// `@unchecked Sendable`: every stored property is a constant, and the bytes it reads are not written once Cairo has
/// finished the file, so threads may read them side by side (the pages' work of the pass, `PageWork`).
extension PDFSource: @unchecked Sendable {}
