import CairoBridge

/// A one-line key under or over a chart, flowing onto further lines when narrow: small symbols with labels.
struct KeyRow {
    enum Symbol {
        case dot(Color)
        case tick(Color)
        /// An open diamond outlined in the colour (the profile chart's parent area).
        case diamond(Color)
        case box(Color)
        case line(Color, dashed: Bool)
    }

    private var items: [Mark] = []
    private(set) var height = 0.0

    init(_ entries: [(Symbol, String)], width: Double, text: FigureText) {
        var x = 0.0
        var y = 0.0
        var lineHeight = 0.0
        for (symbol, string) in entries {
            let label = text.label(string, width: max(1, width - 16), size: text.style.tickSize)
            let itemWidth = 14 + label.size.width
            if x > 0 && x + itemWidth > width {
                x = 0
                y += lineHeight + 3
            }
            let middle = y + label.size.height / 2
            items.append(Self.mark(symbol, x: x, middle: middle))
            items.append(.text(label, at: Point(x: x + 14, y: y), role: .legendLabel))
            lineHeight = max(lineHeight, label.size.height)
            x += itemWidth + 14
        }
        height = entries.isEmpty ? 0 : y + lineHeight
    }

    private static func mark(_ symbol: Symbol, x: Double, middle: Double) -> Mark {
        let frame = Rect(x: x, y: middle - 5, width: 10, height: 10)
        switch symbol {
        case .dot(let color):
            return Mark(
                .fill(.circle(centerX: x + 5, centerY: middle, radius: 3.5), color, .nonZero), role: .legendSwatch,
                frame: frame)
        case .tick(let color):
            return .line(
                from: Point(x: x + 5, y: middle - 5), to: Point(x: x + 5, y: middle + 5), color,
                StrokeStyle(width: 1.6), role: .legendSwatch)
        case .diamond(let color):
            return Mark(
                .stroke(
                    ProfileLegend.diamond(centerX: x + 5, centerY: middle, radius: 4), color, StrokeStyle(width: 1.1)),
                role: .legendSwatch, frame: frame)
        case .box(let color):
            return .rectangle(Rect(x: x, y: middle - 3.5, width: 10, height: 7), color, role: .legendSwatch)
        case .line(let color, let dashed):
            return .line(
                from: Point(x: x, y: middle), to: Point(x: x + 10, y: middle), color,
                StrokeStyle(width: 1.2, dash: dashed ? [3, 2] : []), role: .legendSwatch)
        }
    }

    /// The key's marks with its top-left corner at `origin`.
    func marks(at origin: Point) -> [Mark] {
        items.map { $0.offsetBy(dx: origin.x, dy: origin.y) }
    }
}
