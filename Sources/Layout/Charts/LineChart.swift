import CairoBridge

/// Draws a `LineChartSpec`: a line per series broken where values are missing, dots on the values, the series'
/// name and last value at its end, periods along the bottom; the highlighted series thicker in the accent.
public struct LineChart: DataFigure {
    public var spec: LineChartSpec
    public var style: FigureStyle

    public init(_ spec: LineChartSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    public func preferredHeight(forWidth width: Double) -> Double {
        min(max(width.isFinite ? width * 0.5 : 0, 150), 280)
    }

    /// The accent for the highlighted series; the others take the series colours in order, starting after the
    /// accent (and never coming back to it) when a series is highlighted.
    func color(_ index: Int) -> Color {
        let series = spec.series[index]
        if series.highlighted { return style.accentColor }
        let others = spec.series[..<index].filter { !$0.highlighted }.count
        guard spec.series.contains(where: \.highlighted), style.seriesColors.count > 1 else {
            return style.seriesColor(others)
        }
        return style.seriesColor(1 + others % (style.seriesColors.count - 1))
    }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 60, height: 40), !spec.periods.isEmpty, !spec.series.isEmpty else { return [] }
        let text = FigureText(engine: engine, style: style)
        let labelled = layout(in: rect, text: text, keyed: false)
        return labelled.complete ? labelled.marks : layout(in: rect, text: text, keyed: true).marks
    }

    /// The chart with the series named at their ends, or (`keyed`) in a key above the plot; `complete` tells
    /// whether every series that has a value got its name.
    private func layout(in rect: Rect, text: FigureText, keyed: Bool) -> (marks: [Mark], complete: Bool) {
        let ends = spec.series.indices.map { keyed ? nil : endLabel($0, text: text, width: rect.width * 0.3) }
        let key =
            keyed
            ? KeyRow(
                spec.series.indices.map { (.line(color($0), dashed: false), spec.series[$0].name) }, width: rect.width,
                text: text) : nil
        let axis = ValueAxis(
            ticks: AxisTicks(covering: spec.finiteValues, count: 5, includingZero: spec.includesZero),
            title: spec.axisTitle, text: text)
        let probe = text.line("2020", size: style.tickSize)
        let top = rect.y + (key.map { $0.height + 6 } ?? 0) + axis.titleHeight + probe.size.height / 2
        let plotX = rect.x + axis.labelWidth + 4
        let inset = (spec.periods.map { text.line($0, size: style.tickSize).size.width }.max() ?? 0) / 2 + 2
        let right = rect.maxX - (ends.compactMap { $0?.size.width }.max() ?? 0) - 6
        let plot = Rect(
            x: plotX, y: top, width: max(1, right - plotX), height: max(1, rect.maxY - probe.size.height - 4 - top))
        let y = axis.scale(along: plot.y...plot.maxY, reversed: true)
        let span = max(0, plot.width - 2 * inset)
        let step = spec.periods.count > 1 ? span / Double(spec.periods.count - 1) : 0
        let x = { (index: Int) in
            spec.periods.count > 1 ? plot.x + inset + step * Double(index) : plot.x + plot.width / 2
        }

        var space = LabelSpace(bounds: rect, margin: 1)
        var marks = key?.marks(at: Point(x: rect.x, y: rect.y)) ?? []
        for mark in marks { space.reserve(mark.frame) }
        marks += axis.verticalMarks(y, plot: plot, space: &space)
        for (index, period) in spec.periods.enumerated() {
            let label = text.line(period, size: style.tickSize, color: style.mutedColor)
            let frame = Rect(
                x: x(index) - label.size.width / 2, y: plot.maxY + 3, width: label.size.width, height: label.size.height
            )
            if space.place([frame]) != nil {
                marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .tickLabel))
            }
        }
        let order = spec.series.indices.sorted { !spec.series[$0].highlighted && spec.series[$1].highlighted }
        for index in order { marks += seriesMarks(index, x: x, y: y) }
        marks += breakMarks(x: x, plot: plot, space: &space, text: text)
        marks += missingMarks(x: x, plot: plot, space: &space, text: text)
        var complete = true
        for index in order.reversed() {
            guard let label = ends[index], let last = lastIndex(index), let value = spec.series[index].value(at: last)
            else { continue }
            let frame = Rect(
                x: x(last) + 5, y: y.position(value) - label.size.height / 2, width: label.size.width,
                height: label.size.height)
            let nudges = [0.0, 1, -1, 2, -2, 3, -3].map { frame.offsetBy(dx: 0, dy: $0 * label.size.height * 0.55) }
            guard let placed = space.place(nudges) else {
                complete = false
                continue
            }
            marks.append(.text(label, at: Point(x: placed.x, y: placed.y), role: .pointLabel(index: index)))
        }
        return (marks, complete)
    }

    private func lastIndex(_ series: Int) -> Int? {
        spec.periods.indices.last { spec.series[series].value(at: $0) != nil }
    }

    /// "Neukölln 35,2 %" in the series colour, shortened in the middle when long.
    private func endLabel(_ index: Int, text: FigureText, width: Double) -> TextLayout? {
        guard let last = lastIndex(index) else { return nil }
        let series = spec.series[index]
        let value = spec.printed(series.value(at: last))
        let name = text.shortened(
            series.name, toWidth: max(10, width - text.line(" " + value, size: style.tickSize).size.width),
            size: style.tickSize)
        return text.line(
            "\(name) \(value)", size: style.tickSize, weight: series.highlighted ? .bold : .regular, color: color(index)
        )
    }
}
