import CairoBridge

/// A numeric axis drawn as light grid lines with German tick labels and an optional title (the unit).
struct ValueAxis {
    let ticks: AxisTicks
    let labels: [TextLayout]
    let title: TextLayout?
    let style: FigureStyle

    init(ticks: AxisTicks, title: String, text: FigureText) {
        self.ticks = ticks
        labels = ticks.labels.map { text.line($0, size: text.style.tickSize, color: text.style.mutedColor) }
        self.title = title.isEmpty ? nil : text.line(title, size: text.style.tickSize, color: text.style.mutedColor)
        style = text.style
    }

    var labelWidth: Double { labels.map(\.size.width).max() ?? 0 }
    var labelHeight: Double { labels.first?.size.height ?? 0 }
    var titleHeight: Double { title.map { $0.size.height + 2 } ?? 0 }

    func scale(along range: ClosedRange<Double>, reversed: Bool = false) -> LinearScale {
        LinearScale(domain: ticks.lower...max(ticks.upper, ticks.lower + 1e-12), range: range, reversed: reversed)
    }

    /// A horizontal value axis: vertical grid lines across `plot`, labels under it, the title under them
    /// (right-aligned). Labels that would touch their neighbour are left out, keeping the first and last.
    func horizontalMarks(_ scale: LinearScale, plot: Rect, space: inout LabelSpace) -> [Mark] {
        var marks: [Mark] = []
        for (index, value) in ticks.values.enumerated() {
            let x = scale.position(value)
            let isZero = value == 0
            marks.append(
                .line(
                    from: Point(x: x, y: plot.y), to: Point(x: x, y: plot.maxY),
                    isZero ? style.axisColor : style.gridColor,
                    StrokeStyle(width: isZero ? 0.8 : 0.5), role: isZero ? .axisLine : .gridLine))
            let label = labels[index]
            let left = min(max(x - label.size.width / 2, space.bounds.x), space.bounds.maxX - label.size.width)
            let frame = Rect(x: left, y: plot.maxY + 2, width: label.size.width, height: label.size.height)
            guard space.place([frame]) != nil else { continue }
            marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .tickLabel))
        }
        if let title {
            let frame = Rect(
                x: plot.maxX - title.size.width, y: plot.maxY + 3 + labelHeight, width: title.size.width,
                height: title.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(title, at: Point(x: frame.x, y: frame.y), role: .axisTitle))
            }
        }
        return marks
    }

    /// A vertical value axis: horizontal grid lines across `plot`, labels right-aligned at its left edge,
    /// the title above the plot's top-left corner.
    func verticalMarks(_ scale: LinearScale, plot: Rect, space: inout LabelSpace) -> [Mark] {
        var marks: [Mark] = []
        for (index, value) in ticks.values.enumerated() {
            let y = scale.position(value)
            let isZero = value == 0
            marks.append(
                .line(
                    from: Point(x: plot.x, y: y), to: Point(x: plot.maxX, y: y),
                    isZero ? style.axisColor : style.gridColor,
                    StrokeStyle(width: isZero ? 0.8 : 0.5), role: isZero ? .axisLine : .gridLine))
            let label = labels[index]
            let frame = Rect(
                x: plot.x - 4 - label.size.width, y: y - label.size.height / 2, width: label.size.width,
                height: label.size.height)
            guard space.place([frame]) != nil else { continue }
            marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .tickLabel))
        }
        if let title {
            let frame = Rect(
                x: max(space.bounds.x, plot.x - 4 - labelWidth), y: plot.y - titleHeight - labelHeight / 2,
                width: title.size.width, height: title.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(title, at: Point(x: frame.x, y: frame.y), role: .axisTitle))
            }
        }
        return marks
    }
}
