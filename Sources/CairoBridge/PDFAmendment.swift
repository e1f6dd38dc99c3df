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
        let pdf = PDFBytes(data)
        let tail = pdf.lastOccurrence(of: "trailer") ?? pdf.count
        guard let startxref = pdf.lastOccurrence(of: "startxref"),
            let previous = pdf.integer(at: startxref + "startxref".utf8.count),
            let root = pdf.integer(after: "/Root", from: tail),
            let size = pdf.integer(after: "/Size", from: tail),
            let catalog = pdf.dictionary(ofObject: root)
        else { throw failure("the file does not have the structure Cairo writes") }
        let info = pdf.integer(after: "/Info", from: tail)

        var replaced: [(number: Int, body: String)] = []
        // Cairo writes /MarkInfo itself for some tagged documents; add only what is not there.
        let additions = [
            ("/Lang", "/Lang (\(language.filter { $0.isLetter || $0.isNumber || $0 == "-" }))"),
            ("/MarkInfo", "/MarkInfo << /Marked true >>"),
            ("/ViewerPreferences", "/ViewerPreferences << /DisplayDocTitle true >>"),
        ].filter { !catalog.contains($0.0) }.map { "   " + $0.1 + "\n" }.joined()
        if !additions.isEmpty { replaced.append((root, catalog + "\n" + additions)) }
        // Figure elements appear in the file in the order their tags were drawn.
        for (number, alternative) in zip(pdf.figureElements(), figureAlternatives) where !alternative.isEmpty {
            guard let element = pdf.dictionary(ofObject: number), !element.contains("/Alt") else { continue }
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
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            if let underlying, underlying.domain == NSPOSIXErrorDomain {
                throw CairoError.writeFailure("writing \(path)", errno: Int32(underlying.code))
            }
            throw failure("writing failed: \(error.localizedDescription)")
        }
    }

    /// A PDF text string in UTF-16BE with byte order mark, written in hex: `<FEFF0041…>`.
    private static func utf16Hex(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }
}
