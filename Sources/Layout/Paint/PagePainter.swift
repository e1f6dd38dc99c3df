import CairoBridge

/// Paints laid-out pages: a walk over the frame items that calls the canvas. No layout decisions here.
struct PagePainter {
    let canvas: Canvas
    let engine: TextEngine

    func paint(_ page: Page) {
        for item in page.items { paint(item) }
    }

    private func paint(_ item: FrameItem) {
        switch item {
        case .text(let text):
            guard let layout = text.text.layout else { return }
            canvas.draw(layout, lines: text.lines, x: text.origin.x, y: text.origin.y)
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
            switch target {
            case .destination(let name): canvas.addLink(to: name, over: rect)
            case .uri(let uri): canvas.addLink(toURI: uri, over: rect)
            }
        case .group(let role, let items):
            canvas.tagged(role) {
                for item in items { paint(item) }
            }
        }
    }
}
