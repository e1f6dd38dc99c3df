import CairoBridge

extension PopulationPyramid {
    /// One age band: its label in the middle, the men's and the women's bar, "k. A." for a missing side.
    func bandMarks(
        _ index: Int, y: Double, row: Double, left: LinearScale, right: LinearScale, centre: Double, text: FigureText,
        space: inout LabelSpace
    ) -> [Mark] {
        var marks: [Mark] = []
        let label = text.line(spec.bands[index], size: style.tickSize)
        let frame = Rect(
            x: centre - label.size.width / 2, y: y + row / 2 - label.size.height / 2, width: label.size.width,
            height: label.size.height)
        if space.place([frame]) != nil {
            marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .categoryLabel(index: index)))
        }
        let thickness = max(0, row - 1.5)
        for (series, values, scale) in [(0, spec.men, left), (1, spec.women, right)] {
            let zero = scale.position(0)
            guard let value = PopulationPyramidSpec.value(values, index) else {
                let note = text.line(spec.words[.missing], size: style.tickSize, color: style.mutedColor, italic: true)
                let x = series == 0 ? zero - 3 - note.size.width : zero + 3
                let frame = Rect(
                    x: x, y: y + row / 2 - note.size.height / 2, width: note.size.width, height: note.size.height)
                if space.place([frame]) != nil {
                    marks.append(.text(note, at: Point(x: x, y: frame.y), role: .missing(index: index)))
                }
                continue
            }
            let end = scale.position(value)
            let bar = Rect(x: min(zero, end), y: y + (row - thickness) / 2, width: abs(end - zero), height: thickness)
            marks.append(.rectangle(bar, series == 0 ? menColor : womenColor, role: .bar(index: index, series: series)))
        }
        return marks
    }

    /// The comparison structure as a stepped outline over each side's bars.
    func comparisonMarks(top: Double, plotHeight: Double, row: Double, left: LinearScale, right: LinearScale) -> [Mark]
    {
        var marks: [Mark] = []
        for (series, values, scale) in [(0, spec.comparisonMen, left), (1, spec.comparisonWomen, right)]
        where !values.isEmpty {
            var path = Path()
            var drawing = false
            for index in spec.bands.indices {
                let bottom = top + plotHeight - Double(index) * row
                let upper = bottom - row
                guard let value = PopulationPyramidSpec.value(values, index) else {
                    drawing = false
                    continue
                }
                let x = scale.position(value)
                if drawing { path.line(to: x, bottom) } else { path.move(to: x, bottom) }
                path.line(to: x, upper)
                drawing = true
            }
            let frame = Rect(
                x: scale.range.lowerBound, y: top, width: scale.range.upperBound - scale.range.lowerBound,
                height: plotHeight)
            marks.append(
                Mark(
                    .stroke(path, style.textColor, StrokeStyle(width: 1, join: .miter)), role: .series(index: series),
                    frame: frame))
        }
        return marks
    }
}
