/// A table with header rows that repeat on every page it spans; it splits only between rows.
public struct Table {
    public var columns: [TableColumn]
    public var header: [TableRow]
    public var rows: [TableRow]
    /// The caption without the "Tabelle n:" prefix; empty for none.
    public var caption: String
    /// The source line without the "Quelle:" prefix; empty for none.
    public var source: String

    public init(
        columns: [TableColumn], header: [TableRow], rows: [TableRow], caption: String = "", source: String = ""
    ) {
        self.columns = columns
        self.header = header
        self.rows = rows
        self.caption = caption
        self.source = source
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

public struct TableRow {
    public var cells: [[Inline]]
    /// Printed in bold, e.g. the row of the area the report is about, or the city total.
    public var emphasized: Bool

    public init(_ cells: [[Inline]], emphasized: Bool = false) {
        self.cells = cells
        self.emphasized = emphasized
    }

    /// A row of plain-text cells.
    public init(texts: [String], emphasized: Bool = false) {
        self.init(texts.map { [.text($0)] }, emphasized: emphasized)
    }
}
