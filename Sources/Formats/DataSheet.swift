import Layout

/// A table or a figure's data as cells that know what they are: text, a number as published, or "k. A.".
/// The CSV and XLSX writers write these; both read the numbers back from the printed text (`PublishedNumber`),
/// so a spreadsheet holds exactly the numbers the PDF shows.
public struct DataSheet: Sendable {
    public enum Cell: Hashable, Sendable {
        case text(String)
        case number(PublishedNumber)
        /// A value that must not or cannot be shown, with the text printed for it.
        case missing(String)
    }

    /// "Tabelle 1" or "Abbildung 2": the sheet's short name.
    public var name: String
    /// The caption as printed: "Tabelle 1: …".
    public var title: String
    public var header: [String]
    public var rows: [[Cell]]
    /// Rows printed in bold (the report's own area), by index.
    public var emphasized: Set<Int>
    /// The source line as printed ("Quelle: …"); empty for none.
    public var source: String

    public var hasMissingCells: Bool {
        rows.contains { $0.contains { if case .missing = $0 { true } else { false } } }
    }

    /// Reads cells as printed, and names the unit of a column of numbers in its header ("Kinderarmut (%)").
    init(
        name: String, title: String, printedHeader: [String], printedRows: [[String]], emphasized: Set<Int> = [],
        source: String, words: FormatWords
    ) {
        self.name = name
        self.title = title
        self.source = source
        self.emphasized = emphasized
        let rows = printedRows.map { $0.map { Self.cell($0, words: words) } }
        self.rows = rows
        header = printedHeader.enumerated().map { index, title in
            let units = Set(Self.numbers(in: rows, column: index).map(\.unit))
            guard units.count == 1, let unit = units.first, !unit.isEmpty, !title.contains(unit) else { return title }
            return "\(title) (\(unit))"
        }
    }

    private static func cell(_ text: String, words: FormatWords) -> Cell {
        if text == words.notAvailable { return .missing(text) }
        return PublishedNumber(text).map(Cell.number) ?? .text(text)
    }

    private static func numbers(in rows: [[Cell]], column: Int) -> [PublishedNumber] {
        rows.compactMap { row in
            guard column < row.count, case .number(let number) = row[column] else { return nil }
            return number
        }
    }
}

extension DataSheet {
    /// Every table and every figure with data of `document`, in reading order, numbered as in the PDF.
    public static func sheets(in document: Document, words: FormatWords) -> [DataSheet] {
        var sheets: [DataSheet] = []
        func collect(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .table(let table): sheets.append(DataSheet(table: table, words: words))
                case .figure(let figure): add(figure)
                case .figureRow(let figures): figures.forEach(add)
                case .columns(_, let inner): collect(inner)
                default: continue
                }
            }
        }
        func add(_ figure: Figure) {
            if let sheet = DataSheet(figure: figure, words: words) { sheets.append(sheet) }
        }
        collect(document.blocks)
        return sheets
    }

    /// A table's header (rows joined per column) and rows, as printed.
    public init(table: Table, words: FormatWords) {
        let number = table.number
        let columns = max(table.columns.count, table.rows.map(\.cells.count).max() ?? 0)
        let header = (0..<columns).map { column in
            table.header.compactMap { column < $0.cells.count ? $0.cells[column].plainText : nil }
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
        self.init(
            name: "\(words.document.table) \(number)",
            title: table.caption.isEmpty
                ? "\(words.document.table) \(number)" : words.tableCaption(number, table.caption),
            printedHeader: header, printedRows: table.rows.map { $0.cells.map(\.plainText) },
            emphasized: Set(table.rows.indices.filter { table.rows[$0].emphasized }),
            source: table.source.isEmpty ? "" : words.sourceLine(table.source), words: words)
    }

    /// The data behind a figure, or nil for a figure without data (a logo, a picture).
    public init?(figure: Figure, words: FormatWords) {
        let number = figure.number
        guard let data = figure.drawing as? FigureData, let header = data.dataRows.first else { return nil }
        self.init(
            name: "\(words.document.figure) \(number)", title: words.figureCaption(number, figure.caption),
            printedHeader: header,
            printedRows: Array(data.dataRows.dropFirst()),
            source: figure.source.isEmpty ? "" : words.sourceLine(figure.source), words: words)
    }
}
