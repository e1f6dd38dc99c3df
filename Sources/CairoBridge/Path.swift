import CCairo

/// A vector path built in Swift and handed to Cairo when it is filled, stroked or used as a clip.
public struct Path: Hashable, Sendable {
    public enum Element: Hashable, Sendable {
        case move(x: Double, y: Double)
        case line(x: Double, y: Double)
        case curve(x1: Double, y1: Double, x2: Double, y2: Double, x: Double, y: Double)
        case arc(centerX: Double, centerY: Double, radius: Double, start: Double, end: Double)
        case close
    }

    public private(set) var elements: [Element] = []

    public init() {}

    /// Reserves room for `count` elements, so that a path of known size is built without reallocating.
    public mutating func reserveCapacity(_ count: Int) { elements.reserveCapacity(max(0, count)) }

    public static func rectangle(_ rect: Rect) -> Path {
        var path = Path()
        path.addRectangle(rect)
        return path
    }

    public static func circle(centerX: Double, centerY: Double, radius: Double) -> Path {
        var path = Path()
        path.elements.append(.move(x: centerX + radius, y: centerY))
        path.elements.append(.arc(centerX: centerX, centerY: centerY, radius: radius, start: 0, end: 2 * .pi))
        path.elements.append(.close)
        return path
    }

    public mutating func move(to x: Double, _ y: Double) { elements.append(.move(x: x, y: y)) }
    public mutating func line(to x: Double, _ y: Double) { elements.append(.line(x: x, y: y)) }
    public mutating func close() { elements.append(.close) }

    public mutating func curve(control1: (Double, Double), control2: (Double, Double), to end: (Double, Double)) {
        elements.append(.curve(x1: control1.0, y1: control1.1, x2: control2.0, y2: control2.1, x: end.0, y: end.1))
    }

    /// An arc around a centre, angles in radians clockwise from the positive x axis (y down).
    public mutating func arc(centerX: Double, centerY: Double, radius: Double, start: Double, end: Double) {
        elements.append(.arc(centerX: centerX, centerY: centerY, radius: radius, start: start, end: end))
    }

    public mutating func addRectangle(_ rect: Rect) {
        move(to: rect.x, rect.y)
        line(to: rect.maxX, rect.y)
        line(to: rect.maxX, rect.maxY)
        line(to: rect.x, rect.maxY)
        close()
    }

    /// The same path moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> Path {
        var moved = Path()
        moved.elements = elements.map { element in
            switch element {
            case .move(let x, let y): .move(x: x + dx, y: y + dy)
            case .line(let x, let y): .line(x: x + dx, y: y + dy)
            case .curve(let x1, let y1, let x2, let y2, let x, let y):
                .curve(x1: x1 + dx, y1: y1 + dy, x2: x2 + dx, y2: y2 + dy, x: x + dx, y: y + dy)
            case .arc(let cx, let cy, let r, let start, let end):
                .arc(centerX: cx + dx, centerY: cy + dy, radius: r, start: start, end: end)
            case .close: .close
            }
        }
        return moved
    }

    /// Adds a closed polygon ring; for polygons with holes add every ring and fill with `.evenOdd`.
    public mutating func addRing<S: Sequence>(_ points: S) where S.Element == (x: Double, y: Double) {
        var first = true
        for point in points {
            if first { move(to: point.x, point.y) } else { line(to: point.x, point.y) }
            first = false
        }
        if !first { close() }
    }
}

/// Which parts of a self-overlapping path or of a polygon with holes are inside.
public enum FillRule: Sendable {
    case nonZero
    case evenOdd

    var cairoValue: cairo_fill_rule_t {
        switch self {
        case .nonZero: CAIRO_FILL_RULE_WINDING
        case .evenOdd: CAIRO_FILL_RULE_EVEN_ODD
        }
    }
}

extension Canvas {
    func add(_ path: Path) {
        cairo_new_path(context)
        for element in path.elements {
            switch element {
            case .move(let x, let y): cairo_move_to(context, x, y)
            case .line(let x, let y): cairo_line_to(context, x, y)
            case .curve(let x1, let y1, let x2, let y2, let x, let y): cairo_curve_to(context, x1, y1, x2, y2, x, y)
            case .arc(let cx, let cy, let r, let start, let end): cairo_arc(context, cx, cy, max(0, r), start, end)
            case .close: cairo_close_path(context)
            }
        }
    }
}
