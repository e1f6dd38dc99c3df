import Formats
import Foundation
import Layout

extension BatchRenderer {
    /// Writes `document` in every asked format but PDF next to `pdf` (same name, the format's extension) and
    /// returns the names written. A workbook is left out when the document has neither tables nor figure data.
    func writeOtherFormats(of document: Document, besides pdf: URL) throws -> [String] {
        let theme = resolver.context.plan.settings.theme.theme
        var names: [String] = []
        for format in formats where format != .pdf {
            let url = pdf.deletingPathExtension().appendingPathExtension(format.fileExtension)
            let written: Bool
            switch format {
            case .pdf: continue
            case .html:
                try HTMLWriter(words: .german, theme: theme).write(document, to: url)
                written = true
            case .docx, .odt:
                try PandocWriter(words: .german, theme: theme).write(document, as: format, to: url)
                written = true
            case .xlsx: written = try XLSXWriter(words: .german, theme: theme).write(document, to: url)
            }
            if written { names.append(url.lastPathComponent) }
        }
        return names
    }
}
