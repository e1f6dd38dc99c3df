import CairoBridge
import Foundation

/// A document ready for layout: metadata, page setup and a list of blocks with every number formatted.
public struct Document {
    public var metadata: PDFMetadata
    public var pageSetup: PageSetup
    /// Shown at the top of every page but the title page; empty for none.
    public var runningHeader: String
    /// The issuer's logo: on the title page when there is one, else at the right of the first page's header.
    public var logo: (any FigureDrawing)?
    /// Whether headings are numbered "1", "1.1", … in the text, the table of contents and the outline.
    public var numberHeadings: Bool
    /// The words printed around the content: captions, sources, page labels.
    public var words: DocumentWords
    /// The content; its figures and tables are numbered whenever it is set (see `DocumentNumbering`).
    public var blocks: [Block] {
        didSet { blocks = DocumentNumbering.numbered(blocks) }
    }

    public init(
        metadata: PDFMetadata, pageSetup: PageSetup = PageSetup(), runningHeader: String = "",
        logo: (any FigureDrawing)? = nil, numberHeadings: Bool = false, words: DocumentWords, blocks: [Block]
    ) {
        self.words = words
        self.metadata = metadata
        self.pageSetup = pageSetup
        self.runningHeader = runningHeader
        self.logo = logo
        self.numberHeadings = numberHeadings
        self.blocks = DocumentNumbering.numbered(blocks)
    }
}

/// Paper size and margins in points.
public struct PageSetup: Hashable, Sendable {
    public var size: Size
    public var marginTop: Double
    public var marginBottom: Double
    public var marginLeft: Double
    public var marginRight: Double

    /// A4 portrait with margins of 25 mm at the sides, 27 mm at the top and bottom (room for header and footer).
    public init(
        size: Size = .a4Portrait, marginTop: Double = 76, marginBottom: Double = 76, marginLeft: Double = 70.87,
        marginRight: Double = 70.87
    ) {
        self.size = size
        self.marginTop = marginTop
        self.marginBottom = marginBottom
        self.marginLeft = marginLeft
        self.marginRight = marginRight
    }

    public static let a4Landscape = PageSetup(size: .a4Landscape, marginTop: 62, marginBottom: 62)
    /// A5 portrait with margins of 15 mm at the sides, 20 mm at the top and bottom.
    public static let a5Portrait = PageSetup(
        size: .a5Portrait, marginTop: 56.69, marginBottom: 56.69, marginLeft: 42.52, marginRight: 42.52)
    /// A5 landscape with margins of 20 mm at the sides, 15 mm at the top and bottom.
    public static let a5Landscape = PageSetup(
        size: .a5Landscape, marginTop: 42.52, marginBottom: 42.52, marginLeft: 56.69, marginRight: 56.69)

    /// The area the blocks flow into.
    public var contentRect: Rect {
        Rect(
            x: marginLeft, y: marginTop, width: max(10, size.width - marginLeft - marginRight),
            height: max(10, size.height - marginTop - marginBottom))
    }
}

extension Document {
    /// Whether a table of contents lists the headings with their pages (laid out again once they are known).
    var hasTableOfContents: Bool {
        blocks.contains { if case .tableOfContents = $0 { true } else { false } }
    }
}
