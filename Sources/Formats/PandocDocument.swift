import CairoBridge
import Foundation
import Layout

/// A document in Pandoc's JSON format, for DOCX and ODT: headings with heading styles and anchors, paragraphs,
/// lists, native tables, figures as 300 dpi PNG files (written into `pictures`) with their text alternative,
/// caption above and source below, as in the PDF. Columns and figure rows flow one after the other.
struct PandocDocument {
    let document: Document
    let words: FormatWords
    let format: OutputFormat
    /// The folder the figure pictures are written to; Pandoc embeds them.
    let pictures: URL
    private var counter: DocumentCounter
    private let engine = TextEngine()
    private static let pixelsPerPoint = 300.0 / 72

    init(document: Document, words: FormatWords, format: OutputFormat, pictures: URL) {
        self.document = document
        self.words = words
        self.format = format
        self.pictures = pictures
        counter = DocumentCounter(numbersHeadings: document.numberHeadings)
    }

    /// The whole document as JSON text.
    mutating func json() throws -> String {
        let meta = JSON.object([("lang", Pandoc.node("MetaInlines", .array([Pandoc.text(document.metadata.language)])))]
        )
        let blocks = try self.blocks(document.blocks)
        return JSON.object([("pandoc-api-version", Pandoc.apiVersion), ("meta", meta), ("blocks", .array(blocks))]).text
    }

    private mutating func blocks(_ blocks: [Block]) throws -> [JSON] {
        var result: [JSON] = []
        for block in blocks { result += try self.block(block) }
        return result
    }

    private mutating func block(_ block: Block) throws -> [JSON] {
        switch block {
        case .heading(let heading):
            let (text, anchor) = counter.heading(heading)
            return [Pandoc.header(level: heading.level, id: anchor, [Pandoc.text(text)])]
        case .paragraph(let paragraph):
            let para = Pandoc.paragraph(Pandoc.inlines(paragraph.content))
            switch paragraph.role {
            case .body: return [para]
            case .lead: return [Pandoc.styled("Lead", [para])]
            case .small: return [Pandoc.styled("Small", [para])]
            case .note: return [Pandoc.styled("Note", [para])]
            }
        case .list(let list):
            return [Pandoc.list(ordered: list.ordered, list.items.map { [Pandoc.plain(Pandoc.inlines($0))] })]
        case .table(let table): return self.table(table)
        case .figure(let figure): return try self.figure(figure)
        case .figureRow(let figures):
            var result: [JSON] = []
            for figure in figures { result += try self.figure(figure) }
            return result
        case .spacer: return []
        case .pageBreak: return [pageBreak]
        case .titlePage(let titlePage): return try self.titlePage(titlePage)
        case .tableOfContents(let title): return contents(title: title)
        case .columns(_, let inner): return try blocks(inner)
        }
    }

    private var pageBreak: JSON {
        format == .docx
            ? Pandoc.raw("openxml", "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>")
            : Pandoc.raw("opendocument", "<text:p text:style-name=\"\(ReferenceDocument.pageBreakStyle)\"/>")
    }

    private func titlePage(_ titlePage: TitlePage) throws -> [JSON] {
        var result: [JSON] = []
        if let logo = titlePage.logo {
            let size = FigureSize.of(logo, width: 130, engine: engine)
            let file = pictures.appendingPathComponent("logo.png")
            try FigureExport.writePNG(
                logo, size: size, to: file.path, pixelsPerPoint: Self.pixelsPerPoint, engine: engine)
            result.append(try picture(file, size: size, style: "Logo", title: titlePage.office, alt: titlePage.office))
        }
        result.append(Pandoc.styled("Title", [Pandoc.paragraph([Pandoc.text(titlePage.title)])]))
        if !titlePage.subtitle.isEmpty {
            result.append(Pandoc.styled("Subtitle", [Pandoc.paragraph([Pandoc.text(titlePage.subtitle)])]))
        }
        for line in [titlePage.office, titlePage.date] where !line.isEmpty {
            result.append(Pandoc.paragraph([Pandoc.text(line)]))
        }
        return result + [pageBreak]
    }

    /// The listed headings of levels 1 and 2 as links: page numbers belong to the PDF, an editable document
    /// reflows.
    private func contents(title: String) -> [JSON] {
        let entries = ContentsEntry.entries(for: document.blocks, numberHeadings: document.numberHeadings)
        let lines = entries.map { entry in
            let link = Pandoc.inlines([.link(entry.text, target: .destination(entry.destination))])
            return Pandoc.styled(entry.level == 1 ? "Contents1" : "Contents2", [Pandoc.paragraph(link)])
        }
        return [Pandoc.styled("ContentsHeading", [Pandoc.paragraph([Pandoc.text(title)])])] + lines
    }

