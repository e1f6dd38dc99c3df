import CairoBridge
import Layout

/// The blocks of a document as HTML, numbered as the PDF numbers them.
struct HTMLBody {
    let document: Document
    let words: FormatWords
    private var counter: DocumentCounter
    private let engine = TextEngine()

    init(document: Document, words: FormatWords) {
        self.document = document
        self.words = words
        counter = DocumentCounter(numbersHeadings: document.numberHeadings)
    }

    mutating func blocks(_ blocks: [Block], width: Double) throws -> String {
        var parts: [String] = []
        for block in blocks { parts.append(try self.block(block, width: width)) }
        return parts.filter { !$0.isEmpty }.joined(separator: "\n")
    }

    private mutating func block(_ block: Block, width: Double) throws -> String {
        switch block {
        case .heading(let heading):
            let (text, anchor) = counter.heading(heading)
            return "<h\(heading.level) id=\"\(anchor)\">\(HTMLText.escape(text))</h\(heading.level)>"
        case .paragraph(let paragraph):
            let role = paragraph.role == .body ? "" : " class=\"\(paragraph.role)\""
            return "<p\(role)>\(HTMLText.inline(paragraph.content))</p>"
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let items = list.items.map { "<li>\(HTMLText.inline($0))</li>" }.joined(separator: "\n")
            return "<\(tag)>\n\(items)\n</\(tag)>"
        case .table(let table): return self.table(table)
        case .figure(let figure): return try self.figure(figure, width: width)
        case .figureRow(let figures):
            let gap = 12.0
            let each = (width - gap * Double(max(figures.count - 1, 0))) / Double(max(figures.count, 1))
            var parts: [String] = []
            for figure in figures { parts.append(try self.figure(figure, width: each)) }
            return "<div class=\"figure-row\">\n\(parts.joined(separator: "\n"))\n</div>"
        case .spacer: return ""
        case .pageBreak: return "<div class=\"page-break\"></div>"
        case .titlePage(let titlePage): return try self.titlePage(titlePage)
        case .tableOfContents(let title): return contents(title: title)
        case .columns(let count, let inner):
            let gap = 18.0
            let each = (width - gap * Double(max(count - 1, 0))) / Double(max(count, 1))
            return "<div class=\"columns\" style=\"column-count: \(count)\">\n\(try blocks(inner, width: each))\n</div>"
        }
    }

    private func titlePage(_ titlePage: TitlePage) throws -> String {
        var parts = ["<header class=\"title-page\">"]
        if let logo = titlePage.logo {
            let size = FigureSize.of(logo, width: 130, engine: engine)
            parts.append(try InlineSVG.markup(logo, size: size, prefix: "logo", label: "", engine: engine))
        }
        parts.append("<h1>\(HTMLText.escape(titlePage.title))</h1>")
        if !titlePage.subtitle.isEmpty {
            parts.append("<p class=\"subtitle\">\(HTMLText.escape(titlePage.subtitle))</p>")
        }
        for line in [titlePage.office, titlePage.date] where !line.isEmpty {
            parts.append("<p class=\"imprint\">\(HTMLText.escape(line))</p>")
        }
        return (parts + ["</header>"]).joined(separator: "\n")
    }

    /// The listed headings of levels 1 and 2 as nested lists of links.
    private func contents(title: String) -> String {
        var groups: [(top: ContentsEntry?, children: [ContentsEntry])] = []
        for entry in ContentsEntry.entries(for: document.blocks, numberHeadings: document.numberHeadings) {
            if entry.level == 1 || groups.isEmpty { groups.append((entry.level == 1 ? entry : nil, [])) }
            if entry.level != 1 { groups[groups.count - 1].children.append(entry) }
        }
        let link = { (entry: ContentsEntry) in "<a href=\"#\(entry.destination)\">\(HTMLText.escape(entry.text))</a>" }
        let items = groups.map { group in
            let children = group.children.map { "<li>\(link($0))</li>" }.joined()
            return "<li>" + (group.top.map(link) ?? "") + (children.isEmpty ? "" : "<ol>\(children)</ol>") + "</li>"
        }
        return
            ([
                "<nav class=\"contents\" aria-labelledby=\"contents-title\">",
                "<h2 id=\"contents-title\">\(HTMLText.escape(title))</h2>", "<ol>",
            ] + items + ["</ol>", "</nav>"]).joined(separator: "\n")
    }

    private mutating func table(_ table: Table) -> String {
        let number = table.number
        var parts = ["<div class=\"table\">", "<table>"]
        if !table.caption.isEmpty {
            parts.append("<caption>\(HTMLText.escape(words.tableCaption(number, table.caption)))</caption>")
        }
        let numeric = table.columns.map { $0.alignment == .right }
        if !table.header.isEmpty {
            parts.append("<thead>")
            for row in table.header {
                let cells = row.cells.enumerated().map { index, cell in
                    "<th scope=\"col\"\(Self.numberClass(numeric, index))>\(HTMLText.inline(cell))</th>"
                }
                parts.append("<tr>\(cells.joined())</tr>")
            }
            parts.append("</thead>")
        }
        parts.append("<tbody>")
        var missing = false
        for row in table.rows {
            let cells = row.cells.enumerated().map { index, cell in
                if cell.plainText == words.notAvailable { missing = true }
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                return "<\(tag)\(Self.numberClass(numeric, index))>\(HTMLText.inline(cell))</\(close)>"
            }
            parts.append("<tr\(row.emphasized ? " class=\"emphasized\"" : "")>\(cells.joined())</tr>")
        }
        parts += ["</tbody>", "</table>"]
        if !table.source.isEmpty {
            parts.append("<p class=\"source\">\(HTMLText.escape(words.sourceLine(table.source)))</p>")
        }
        if missing { parts.append("<p class=\"source\">\(HTMLText.escape(words.notAvailableNote))</p>") }
        return (parts + ["</div>"]).joined(separator: "\n")
    }

    private static func numberClass(_ numeric: [Bool], _ index: Int) -> String {
        index < numeric.count && numeric[index] ? " class=\"number\"" : ""
    }

    private mutating func figure(_ figure: Figure, width: Double) throws -> String {
        let number = figure.number
        let svg = try InlineSVG.markup(
            figure.drawing, size: FigureSize.of(figure.drawing, width: width, engine: engine), prefix: "abb\(number)",
            label: figure.altText.isEmpty ? figure.caption : figure.altText, engine: engine)
        var parts = [
            "<figure id=\"abbildung-\(number)\">",
            "<figcaption>\(HTMLText.escape(words.figureCaption(number, figure.caption)))</figcaption>", svg,
        ]
        if !figure.source.isEmpty {
            parts.append("<p class=\"source\">\(HTMLText.escape(words.sourceLine(figure.source)))</p>")
        }
        return (parts + ["</figure>"]).joined(separator: "\n")
    }
}
