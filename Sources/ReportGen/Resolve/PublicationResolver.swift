import Foundation
import Layout

/// The blocks that make a document one an office can hand in, resolved into blocks the layout already has:
/// the Impressum a note, the signature lines a table, a slot file paragraphs, lists and headings.
struct PublicationResolver {
    let context: ResolveContext

    /// "Herausgeber: … · Kontakt: … · Stand: 29.11.2026", the labels in bold.
    func impressum() -> [Block] {
        let settings = context.plan.settings
        let parts = [
            ("Herausgeber", settings.office), ("Kontakt", settings.contact), ("Stand", context.published.german),
        ]
        var content: [Inline] = []
        for (label, text) in parts where !text.isEmpty {
            if !content.isEmpty { content.append(.text(" · ")) }
            content += [.bold("\(label):"), .text(" \(text)")]
        }
        return [.paragraph(Paragraph(content, role: .note))]
    }

    /// Two lines to write on side by side, "Ort, Datum" under the first and "Unterschrift / Stempel" under the
    /// second, after room for the hand: a table of one row (a second row would lie on the zebra band), each cell the
    /// line and its label on two lines, which the layout keeps whole and every output format shows.
    func signature() -> [Block] {
        let line = String(repeating: "_", count: 34)
        let table = Layout.Table(
            columns: [TableColumn(width: .relative(1)), TableColumn(width: .relative(1))], header: [],
            rows: [TableRow(texts: ["\(line)\nOrt, Datum", "\(line)\nUnterschrift / Stempel"])])
        return [.spacer(24), .table(table)]
    }

    /// The Markdown of a slot file: paragraphs, `- ` lists and `#` headings; nil when the file does not exist.
    func slot(_ plan: TextFilePlan, path: String) throws -> SlotText? {
        let base = URL(fileURLWithPath: context.plan.file).deletingLastPathComponent()
        let file = path.hasPrefix("/") ? path : base.appendingPathComponent(path).path
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        var text = MarkdownBlocks.parse(try String(contentsOfFile: file, encoding: .utf8))
        text.file = file
        return text
    }
}

/// A slot file read: its blocks, and where each heading was written, so that `check` can name the line.
struct SlotText {
    /// A heading of the file: its line (1-based) and how many `#` it was written with.
    struct HeadingLine {
        var line: Int
        var marks: Int
    }

    var file = ""
    var blocks: [Block] = []
    /// One entry per heading among `blocks`, in order.
    var headings: [HeadingLine] = []
}

/// The little Markdown an office writes into a slot file: paragraphs separated by blank lines, lists of `- `
/// or `* ` items, `#` (chapter) and `##` headings, and the inline markup of templates (`**fett**`, `*kursiv*`,
/// links).
enum MarkdownBlocks {
    static func parse(_ text: String) -> SlotText {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(
            separator: "\n", omittingEmptySubsequences: false)
        var blocks: [Block] = []
        var headings: [SlotText.HeadingLine] = []
        var paragraph: [String] = []
        var items: [String] = []
        func flush() {
            if !paragraph.isEmpty {
                blocks.append(.paragraph(Paragraph(TemplateInline.parse(paragraph.joined(separator: " ")))))
            }
            if !items.isEmpty { blocks.append(.list(ListBlock(items: items.map(TemplateInline.parse)))) }
            paragraph = []
            items = []
        }
        for (index, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("#") {
                flush()
                let marks = line.prefix { $0 == "#" }.count
                let title = line.dropFirst(marks).trimmingCharacters(in: .whitespaces)
                // "# Ausblick" is a chapter of the document, in its contents and outline like the template's own.
                blocks.append(.heading(Heading(level: min(marks, 3), title)))
                headings.append(SlotText.HeadingLine(line: index + 1, marks: marks))
            } else if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty { flush() }
                items.append(String(line.dropFirst(2)))
            } else if !items.isEmpty, raw.hasPrefix(" ") {
                items[items.count - 1] += " " + line
            } else {
                if !items.isEmpty { flush() }
                paragraph.append(line)
            }
        }
        flush()
        return SlotText(blocks: blocks, headings: headings)
    }
}
