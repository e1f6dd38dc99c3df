import CairoBridge

extension GroupedBarChart {
    /// One thin bar per series inside the band, its value (or "k. A.") at its end.
    func groupedMarks(
        _ index: Int, top: Double, band: Double, scale: LinearScale, text: FigureText, space: inout LabelSpace
    ) -> [Mark] {
        let category = spec.categories[index]
        let inner = band * 0.8
        let thickness = inner / Double(spec.series.count)
        let zero = scale.position(0)
        var marks: [Mark] = []
        for series in spec.series.indices {
            let y = top + band * 0.1 + thickness * Double(series)
            let value = category.value(series)
            let label = text.line(
                spec.printed(value), size: style.tickSize,
                color: value == nil ? style.mutedColor : style.textColor,
                italic: value == nil)
            var labelX = zero + 3
            if let value {
                let end = scale.position(value)
                let bar = Rect(x: min(zero, end), y: y + 0.5, width: abs(end - zero), height: max(0, thickness - 1))
                marks.append(.rectangle(bar, color(series), role: .bar(index: index, series: series)))
                labelX = value < 0 ? bar.x - 3 - label.size.width : bar.maxX + 3
            }
            let frame = Rect(
                x: labelX, y: y + thickness / 2 - label.size.height / 2, width: label.size.width,
                height: label.size.height)
            if space.place([frame]) != nil {
                marks.append(
                    .text(
                        label, at: Point(x: frame.x, y: frame.y),
                        role: value == nil ? .missing(index: index) : .valueLabel(index: index)))
            }
        }
        return marks
    }

    /// The series' segments end to end (positive to the right of zero, negative to the left), each with its
    /// value inside when it fits; "k. A." after the bar when a part is missing, since the total is then unknown.
    func stackedMarks(
        _ index: Int, top: Double, band: Double, scale: LinearScale, text: FigureText, space: inout LabelSpace
    ) -> [Mark] {
        let category = spec.categories[index]
        let thickness = min(band * 0.7, 13)
        let y = top + (band - thickness) / 2
        var positive = 0.0
        var negative = 0.0
        var marks: [Mark] = []
        var end = scale.position(0)
        for series in spec.series.indices {
            guard let value = category.value(series), value != 0 else { continue }
            let start = value > 0 ? positive : negative
            if value > 0 { positive += value } else { negative += value }
            let a = scale.position(start)
            let b = scale.position(start + value)
            let segment = Rect(x: min(a, b), y: y, width: abs(b - a), height: thickness)
            end = max(end, segment.maxX)
            marks.append(.rectangle(segment, color(series), role: .bar(index: index, series: series)))
            let fill = color(series)
            let dark = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue < 0.45
            let label = text.line(
                spec.printed(value), size: style.tickSize, color: dark ? .white : style.textColor)
            let frame = Rect(
                x: segment.x + (segment.width - label.size.width) / 2, y: y + (thickness - label.size.height) / 2,
                width: label.size.width, height: label.size.height)
            if label.size.width + 4 <= segment.width, label.size.height <= thickness + 2, space.place([frame]) != nil {
                marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .valueLabel(index: index)))
            }
        }
        if spec.series.indices.contains(where: { category.value($0) == nil }) {
            let note = text.line(spec.words[.missing], size: style.tickSize, color: style.mutedColor, italic: true)
            let frame = Rect(
                x: end + 3, y: y + (thickness - note.size.height) / 2, width: note.size.width, height: note.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(note, at: Point(x: frame.x, y: frame.y), role: .missing(index: index)))
            }
        }
        return marks
    }
}
