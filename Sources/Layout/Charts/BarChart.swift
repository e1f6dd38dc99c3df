import CairoBridge

/// Draws a `BarChartSpec`: bars from zero, value labels at their ends, reference lines with their labels,
/// a value axis with round German ticks, "k. A." where a value is missing.
public struct BarChart: DataFigure {
    public var spec: BarChartSpec
    public var style: FigureStyle

    public init(_ spec: BarChartSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    static let rowHeight = 15.0
    static let referenceRowHeight = 12.0

    public func preferredHeight(forWidth width: Double) -> Double {
        switch spec.orientation {
        case .horizontal:
            let rows = Double(max(1, spec.bars.count)) * Self.rowHeight
            return rows + Double(spec.drawableReferences.count) * Self.referenceRowHeight + 30
        case .vertical:
            return min(max(width.isFinite ? width * 0.55 : 0, 160), 320)
        }
    }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 40, height: 30), !spec.bars.isEmpty else { return [] }
        let text = FigureText(engine: engine, style: style)
        switch spec.orientation {
        case .horizontal: return horizontalMarks(in: rect, text: text)
        case .vertical: return verticalMarks(in: rect, text: text)
        }
    }

    func barColor(_ bar: BarChartSpec.Bar) -> Color { bar.highlighted ? style.accentColor : style.baseColor }

    func ticks(count: Int) -> AxisTicks {
        let values = spec.bars.compactMap(\.drawableValue) + spec.drawableReferences.map(\.value)
        return AxisTicks(covering: values, count: count, includingZero: true)
    }

    /// The value label of a bar, or the words' `missing` ("k. A.") for a missing value.
    func valueLabel(_ bar: BarChartSpec.Bar, text: FigureText) -> TextLayout {
        guard let value = bar.drawableValue else {
            return text.line(spec.words[.missing], size: style.tickSize, color: style.mutedColor, italic: true)
        }
        let string = bar.valueLabel.isEmpty ? GermanNumberFormat.number(value, decimals: 1) : bar.valueLabel
        return text.line(string, size: style.tickSize, weight: bar.highlighted ? .bold : .regular)
    }

    /// `frame` pushed along `direction` (a unit step: right, left, up or down) past every line of `lines` it
    /// touches, so that a value label sits beside a reference line instead of under it.
    static func pushed(_ frame: Rect, pastLines lines: [Rect], direction: Point, gap: Double = 2) -> Rect {
        var moved = frame
        for _ in 0...lines.count {
            guard let line = lines.first(where: { $0.insetBy(dx: -1, dy: -1).intersects(moved) }) else { break }
            if direction.x > 0 { moved.x = line.maxX + gap }
            if direction.x < 0 { moved.x = line.x - gap - moved.width }
            if direction.y > 0 { moved.y = line.maxY + gap }
            if direction.y < 0 { moved.y = line.y - gap - moved.height }
        }
        return moved
    }

    func referenceStroke(_ index: Int) -> StrokeStyle {
        index == 0 ? StrokeStyle(width: 1) : StrokeStyle(width: 1, dash: [3, 2])
    }
}
