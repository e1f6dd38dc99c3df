import Foundation

/// Small PDFs made by hand for the pass's tests, as Cairo writes them: one revision, a classic cross-reference
/// table, objects numbered from 1 with the catalog first.
enum HandMadePDF {
    /// A PDF of `objects`; `info` is the number of the document information object, nil for none.
    static func file(_ objects: [String], info: Int? = nil) -> [UInt8] {
        var text = "%PDF-1.5\n%\u{B5}\n"
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(text.utf8.count)
            text += "\(index + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = text.utf8.count
        text += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        text += offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        text += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R\(info.map { " /Info \($0) 0 R" } ?? "") >>\n"
        text += "startxref\n\(xref)\n%%EOF\n"
        return Array(text.utf8)
    }
}
