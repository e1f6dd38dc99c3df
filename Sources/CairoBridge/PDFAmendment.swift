import Foundation

/// Adds to a finished PDF what Cairo 1.16 does not write but an accessible document needs: the document
/// language (`/Lang`), the mark that the file is tagged (`/MarkInfo`), that viewers show the title, and the
/// text alternative (`/Alt`) of every figure in the structure tree.
///
/// It appends an incremental update (new versions of the catalog and of the figure elements, an xref section
/// and a trailer with `/Prev`), the mechanism PDF provides for amending a file, so Cairo's bytes stay untouched
/// and the result is as reproducible as Cairo's output. Written here because no library on this machine edits
/// PDF objects (qpdf is a command-line tool, not a dependency we link).
enum PDFAmendment {
    static func amend(fileAt path: String, language: String, figureAlternatives: [String]) throws(CairoError) {
        let failure = { (reason: String) in
            CairoError(
                operation: "adding the language, tag marks and figure texts to \(path)", reason: reason,
                remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw failure("the file cannot be read") }
        let text = String(decoding: data, as: Unicode.ASCII.self)
        guard let trailer = text.range(of: "trailer", options: .backwards),
            let startxref = text.range(of: "startxref", options: .backwards),
            let previous = Int(text[startxref.upperBound...].prefix(while: { $0 != "%" })
                .trimmingCharacters(in: .whitespacesAndNewlines)),
            let root = number(after: "/Root", in: text[trailer.upperBound...]),
            let size = number(after: "/Size", in: text[trailer.upperBound...]),
            let catalog = dictionary(of: root, in: text)
        else { throw failure("the file does not have the structure Cairo writes") }
        let info = number(after: "/Info", in: text[trailer.upperBound...])

        var replaced: [(number: Int, body: String)] = []
        // Cairo writes /MarkInfo itself for some tagged documents; add only what is not there.
        let additions = [
            ("/Lang", "/Lang (\(language.filter { $0.isLetter || $0.isNumber || $0 == "-" }))"),
            ("/MarkInfo", "/MarkInfo << /Marked true >>"),
            ("/ViewerPreferences", "/ViewerPreferences << /DisplayDocTitle true >>"),
        ].filter { !catalog.contains($0.0) }.map { "   " + $0.1 + "\n" }.joined()
        if !additions.isEmpty { replaced.append((root, catalog + "\n" + additions)) }
        // Figure elements appear in the file in the order their tags were drawn.
        for (number, alternative) in zip(figureNumbers(in: text), figureAlternatives) where !alternative.isEmpty {
            guard let element = dictionary(of: number, in: text), !element.contains("/Alt") else { continue }
            replaced.append((number, element + "\n   /Alt " + utf16Hex(alternative) + "\n"))
        }
        guard !replaced.isEmpty else { return }

        var update = ""
        var offsets: [(Int, Int)] = []
        for (number, body) in replaced {
            offsets.append((number, data.count + update.utf8.count))
            update += "\(number) 0 obj\n\(body)>>\nendobj\n"
        }
        let xrefOffset = data.count + update.utf8.count
        update += "xref\n0 1\n0000000000 65535 f \n"
        for (number, offset) in offsets {
            let field = String(offset)
            update += "\(number) 1\n" + String(repeating: "0", count: max(0, 10 - field.count)) + field + " 00000 n \n"
        }
        update += "trailer\n<< /Size \(size)\n   /Root \(root) 0 R\n"
        if let info { update += "   /Info \(info) 0 R\n" }
        update += "   /Prev \(previous)\n>>\nstartxref\n\(xrefOffset)\n%%EOF\n"

        guard let handle = FileHandle(forWritingAtPath: path) else { throw failure("the file cannot be written") }
        do {
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(update.utf8))
            try handle.close()
        } catch {
            throw failure("writing failed: \(error.localizedDescription)")
        }
    }

    /// The entries of object `number`'s dictionary, from `<<` up to (not including) its closing `>>`.
    private static func dictionary(of number: Int, in text: String) -> String? {
        guard let start = text.range(of: "\n\(number) 0 obj\n", options: .backwards),
            let end = text.range(of: "endobj", range: start.upperBound..<text.endIndex),
            let close = text.range(of: ">>", options: .backwards, range: start.upperBound..<end.lowerBound)
        else { return nil }
        return text[start.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The object numbers of the structure elements of type Figure, in file order.
    private static func figureNumbers(in text: String) -> [Int] {
        var numbers: [Int] = []
        var searchStart = text.startIndex
        while let range = text.range(of: "<< /Type /StructElem\n   /S /Figure\n", range: searchStart..<text.endIndex) {
            let header = text[..<range.lowerBound].suffix(24)
            if let objRange = header.range(of: " 0 obj", options: .backwards) {
                let digits = header[..<objRange.lowerBound].reversed().prefix(while: \.isNumber).reversed()
                if let number = Int(String(digits)) { numbers.append(number) }
            }
            searchStart = range.upperBound
        }
        return numbers
    }

    /// A PDF text string in UTF-16BE with byte order mark, written in hex: `<FEFF0041…>`.
    private static func utf16Hex(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    private static func number(after key: String, in text: Substring) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].drop(while: { $0 == " " }).prefix(while: { $0.isNumber }))
    }
}
