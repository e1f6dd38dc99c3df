import CairoBridge

/// One element of a document's flow. `Sendable`: plain values and Sendable figure drawings, so a combined
/// document's parts can be resolved on several threads and handed to the one that lays them out.
public enum Block: Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)
    case figure(Figure)
    /// Two or more figures next to each other, sharing the width.
    case figureRow([Figure])
    case spacer(Double)
    case pageBreak
    case titlePage(TitlePage)
    case tableOfContents(title: String)
    /// Blocks flowing in `count` columns; after the section the flow continues below its tallest column.
    case columns(count: Int, blocks: [Block])
}

public struct Heading: Sendable {
    public var level: Int
    public var text: String
    /// Whether the heading appears in the table of contents and the PDF outline.
    public var listed: Bool

    public init(level: Int, _ text: String, listed: Bool = true) {
        self.level = min(max(level, 1), 4)
        self.text = text
        self.listed = listed
    }
}

public struct Paragraph: Sendable {
    public enum Role: Hashable, Sendable { case body, lead, small, note }

    public var content: [Inline]
    public var role: Role

    public init(_ content: [Inline], role: Role = .body) {
        self.content = content
        self.role = role
    }

    public init(_ text: String, role: Role = .body) {
        self.init([.text(text)], role: role)
    }
}

public struct ListBlock: Sendable {
    public var ordered: Bool
    public var items: [[Inline]]

    public init(ordered: Bool = false, items: [[Inline]]) {
        self.ordered = ordered
        self.items = items
    }
}

/// A picture with its caption ("Abbildung n: …") and source line ("Quelle: …"), kept together on one page.
public struct Figure: Sendable {
    public var drawing: any FigureDrawing & Sendable
    public var caption: String
    /// The source line without the "Quelle:" prefix; empty for none.
    public var source: String
    /// A text alternative describing what the figure shows, for accessible PDFs.
    public var altText: String
    /// The drawing's height in points instead of the one it prefers at its width (a template's `height-mm:`).
    public var height: Double?
    /// The figure's number ("Abbildung 3"), counted by its `Document` in reading order; 0 outside a document.
    public internal(set) var number = 0

    public init(
        drawing: any FigureDrawing & Sendable, caption: String, source: String = "", altText: String = "",
        height: Double? = nil
    ) {
        self.drawing = drawing
        self.caption = caption
        self.source = source
        self.altText = altText
        self.height = height
    }
}

/// Anything that can draw itself into a rectangle: charts, maps, images.
public protocol FigureDrawing {
    /// The height of the drawing's proportion `width` points wide: a picture's aspect, a chart's rows at their pitch,
    /// a map at its aspect beside its legend. A figure made of marks starts its layout there and takes more where
    /// its text needs it (`height(forWidth:text:)`).
    func preferredHeight(forWidth width: Double) -> Double
    /// Draws into `rect` (which may be smaller than preferred when the figure had to be scaled to fit a page).
    func draw(in canvas: Canvas, rect: Rect, text: TextEngine)
}

public struct TitlePage: Sendable {
    public var title: String
    public var subtitle: String
    public var office: String
    public var date: String
    /// The publisher's logo, top right.
    public var logo: (any FigureDrawing & Sendable)?

    public init(
        title: String, subtitle: String = "", office: String = "", date: String = "",
        logo: (any FigureDrawing & Sendable)? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.office = office
        self.date = date
        self.logo = logo
    }
}
