import CairoBridge

/// A laid-out page: plain positioned items, ready to be painted or inspected by tests.
public struct Page {
    /// 1-based.
    public var number: Int
    public var size: Size
    public var items: [FrameItem]
    /// False for the title page, which has no running header and footer.
    public var showsRunningElements: Bool
    /// The share of the content area's height the flow reached (0…1), set when the page is finished.
    public var filled: Double = 1
    /// Whether the page ends where the document asked for a new page (a page break, a title page) or where the
    /// document ends, rather than where the next block no longer fitted.
    public var endsAtForcedBreak = true

    /// All text items on the page, depth first, in reading order.
    public var textItems: [TextItem] {
        items.flatMap(\.textItems)
    }

    /// The plain text of the page in reading order, one text item per line of the result.
    public var plainText: String {
        textItems.map(\.content).joined(separator: "\n")
    }
}

/// Something placed on a page.
public indirect enum FrameItem {
    case text(TextItem)
    case fill(Rect, Color)
    case rule(from: Point, to: Point, color: Color, style: StrokeStyle)
    case drawing(any FigureDrawing, Rect)
    case destination(String, Point)
    case link(LinkTarget, Rect)
    /// Items that form one element of the PDF structure tree (a heading, a table row, a figure, …).
    case group(StructureRole, [FrameItem])

    public var textItems: [TextItem] {
        switch self {
        case .text(let item): [item]
        case .group(_, let items): items.flatMap(\.textItems)
        default: []
        }
    }

    /// The drawings (charts, maps, images) among the item and its children, with the rectangles they fill.
    public var drawings: [(drawing: any FigureDrawing, rect: Rect)] {
        switch self {
        case .drawing(let drawing, let rect): [(drawing, rect)]
        case .group(_, let items): items.flatMap(\.drawings)
        default: []
        }
    }
}

/// Lines of measured text at a position: `origin` is the top-left of the first line drawn.
public struct TextItem {
    public var text: MeasuredText
    public var lines: Range<Int>
    public var origin: Point
    /// The plain text of the whole measured paragraph (also when only some lines are on this page).
    public var content: String

    /// The rectangle the drawn lines cover.
    public var frame: Rect {
        Rect(x: origin.x, y: origin.y, width: text.size.width, height: text.height(of: lines))
    }
}

/// A heading as placed: for the table of contents and the PDF outline.
public struct HeadingEntry: Hashable, Sendable {
    public var level: Int
    /// "2.1" when headings are numbered, else empty.
    public var number: String
    public var text: String
    public var destination: String
    public var page: Int
    public var listed: Bool
}

/// Something the layout had to do that a person should check: a block scaled or clipped to fit a page.
public struct LayoutWarning: Hashable, Sendable, CustomStringConvertible {
    public var page: Int
    public var message: String

    public var description: String { "page \(page): \(message)" }
}

/// The result of laying out a document.
public struct LaidOutDocument {
    public var pages: [Page]
    public var headings: [HeadingEntry]
    public var warnings: [LayoutWarning]
}
