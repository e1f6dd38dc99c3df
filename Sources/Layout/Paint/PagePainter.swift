import CairoBridge

/// Paints laid-out pages: a walk over the frame items that calls the canvas. No layout decisions here.
///
/// Tagging follows the canvas's rule that real content is drawn inside a leaf structure element; what is drawn
/// outside (running header and footer, rules, fills, a table's repeated header) becomes an Artifact. Across the
/// pages of one document it keeps a table open for its continuation (one Table element however many pages it
/// spans) and tags headings at most one level deeper than the one before (PDF/UA forbids skipped levels): a
/// template's headings are checked when it is loaded, but the `#` headings of a slot file an office writes arrive
/// only with the report.
struct PagePainter {
    let canvas: Canvas
    let engine: TextEngine
    /// True while a Table element is open for a continuation on a later page or column.
    private var tableIsOpen = false
    /// The level the last heading was tagged with (0 before the first).
    private var headingLevel = 0

    init(canvas: Canvas, engine: TextEngine) {
        self.canvas = canvas
        self.engine = engine
    }

    mutating func paint(_ page: Page) {
        for item in page.items {
            guard case .group(let role, let items) = item else {
                paint(item)
                continue
            }
            if role == .tableContinued && tableIsOpen {
                for item in items { paint(item) }
                continue
            }
            finish()
            switch role {
            case .table, .tableContinued:
                canvas.beginTag(.table)
                tableIsOpen = true
                for item in items { paint(item) }
            default:
                paint(item)
            }
        }
    }

    /// Closes what is still open: call after the last page.
    mutating func finish() {
        guard tableIsOpen else { return }
        canvas.endTag(.table)
        tableIsOpen = false
    }

    private mutating func paint(_ item: FrameItem) {
        switch item {
        case .text(let text):
            draw(text)
        case .fill(let rect, let color):
            canvas.fill(.rectangle(rect), with: color)
        case .rule(let from, let to, let color, let style):
            var path = Path()
            path.move(to: from.x, from.y)
            path.line(to: to.x, to.y)
            canvas.stroke(path, with: color, style: style)
        case .drawing(let drawing, let rect):
            canvas.withSavedState {
                canvas.clip(to: rect.insetBy(dx: -2, dy: -2))
                drawing.draw(in: canvas, rect: rect, text: engine)
            }
        case .destination(let name, let point):
            canvas.addDestination(name, x: point.x, y: point.y)
        case .link(let target, let rect):
            link(target, over: rect, description: target.address) {}
        case .group(.heading(let level), let items):
            headingLevel = min(max(level, 1), headingLevel + 1)
            canvas.beginTag(.heading(level: headingLevel))
            for item in items { paint(item) }
            canvas.endTag(.heading(level: headingLevel))
        case .group(let role, let items):
            canvas.beginTag(role)
            paintContent(of: items)
            canvas.endTag(role)
        }
    }

    /// The items of a structure element. With links among them, the text goes inside the Link element when one
    /// link covers all of it (a contents entry); else the text is one Span and each link a Link element beside it.
    private mutating func paintContent(of items: [FrameItem]) {
        let links = items.compactMap { item -> (LinkTarget, Rect)? in
            if case .link(let target, let rect) = item { (target, rect) } else { nil }
        }
        guard !links.isEmpty else {
            for item in items { paint(item) }
            return
        }
        let texts = items.compactMap { item -> TextItem? in if case .text(let text) = item { text } else { nil } }
        let others = items.filter { item in
            switch item {
            case .link, .text: false
            default: true
            }
        }
        if links.count == 1, let only = links.first,
            texts.allSatisfy({ only.1.insetBy(dx: -1, dy: -1).encloses($0.frame) })
        {
            for item in others { paint(item) }
            link(only.0, over: only.1, description: texts.first?.content ?? only.0.address) {
                for text in texts { draw(text) }
            }
            return
        }
        canvas.beginTag(.span)
        for item in items {
            if case .link = item { continue }
            paint(item)
        }
        canvas.endTag(.span)
        for (target, rect) in links { link(target, over: rect, description: target.address) {} }
    }

    private func draw(_ text: TextItem) {
        guard let layout = text.text.layout else { return }
        canvas.draw(layout, lines: text.lines, x: text.origin.x, y: text.origin.y)
    }

    private func link(_ target: LinkTarget, over rect: Rect, description: String, content: () -> Void) {
        switch target {
        case .destination(let name): canvas.addLink(to: name, over: rect, description: description, content: content)
        case .uri(let uri): canvas.addLink(toURI: uri, over: rect, description: description, content: content)
        }
    }
}

extension LinkTarget {
    /// Where the link goes, for assistive technology when no text of the link is at hand.
    var address: String {
        switch self {
        case .destination(let name): "#" + name
        case .uri(let uri): uri
        }
    }
}

extension Rect {
    /// True when `other` lies wholly inside.
    func encloses(_ other: Rect) -> Bool {
        other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY
    }
}
