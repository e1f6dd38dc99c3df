import CCairo

/// The structure roles a tagged PDF knows (PDF 1.7 standard structure types).
public enum StructureRole: Sendable, Equatable {
    case document, part, section
    case heading(level: Int)
    case paragraph, list, listItem, label, listBody
    case table, tableRow, tableHeaderCell, tableCell
    /// A figure with its text alternative for readers who cannot see it.
    case figure(alternativeText: String)
    case caption

    var tagName: String {
        switch self {
        case .document: "Document"
        case .part: "Part"
        case .section: "Sect"
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .label: "Lbl"
        case .listBody: "LBody"
        case .table: "Table"
        case .tableRow: "TR"
        case .tableHeaderCell: "TH"
        case .tableCell: "TD"
        case .figure: "Figure"
        case .caption: "Caption"
        }
    }
}

extension Canvas {
    /// Marks what `body` draws as one structure element of a tagged PDF (ignored on PNG and SVG).
    /// The corresponding C functions are `cairo_tag_begin` and `cairo_tag_end`.
    public func tagged<T>(_ role: StructureRole, _ body: () throws -> T) rethrows -> T {
        let name = role.tagName
        if case .figure(let alternativeText) = role { figureAlternatives.append(alternativeText) }
        cairo_tag_begin(context, name, "")
        defer { cairo_tag_end(context, name) }
        return try body()
    }

    /// Makes `rect` a link to a named destination in the same document.
    public func addLink(to destination: String, over rect: Rect) {
        let attributes = "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] dest='\(PDFAttributes.escape(destination))'"
        cairo_tag_begin(context, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(context, CAIRO_TAG_LINK)
    }

    /// Makes `rect` a link to an external URI.
    public func addLink(toURI uri: String, over rect: Rect) {
        let attributes = "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] uri='\(PDFAttributes.escape(uri))'"
        cairo_tag_begin(context, CAIRO_TAG_LINK, attributes)
        cairo_tag_end(context, CAIRO_TAG_LINK)
    }

    /// Defines a named destination at `(x, y)` on the current page, for links and outline entries.
    public func addDestination(_ name: String, x: Double, y: Double) {
        let attributes = "name='\(PDFAttributes.escape(name))' x=\(x) y=\(y)"
        cairo_tag_begin(context, CAIRO_TAG_DEST, attributes)
        cairo_tag_end(context, CAIRO_TAG_DEST)
    }
}