    private mutating func table(_ table: Table) -> [JSON] {
        let number = table.number
        let columns = max(table.columns.count, table.rows.map(\.cells.count).max() ?? 0)
        let alignments = (0..<columns).map { index in
            index < table.columns.count && table.columns[index].alignment == .right ? "AlignRight" : "AlignLeft"
        }
        func row(_ row: TableRow, bold: Bool) -> JSON {
            let cells = (0..<columns).map { index -> JSON in
                let runs = index < row.cells.count ? Pandoc.inlines(row.cells[index]) : []
                let content = bold ? [Pandoc.node("Strong", .array(runs))] : runs
                return .array([
                    Pandoc.attributes(), Pandoc.node("AlignDefault"), .int(1), .int(1),
                    .array([Pandoc.plain(content)]),
                ])
            }
            return .array([Pandoc.attributes(), .array(cells)])
        }
        let caption: JSON =
            table.caption.isEmpty
            ? .array([.null, .array([])])
            : .array([.null, .array([Pandoc.plain([Pandoc.text(words.tableCaption(number, table.caption))])])])
        let specs = JSON.array(alignments.map { .array([Pandoc.node($0), Pandoc.node("ColWidthDefault")]) })
        let head = JSON.array([Pandoc.attributes(), .array(table.header.map { row($0, bold: false) })])
        let body = JSON.array([
            Pandoc.attributes(), .int(0), .array([]), .array(table.rows.map { row($0, bold: $0.emphasized) }),
        ])
        let foot = JSON.array([Pandoc.attributes(), .array([])])
        var result = [Pandoc.node("Table", .array([Pandoc.attributes(), caption, specs, head, .array([body]), foot]))]
        if !table.source.isEmpty { result.append(source(words.sourceLine(table.source))) }
        if table.rows.contains(where: { $0.cells.contains { $0.plainText == words.notAvailable } }) {
            result.append(source(words.notAvailableNote))
        }
        return result
    }

    /// A picture in a paragraph of `style`, with its text alternative: in DOCX through Pandoc's image (its
    /// `descr`); in ODT as a frame of its own with the picture inside, because Pandoc's ODT writer drops the
    /// alternative text, which screen readers need (`svg:title`, `svg:desc`).
    private func picture(_ file: URL, size: Size, style: String, title: String, alt: String) throws -> JSON {
        let width = size.width / 72 * 2.54
        guard format == .odt else {
            // Relative to the folder Pandoc runs in, so that no temporary path ends up in the file.
            let image = Pandoc.image(path: file.lastPathComponent, widthCentimetres: width, alt: alt)
            return Pandoc.styled(style, [Pandoc.paragraph([image])])
        }
        let data = try Data(contentsOf: file).base64EncodedString()
        let x = ReferenceDocument.xml
        let frame =
            "<draw:frame draw:name=\"\(x(title))\" text:anchor-type=\"as-char\" "
            + "svg:width=\"\(String(format: "%.2f", width))cm\" svg:height=\"\(String(format: "%.2f", size.height / 72 * 2.54))cm\">"
        return Pandoc.raw(
            "opendocument",
            "<text:p text:style-name=\"\(style)\">\(frame)<draw:image><office:binary-data>\(data)</office:binary-data>"
                + "</draw:image><svg:title>\(x(title))</svg:title><svg:desc>\(x(alt))</svg:desc></draw:frame></text:p>")
    }

    private func source(_ line: String) -> JSON { Pandoc.styled("Source", [Pandoc.paragraph([Pandoc.text(line)])]) }

    private mutating func figure(_ figure: Figure) throws -> [JSON] {
        let number = figure.number
        let width = document.pageSetup.contentRect.width
        let size = FigureSize.of(figure.drawing, width: width, engine: engine)
        let file = pictures.appendingPathComponent("abbildung-\(number).png")
        try FigureExport.writePNG(
            figure.drawing, size: size, to: file.path, pixelsPerPoint: Self.pixelsPerPoint, engine: engine)
        let caption = words.figureCaption(number, figure.caption)
        var result = [
            Pandoc.styled("Caption", [Pandoc.paragraph([Pandoc.text(caption)])]),
            try picture(
                file, size: size, style: "Figure", title: caption,
                alt: figure.altText.isEmpty ? figure.caption : figure.altText),
        ]
        if !figure.source.isEmpty { result.append(source(words.sourceLine(figure.source))) }
        return result
    }
}
