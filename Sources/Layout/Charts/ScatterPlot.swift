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

    /// The marks, each made once: where the annotation stands (a free corner of the plot, else whole under the
    /// axis) is decided before the plot is drawn (see `annotated`).
    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 60, height: 50) else { return [] }
        let text = FigureText(engine: engine, style: style)
        let points = plotted
        let xs = points.map(\.1.x) + (spec.quadrants.map { [$0.x] } ?? [])
        let ys = points.map(\.1.y) + (spec.quadrants.map { [$0.y] } ?? [])
        var parts = FrameParts(
            rect: rect, xAxis: ValueAxis(ticks: AxisTicks(covering: xs, count: 5), title: spec.xTitle, text: text),
            yAxis: ValueAxis(ticks: AxisTicks(covering: ys, count: 5), title: spec.yTitle, text: text),
            noteHeight: noteHeight(points.count, text: text), quadrantLabels: [])
        let cornerPlot = plotRect(parts, below: nil)
        parts.quadrantLabels = spec.quadrants.map { quadrantLabels($0, plotWidth: cornerPlot.width, text: text) } ?? []
        var frame = annotated(parts, plot: cornerPlot, points: points, text: text)

        var marks = frame.axisMarks
        if let trend = spec.trend { marks += trendMarks(trend, x: frame.x, y: frame.y, plot: frame.plot) }
        marks.append(cloudMark(points, xAxis: parts.xAxis, yAxis: parts.yAxis, plot: frame.plot))
        for point in frame.points where spec.highlighted.contains(point.index) {
            marks += pointMarks(at: point.centre, index: point.index, highlighted: true)
        }
        if let quadrants = spec.quadrants {
            marks += quadrantMarks(quadrants, labels: parts.quadrantLabels, frame: frame)
        }
        if let annotation = frame.annotation { marks.append(annotation) }
        marks += nameMarks(frame.points.map { ($0.index, $0.frame) }, space: &frame.space, text: text)
        marks += noteMarks(points.count, rect: rect, space: &frame.space, text: text)
        return marks
    }

    /// The frame to draw with its annotation (nil when there is none): in the top-left corner of the plot, or the
    /// top-right or bottom-right when points are there; whole under the axis when it does not fit on one line in
    /// the plot (known before any point is placed) or no corner is free (known from the points' boxes, which are
    /// then placed again for the shorter plot).
    private func annotated(
        _ parts: FrameParts, plot: Rect, points: [(Int, (x: Double, y: Double))], text: FigureText
    ) -> Frame {
        guard !spec.annotation.isEmpty else { return frame(parts, plot: plot, points: points) }
        if let label = text.fitting(
            spec.annotation, width: plot.width - 8, maxLines: 1, size: style.tickSize, color: style.textColor)
        {
            var corner = frame(parts, plot: plot, points: points)
            let left = Rect(x: plot.x + 4, y: plot.y + 2, width: label.size.width, height: label.size.height)
            let right = left.offsetBy(dx: plot.width - 8 - label.size.width, dy: 0)
            let bottomRight = right.offsetBy(dx: 0, dy: plot.height - 4 - label.size.height)
            if let placed = corner.space.place([left, right, bottomRight]) {
                corner.annotation = .text(label, at: Point(x: placed.x, y: placed.y), role: .annotation)
                return corner
            }
        }
        let below = annotationLabel(width: parts.rect.width, text: text)
        var shorter = frame(parts, plot: plotRect(parts, below: below), points: points)
        let box = Rect(
            x: parts.rect.x, y: parts.rect.maxY - parts.noteHeight - below.size.height, width: below.size.width,
            height: below.size.height)
        shorter.space.reserve(box)
        shorter.annotation = .text(below, at: Point(x: box.x, y: box.y), role: .annotation)
        return shorter
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

    /// The quadrants' names, each fitted to half the plot's width.
    private func quadrantLabels(_ quadrants: ScatterPlotSpec.Quadrants, plotWidth: Double, text: FigureText)
        -> [TextLayout]
    {
        quadrants.labels.prefix(4).map { name in
            text.label(name, width: plotWidth / 2 - 8, size: style.tickSize, weight: .bold, color: style.mutedColor)
        }
    }

    /// Where each quadrant's name stands: in its outer corner of the plot; none when the quadrants' lines fall
    /// outside the scales.
    func quadrantFrames(
        _ quadrants: ScatterPlotSpec.Quadrants, labels: [TextLayout], x: LinearScale, y: LinearScale, plot: Rect
    ) -> [Rect] {
        guard x.position(quadrants.x).isFinite, y.position(quadrants.y).isFinite else { return [] }
        return labels.enumerated().map { index, label in
            let (w, h) = (label.size.width, label.size.height)
            let left = index % 2 == 0
            let top = index < 2
            return Rect(
                x: left ? plot.x + 3 : plot.maxX - 3 - w, y: top ? plot.y + 2 : plot.maxY - 2 - h, width: w, height: h)
        }
    }

    /// Dashed lines at the quadrants' reference values and each quadrant's name at its frame, on a halo.
    private func quadrantMarks(
        _ quadrants: ScatterPlotSpec.Quadrants, labels: [TextLayout], frame: Frame
    ) -> [Mark] {
        let (plot, atX, atY) = (frame.plot, frame.x.position(quadrants.x), frame.y.position(quadrants.y))
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
        for (label, box) in zip(labels, frame.quadrantFrames) {
            // On a light halo: the points in the corner stay visible beneath, the name stays legible over them.
            let halo = Rect(x: box.x - 2, y: box.y, width: box.width + 4, height: box.height)
            marks.append(.rectangle(halo, Color.white.withAlpha(0.75), role: .decoration))
            marks.append(.text(label, at: Point(x: box.x, y: box.y), role: .annotation))
        }
        return marks
    }

    /// The annotation whole under the axis, on up to three lines ("r = 0,72 · R² = 0,52 · n = 137" and the areas
    /// left out): where no corner of the plot is free of points, or the plot is too narrow for it on one line
    /// (before, it was dropped or shortened to "n = 1…wohnern").
    private func annotationLabel(width: Double, text: FigureText) -> TextLayout {
        text.label(spec.annotation, width: width, maxLines: 3, size: style.tickSize, color: style.textColor)
    }
}
