import CCairo

/// The structure roles a tagged PDF knows (PDF 1.7 standard structure types).
public enum StructureRole: Sendable, Equatable {
    case document, part, section, division
    case heading(level: Int)
    case paragraph, span, list, listItem, label, listBody
    case table, tableRow, tableHeaderCell, tableCell
    /// More rows of the table that was opened last, on a later page or column: the same Table element goes on.
    case tableContinued
    /// A figure with its text alternative for readers who cannot see it.
    case figure(alternativeText: String)
    case caption

    var tagName: String {
        switch self {
        case .document: "Document"
        case .part: "Part"
        case .section: "Sect"
        case .division: "Div"
        case .heading(let level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .span: "Span"
        case .list: "L"
        case .listItem: "LI"
        case .label: "Lbl"
        case .listBody: "LBody"
        case .table, .tableContinued: "Table"
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
    ///
    /// Cairo 1.16 gives marked content only to leaf elements: what an element with children draws outside
    /// them is page furniture (an Artifact in the finished PDF). So real content belongs in a leaf.
    public func tagged<T>(_ role: StructureRole, _ body: () throws -> T) rethrows -> T {
        beginTag(role)
        defer { endTag(role) }
        return try body()
    }

    /// Opens a structure element that may stay open across pages; close it with `endTag` of the same role.
    /// The corresponding C functions are `cairo_tag_begin` and `cairo_tag_end`.
    public func beginTag(_ role: StructureRole) {
        if case .figure(let alternativeText) = role { figureAlternatives.append(alternativeText) }
        cairo_tag_begin(context, role.tagName, "")
    }

    public func endTag(_ role: StructureRole) {
        cairo_tag_end(context, role.tagName)
    }

    /// Makes `rect` a link to a named destination in the same document. What `content` draws is the link's
    /// text (inside its Link element); `description` tells assistive technology where the link goes.
    public func addLink(to destination: String, over rect: Rect, description: String, content: () -> Void = {}) {
        link("dest='\(PDFAttributes.escape(destination))'", over: rect, description: description, content: content)
    }

    /// Makes `rect` a link to an external URI; see `addLink(to:over:description:content:)`.
    public func addLink(toURI uri: String, over rect: Rect, description: String, content: () -> Void = {}) {
        link("uri='\(PDFAttributes.escape(uri))'", over: rect, description: description, content: content)
    }

    private func link(_ target: String, over rect: Rect, description: String, content: () -> Void) {
        linkDescriptions.append(description)
        cairo_tag_begin(context, CAIRO_TAG_LINK, "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] " + target)
        content()
        cairo_tag_end(context, CAIRO_TAG_LINK)
    }

    /// Defines a named destination at `(x, y)` on the current page, for links and outline entries.
    public func addDestination(_ name: String, x: Double, y: Double) {
        let attributes = "name='\(PDFAttributes.escape(name))' x=\(x) y=\(y)"
        cairo_tag_begin(context, CAIRO_TAG_DEST, attributes)
        cairo_tag_end(context, CAIRO_TAG_DEST)
    }
}
