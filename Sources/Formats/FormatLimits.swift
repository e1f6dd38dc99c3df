import Layout

/// What a format cannot show as the PDF does, and what it shows instead: for `reportgen check`.
public enum FormatLimits {
    /// One sentence per kind of block that `format` shows differently in `document`, e.g.
    /// "docx: column sections flow in one column" (without counts, so that the reports of a run share them).
    public static func messages(for document: Document, in format: OutputFormat) -> [String] {
        var census = BlockCensus()
        census.count(document.blocks)
        var messages: [String] = []
        func add(_ count: Int, _ text: String) {
            if count > 0 { messages.append("\(format.rawValue): \(text)") }
        }
        switch format {
        case .pdf: break
        case .html:
            add(census.contents, "tables of contents list linked headings without page numbers")
            add(census.pageBreaks, "page breaks apply only when printed")
        case .docx, .odt:
            add(census.columns, "column sections flow in one column")
            add(census.figureRows, "figures side by side are placed one below the other")
            add(census.contents, "tables of contents list linked headings without page numbers")
            add(census.figures, "figures are pictures (PNG, 300 dpi) instead of vector graphics")
        case .xlsx:
            add(
                census.textBlocks,
                "headings, paragraphs and lists are left out: the workbook holds tables and figure data")
            add(census.figuresWithoutData, "figures without data (pictures) are left out")
        }
        return messages
    }
}

/// How many blocks of each kind that formats treat differently a document holds.
private struct BlockCensus {
    var contents = 0, pageBreaks = 0, columns = 0, figureRows = 0, figures = 0
    var textBlocks = 0, figuresWithoutData = 0

    mutating func count(_ blocks: [Block]) {
        for block in blocks {
            switch block {
            case .tableOfContents: contents += 1
            case .pageBreak: pageBreaks += 1
            case .columns(_, let inner):
                columns += 1
                count(inner)
            case .figureRow(let row):
                figureRows += 1
                row.forEach { count($0) }
            case .figure(let figure): count(figure)
            case .heading, .paragraph, .list: textBlocks += 1
            case .table, .spacer, .titlePage: continue
            }
        }
    }

    private mutating func count(_ figure: Figure) {
        figures += 1
        if !(figure.drawing is FigureData) { figuresWithoutData += 1 }
    }
}
