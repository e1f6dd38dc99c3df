/// A table with header rows that repeat on every page it spans; it splits only between rows.
public struct Table: Sendable {
    public var columns: [TableColumn]
    public var header: [TableRow]
    public var rows: [TableRow]
    /// The caption without the "Tabelle n:" prefix; empty for none.
    public var caption: String
    /// The source line without the "Quelle:" prefix; empty for none.
    public var source: String
    /// Added to the caption where the table continues on a new page or in a further group of columns,
    /// e.g. "(Fortsetzung)"; empty to repeat the caption as it is.
    public var continuation: String
    /// The table's number ("Tabelle 2"), counted by its `Document` in reading order; 0 outside a document.
    public internal(set) var number = 0

    public init(
        columns: [TableColumn], header: [TableRow], rows: [TableRow], caption: String = "", source: String = "",
        continuation: String = ""
    ) {
        self.columns = columns
        self.header = header
        self.rows = rows
        self.caption = caption
        self.source = source
        self.continuation = continuation
    }

    /// The same table with only the columns at `indices`, in that order.
    func columns(_ indices: [Int]) -> Table {
        guard indices != Array(columns.indices) else { return self }
        var part = self
        part.columns = indices.compactMap { columns.indices.contains($0) ? columns[$0] : nil }
        part.header = header.map { $0.cells(indices) }
        part.rows = rows.map { $0.cells(indices) }
        return part
    }
}

public struct TableColumn: Hashable, Sendable {
    public enum Width: Hashable, Sendable {
        /// Exactly this many points.
        case fixed(Double)
        /// A share of the width left after fixed and content-based columns.
        case relative(Double)
        /// As wide as the widest cell on one line, within the space available.
        case content
    }

    public enum Alignment: Hashable, Sendable { case left, center, right }

    public var width: Width
    public var alignment: Alignment

    public init(width: Width = .relative(1), alignment: Alignment = .left) {
        self.width = width
        self.alignment = alignment
    }

    /// A column of numbers: right-aligned, as wide as its content.
    public static let number = TableColumn(width: .content, alignment: .right)
}

public struct TableRow: Sendable {
    public var cells: [[Inline]]
    /// Printed in bold, e.g. the row of the area the report is about, or the city total.
    public var emphasized: Bool

    public init(_ cells: [[Inline]], emphasized: Bool = false) {
        self.cells = cells
        self.emphasized = emphasized
    }

    /// The same row with only the cells at `indices` (empty cells where the row is short).
    func cells(_ indices: [Int]) -> TableRow {
        TableRow(indices.map { cells.indices.contains($0) ? cells[$0] : [] }, emphasized: emphasized)
    }

    /// A row of plain-text cells.
    public init(texts: [String], emphasized: Bool = false) {
        self.init(texts.map { [.text($0)] }, emphasized: emphasized)
    }
}
