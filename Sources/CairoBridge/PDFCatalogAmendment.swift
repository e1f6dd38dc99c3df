import Foundation

/// Adds to a finished PDF what Cairo 1.16 does not write but an accessible document needs: the document
/// language (`/Lang`), the mark that the file is tagged (`/MarkInfo`), and that viewers show the title.
///
/// It appends an incremental update (a new catalog object, an xref section and a trailer with `/Prev`),
/// the mechanism PDF provides for amending a file, so Cairo's bytes stay untouched and the result is as
/// reproducible as Cairo's output. Written here because no library on this machine edits PDF objects
/// (qpdf is a command-line tool, not a dependency we link).
enum PDFCatalogAmendment {
    static func amend(fileAt path: String, language: String) throws(CairoError) {
        let failure = { (reason: String) in
            CairoError(
                operation: "adding the language and tag marks to \(path)", reason: reason,
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
            let objectStart = text.range(of: "\n\(root) 0 obj", options: .backwards),
            let objectEnd = text.range(of: "endobj", range: objectStart.upperBound..<text.endIndex),
            let dictionaryEnd = text.range(of: ">>", options: .backwards, range: objectStart.upperBound..<objectEnd.lowerBound)
        else { throw failure("the file does not have the structure Cairo writes") }
        let info = number(after: "/Info", in: text[trailer.upperBound...])

        let entries = text[objectStart.upperBound..<dictionaryEnd.lowerBound]
        // Cairo writes /MarkInfo itself for some tagged documents; add only what is not there.
        let additions = [
            ("/Lang", "/Lang (\(language.filter { $0.isLetter || $0.isNumber || $0 == "-" }))"),
            ("/MarkInfo", "/MarkInfo << /Marked true >>"),
            ("/ViewerPreferences", "/ViewerPreferences << /DisplayDocTitle true >>"),
        ].filter { !entries.contains($0.0) }.map { "   " + $0.1 + "\n" }.joined()
        guard !additions.isEmpty else { return }
        let catalog =
            "\(root) 0 obj\n\(entries.trimmingCharacters(in: .whitespacesAndNewlines))\n" + additions + ">>\nendobj\n"
        let catalogOffset = data.count
        let xrefOffset = catalogOffset + catalog.utf8.count
        let offsetField = String(catalogOffset)
        var update = catalog
        update += "xref\n0 1\n0000000000 65535 f \n\(root) 1\n"
        update += String(repeating: "0", count: max(0, 10 - offsetField.count)) + offsetField + " 00000 n \n"
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

    private static func number(after key: String, in text: Substring) -> Int? {
        guard let range = text.range(of: key) else { return nil }
        return Int(text[range.upperBound...].drop(while: { $0 == " " }).prefix(while: { $0.isNumber }))
    }
}
