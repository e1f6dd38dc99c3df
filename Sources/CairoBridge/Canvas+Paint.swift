import CCairo

/// How a line is drawn: width, caps, joins and dashes.
public struct StrokeStyle: Hashable, Sendable {
    public var width: Double
    public var cap: LineCap
    public var join: LineJoin
    /// Lengths of alternating dashes and gaps in points; empty for a solid line.
    public var dash: [Double]

    public init(width: Double = 1, cap: LineCap = .butt, join: LineJoin = .miter, dash: [Double] = []) {
        self.width = width
        self.cap = cap
        self.join = join
        self.dash = dash
    }
}

public enum LineCap: Sendable {
    case butt, round, square

    var cairoValue: cairo_line_cap_t {
        switch self {
        case .butt: CAIRO_LINE_CAP_BUTT
        case .round: CAIRO_LINE_CAP_ROUND
        case .square: CAIRO_LINE_CAP_SQUARE
        }
    }
}

public enum LineJoin: Sendable {
    case miter, round, bevel

    var cairoValue: cairo_line_join_t {
        switch self {
        case .miter: CAIRO_LINE_JOIN_MITER
        case .round: CAIRO_LINE_JOIN_ROUND
        case .bevel: CAIRO_LINE_JOIN_BEVEL
        }
    }
}

extension Canvas {
    /// Fills `path` with `color`. The corresponding C function is `cairo_fill`.
    public func fill(_ path: Path, with color: Color, rule: FillRule = .nonZero) {
        setColor(color)
        add(path)
        cairo_set_fill_rule(context, rule.cairoValue)
        cairo_fill(context)
    }

    /// Strokes `path` with `color` and `style`. The corresponding C function is `cairo_stroke`.
    public func stroke(_ path: Path, with color: Color, style: StrokeStyle = StrokeStyle()) {
        setColor(color)
        add(path)
        apply(style)
        cairo_stroke(context)
    }

    /// Fills `path` with parallel diagonal lines over a background: the mark for "k. A." areas on maps.
    public func fillHatched(
        _ path: Path, background: Color, lines: Color, spacing: Double = 4, lineWidth: Double = 0.6,
        rule: FillRule = .evenOdd
    ) {
        fill(path, with: background, rule: rule)
        withSavedState {
            add(path)
            cairo_set_fill_rule(context, rule.cairoValue)
            cairo_clip(context)
            var x1 = 0.0
            var y1 = 0.0
            var x2 = 0.0
            var y2 = 0.0
            cairo_clip_extents(context, &x1, &y1, &x2, &y2)
            guard x2 > x1, y2 > y1, spacing > 0 else { return }
            let height = y2 - y1
            var hatch = Path()
            var x = x1 - height
            while x < x2 {
                hatch.move(to: x, y2)
                hatch.line(to: x + height, y1)
                x += spacing
            }
            stroke(hatch, with: lines, style: StrokeStyle(width: lineWidth))
        }
    }

    func apply(_ style: StrokeStyle) {
        cairo_set_line_width(context, style.width)
        cairo_set_line_cap(context, style.cap.cairoValue)
        cairo_set_line_join(context, style.join.cairoValue)
        let dashes = style.dash.filter { $0 >= 0 && $0.isFinite }
        if dashes.isEmpty || dashes.allSatisfy({ $0 == 0 }) {
            cairo_set_dash(context, nil, 0, 0)
        } else {
            cairo_set_dash(context, dashes, Int32(dashes.count), 0)
        }
    }
}
