import CairoBridge

/// Draws a `ScatterPlotSpec`: round-ticked axes on both sides of the data, translucent points, highlighted
/// points in the accent with their names, the trend line clipped to the plot, and the annotation.
public struct ScatterPlot: DataFigure {
    public var spec: ScatterPlotSpec
    public var style: FigureStyle

    public init(_ spec: ScatterPlotSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    public func preferredHeight(forWidth width: Double) -> Double {
        min(max(width.isFinite ? width * 0.62 : 0, 160), 340)
    }

    /// The point cloud (`cloudMark`).
    public var drawsRepeatedMarks: Bool { true }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        marks(in: rect, text: engine, annotationBelow: false)
    }

    /// The marks with the annotation in a free corner of the plot, or, with `annotationBelow` (made again so when
    /// no corner is free or it does not fit on one line there), whole under the axis.
    private func marks(in rect: Rect, text engine: TextEngine, annotationBelow: Bool) -> [Mark] {
        let points = spec.items.enumerated().compactMap { index, item in item.position.map { (index, $0) } }
        guard rect.fits(width: 60, height: 50) else { return [] }
        let text = FigureText(engine: engine, style: style)
        let xs = points.map(\.1.x) + (spec.quadrants.map { [$0.x] } ?? [])
        let ys = points.map(\.1.y) + (spec.quadrants.map { [$0.y] } ?? [])
        let xAxis = ValueAxis(ticks: AxisTicks(covering: xs, count: 5), title: spec.xTitle, text: text)
        let yAxis = ValueAxis(ticks: AxisTicks(covering: ys, count: 5), title: spec.yTitle, text: text)
        // Measured from the figure's corner, so that the plot's size (and with it the shared cloud) does not depend
        // on where the figure sits on the page.
        let top = yAxis.titleHeight + yAxis.labelHeight / 2
        let left = yAxis.labelWidth + 4
        let below = annotationBelow ? annotationLabel(width: rect.width, text: text) : nil
        let noteHeight = noteHeight(points.count, text: text)
        let bottom =
            rect.height - xAxis.labelHeight - 3 - xAxis.titleHeight - noteHeight
            - (below.map { $0.size.height + 2 } ?? 0)
        let plot = Rect(
            x: rect.x + left, y: rect.y + top, width: max(1, rect.width - 4 - left), height: max(1, bottom - top))
        let x = xAxis.scale(along: plot.x...plot.maxX)
        let y = yAxis.scale(along: plot.y...plot.maxY, reversed: true)

        var space = LabelSpace(bounds: rect, margin: 1)
        var marks =
            xAxis.horizontalMarks(x, plot: plot, space: &space) + yAxis.verticalMarks(y, plot: plot, space: &space)
        if let trend = spec.trend { marks += trendMarks(trend, x: x, y: y, plot: plot) }
        // The quadrants' names take their corners before the points, so that no point name covers them.
        let quadrantNames =
            spec.quadrants.map { quadrantMarks($0, x: x, y: y, plot: plot, space: &space, text: text) } ?? []
        marks.append(cloudMark(points, xAxis: xAxis, yAxis: yAxis, plot: plot))
        let order = points.sorted { !spec.highlighted.contains($0.0) && spec.highlighted.contains($1.0) }
        var anchors: [(Int, Rect)] = []
        for (index, position) in order {
            let highlighted = spec.highlighted.contains(index)
            let centre = Point(x: x.position(position.x), y: y.position(position.y))
            if highlighted { marks += pointMarks(at: centre, index: index, highlighted: true) }
            let frame = pointFrame(at: centre, highlighted: highlighted)
            space.reserve(frame)
            anchors.append((index, frame))
        }
        marks += quadrantNames
        if let below {
            let frame = Rect(
                x: rect.x, y: rect.maxY - noteHeight - below.size.height, width: below.size.width,
                height: below.size.height)
            space.reserve(frame)
            marks.append(.text(below, at: Point(x: frame.x, y: frame.y), role: .annotation))
        } else if !spec.annotation.isEmpty {
            guard let corner = annotationMarks(plot: plot, space: &space, text: text) else {
                return self.marks(in: rect, text: engine, annotationBelow: true)
            }
            marks.append(corner)
        }
        marks += nameMarks(anchors, space: &space, text: text)
        marks += noteMarks(points.count, rect: rect, space: &space, text: text)
        return marks
    }

