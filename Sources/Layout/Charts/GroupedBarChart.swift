import CairoBridge

/// Draws a `GroupedBarChartSpec` horizontally: areas down the left, a key on top, bars per series side by
/// side or stacked; stacked segments carry their value where it fits; "k. A." where a value is missing.
public struct GroupedBarChart: DataFigure {
    public var spec: GroupedBarChartSpec
    public var style: FigureStyle

    public init(_ spec: GroupedBarChartSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    func color(_ series: Int) -> Color {
        spec.series.indices.contains(series) ? spec.series[series].color ?? style.seriesColor(series) : style.baseColor
    }

    var rowHeight: Double {
        spec.mode == .stacked ? 16 : max(16, Double(spec.series.count) * 12 + 6)
    }

    public func preferredHeight(forWidth width: Double) -> Double {
        Double(max(1, spec.categories.count)) * rowHeight + 46
    }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 80, height: 40), !spec.categories.isEmpty, !spec.series.isEmpty else { return [] }
        let text = FigureText(engine: engine, style: style)
        var space = LabelSpace(bounds: rect, margin: 0.5)
        let key = KeyRow(
            spec.series.indices.map { (.box(color($0)), spec.series[$0].name) }, width: rect.width, text: text)
        var marks = key.marks(at: Point(x: rect.x, y: rect.y))
        for mark in marks { space.reserve(mark.frame) }
        let labelColumn = min(
            rect.width * 0.3,
            spec.categories.map { text.line($0.label, weight: $0.highlighted ? .bold : .regular).size.width }.max() ?? 0
        )
        let probe = text.line("Ag", size: style.tickSize)
        let axisHeight = probe.size.height + 2 + (spec.axisTitle.isEmpty ? 0 : probe.size.height + 2)
        let top = rect.y + key.height + 6
        let band = max(0, rect.maxY - axisHeight - top) / Double(spec.categories.count)
        let valueWidth =
            spec.mode == .grouped
            ? text.line(spec.printed(spec.extent.max() ?? 0), size: style.tickSize).size.width + 4 : 4
        let plotX = rect.x + labelColumn + 6
        let plot = Rect(
            x: plotX, y: top, width: max(1, rect.maxX - valueWidth - plotX),
            height: band * Double(spec.categories.count))
        let axis = ValueAxis(
            ticks: AxisTicks(covering: spec.extent, count: max(2, Int(plot.width / 55)), includingZero: true),
            title: spec.axisTitle, text: text)
        let scale = axis.scale(along: plot.x...plot.maxX)
        marks += axis.horizontalMarks(scale, plot: plot, space: &space)
        for (index, category) in spec.categories.enumerated() {
            let bandTop = plot.y + band * Double(index)
            let label = text.label(
                category.label, width: labelColumn, maxLines: 1, weight: category.highlighted ? .bold : .regular)
            let frame = Rect(
                x: rect.x + labelColumn - label.size.width, y: bandTop + band / 2 - label.size.height / 2,
                width: label.size.width, height: label.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .categoryLabel(index: index)))
            }
            switch spec.mode {
            case .grouped:
                marks += groupedMarks(index, top: bandTop, band: band, scale: scale, text: text, space: &space)
            case .stacked:
                marks += stackedMarks(index, top: bandTop, band: band, scale: scale, text: text, space: &space)
            }
        }
        return marks
    }
}
