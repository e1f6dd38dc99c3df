import CairoBridge

/// Draws a `PopulationPyramidSpec`: the age bands in a middle column, men's bars growing left and women's
/// right on one scale, the comparison as a dark outline, mirrored round ticks below, "k. A." where missing.
public struct PopulationPyramid: DataFigure {
    public var spec: PopulationPyramidSpec
    public var style: FigureStyle

    public init(_ spec: PopulationPyramidSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    var menColor: Color { style.seriesColor(0).mixed(with: .white, 0.2) }
    var womenColor: Color { style.seriesColor(1).mixed(with: .white, 0.2) }

    public func preferredHeight(forWidth width: Double) -> Double {
        Double(max(1, spec.bands.count)) * 14 + 56
    }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 100, height: 50), !spec.bands.isEmpty else { return [] }
        let text = FigureText(engine: engine, style: style)
        var space = LabelSpace(bounds: rect, margin: 0.5)
        var entries: [(KeyRow.Symbol, String)] = [
            (.box(menColor), spec.words[.men]), (.box(womenColor), spec.words[.women]),
        ]
        if !spec.comparisonLabel.isEmpty {
            entries.append((.line(style.textColor, dashed: false), spec.comparisonLabel))
        }
        let key = KeyRow(entries, width: rect.width, text: text)
        let bandWidth = min(
            rect.width * 0.22, (spec.bands.map { text.line($0, size: style.tickSize).size.width }.max() ?? 0) + 10)
        let centre = rect.x + rect.width / 2
        let panel = max(1, rect.width / 2 - bandWidth / 2 - 4)
        let ticks = AxisTicks(covering: [0, spec.largest], count: max(2, Int(panel / 50)), includingZero: true)
        let axis = ValueAxis(ticks: ticks, title: "", text: text)
        let axisHeight = axis.labelHeight + 3 + (spec.axisTitle.isEmpty ? 0 : axis.labelHeight + 2)
        let top = rect.y + key.height + 6
        let row = max(0, rect.maxY - axisHeight - top) / Double(spec.bands.count)
        let left = LinearScale(
            domain: 0...ticks.upper, range: (centre - bandWidth / 2 - panel)...(centre - bandWidth / 2), reversed: true)
        let right = LinearScale(
            domain: 0...ticks.upper, range: (centre + bandWidth / 2)...(centre + bandWidth / 2 + panel))
        let plotHeight = row * Double(spec.bands.count)
        var marks = key.marks(at: Point(x: rect.x, y: rect.y))
        for mark in marks { space.reserve(mark.frame) }
        for scale in [left, right] {
            let plot = Rect(x: scale.range.lowerBound, y: top, width: panel, height: plotHeight)
            marks += axis.horizontalMarks(scale, plot: plot, space: &space)
        }
        if !spec.axisTitle.isEmpty {
            let title = text.line(spec.axisTitle, size: style.tickSize, color: style.mutedColor)
            let frame = Rect(
                x: centre - title.size.width / 2, y: top + plotHeight + 3 + axis.labelHeight, width: title.size.width,
                height: title.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(title, at: Point(x: frame.x, y: frame.y), role: .axisTitle))
            }
        }
        for index in spec.bands.indices {
            let y = top + plotHeight - Double(index + 1) * row
            marks += bandMarks(
                index, y: y, row: row, left: left, right: right, centre: centre, text: text, space: &space)
        }
        // "k. A." notes go on top of the comparison outline, on a white ground.
        let isNote = { (mark: Mark) in if case .missing = mark.role { true } else { false } }
        let notes = marks.filter(isNote).flatMap(Mark.knockedOut)
        return marks.filter { !isNote($0) }
            + comparisonMarks(top: top, plotHeight: plotHeight, row: row, left: left, right: right) + notes
    }
}