    /// The trend line across the plot's x range, clipped to the plot.
    private func trendMarks(_ trend: ScatterPlotSpec.TrendLine, x: LinearScale, y: LinearScale, plot: Rect) -> [Mark] {
        guard trend.slope.isFinite, trend.intercept.isFinite else { return [] }
        let from = x.domain.lowerBound
        let to = x.domain.upperBound
        let a = Point(x: x.position(from), y: y.position(trend.slope * from + trend.intercept))
        let b = Point(x: x.position(to), y: y.position(trend.slope * to + trend.intercept))
        guard a.y.isFinite, b.y.isFinite else { return [] }
        let line = Mark.line(from: a, to: b, style.textColor, StrokeStyle(width: 1, dash: [4, 2]), role: .trendLine)
        return [Mark(.clipped(plot, [line]), role: .decoration, frame: plot)]
    }

    /// Dashed lines at the quadrants' reference values and each quadrant's name in its outer corner, on a halo.
    private func quadrantMarks(
        _ quadrants: ScatterPlotSpec.Quadrants, x: LinearScale, y: LinearScale, plot: Rect, space: inout LabelSpace,
        text: FigureText
    ) -> [Mark] {
        let (atX, atY) = (x.position(quadrants.x), y.position(quadrants.y))
        guard atX.isFinite, atY.isFinite else { return [] }
        let dash = StrokeStyle(width: 0.75, dash: [3, 2])
        var marks = [
            Mark.line(
                from: Point(x: atX, y: plot.y), to: Point(x: atX, y: plot.maxY), style.mutedColor, dash,
                role: .decoration),
            Mark.line(
                from: Point(x: plot.x, y: atY), to: Point(x: plot.maxX, y: atY), style.mutedColor, dash,
                role: .decoration),
        ]
        for (index, name) in quadrants.labels.prefix(4).enumerated() {
            let label = text.label(
                name, width: plot.width / 2 - 8, size: style.tickSize, weight: .bold, color: style.mutedColor)
            let (w, h) = (label.size.width, label.size.height)
            let left = index % 2 == 0
            let top = index < 2
            let frame = Rect(
                x: left ? plot.x + 3 : plot.maxX - 3 - w, y: top ? plot.y + 2 : plot.maxY - 2 - h, width: w, height: h)
            space.reserve(frame)
            // On a light halo: the points in the corner stay visible beneath, the name stays legible over them.
            let halo = Rect(x: frame.x - 2, y: frame.y, width: frame.width + 4, height: frame.height)
            marks.append(.rectangle(halo, Color.white.withAlpha(0.75), role: .decoration))
            marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .annotation))
        }
        return marks
    }

    /// The annotation in the top-left corner of the plot, or the top-right or bottom-right when points are there;
    /// nil when it does not fit on one line or no corner is free.
    private func annotationMarks(plot: Rect, space: inout LabelSpace, text: FigureText) -> Mark? {
        guard
            let label = text.fitting(
                spec.annotation, width: plot.width - 8, maxLines: 1, size: style.tickSize, color: style.textColor)
        else { return nil }
        let left = Rect(x: plot.x + 4, y: plot.y + 2, width: label.size.width, height: label.size.height)
        let right = left.offsetBy(dx: plot.width - 8 - label.size.width, dy: 0)
        let bottomRight = right.offsetBy(dx: 0, dy: plot.height - 4 - label.size.height)
        guard let placed = space.place([left, right, bottomRight]) else { return nil }
        return .text(label, at: Point(x: placed.x, y: placed.y), role: .annotation)
    }

    /// The annotation whole under the axis, on up to three lines ("r = 0,72 · R² = 0,52 · n = 137" and the areas
    /// left out): where no corner of the plot is free of points, or the plot is too narrow for it on one line
    /// (before, it was dropped or shortened to "n = 1…wohnern").
    private func annotationLabel(width: Double, text: FigureText) -> TextLayout? {
        guard !spec.annotation.isEmpty else { return nil }
        return text.label(spec.annotation, width: width, maxLines: 3, size: style.tickSize, color: style.textColor)
    }
}
