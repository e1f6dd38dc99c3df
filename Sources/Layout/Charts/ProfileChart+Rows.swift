import CairoBridge

extension ProfileChart {
    /// Column heads: the area's and the city's name over their values, "Spannweite" over the spines.
    func headerMarks(_ columns: Columns, top: Double, text: FigureText, space: inout LabelSpace) -> [Mark] {
        let heads: [(String, Double, TextAlignment, Font.Weight)] = [
            (spec.words[.indicator], columns.name.lowerBound, .left, .regular),
            (spec.areaName, columns.area, .right, .bold),
            (spec.cityName, columns.city, .right, .regular),
            (spec.words.phrase(.range, ["areas": spec.areasName]), columns.spine.lowerBound, .left, .regular),
        ]
        var marks: [Mark] = []
        for (string, x, alignment, weight) in heads {
            let label = text.label(
                string, width: alignment == .left ? 160 : 90, size: style.tickSize, weight: weight,
                color: style.mutedColor)
            let left = alignment == .right ? x - label.size.width : x
            let frame = Rect(x: left, y: top, width: label.size.width, height: label.size.height)
            if space.place([frame]) != nil { marks.append(.text(label, at: Point(x: left, y: top), role: .axisTitle)) }
        }
        return marks
    }

    func rowMarks(
        _ row: ProfileChartSpec.Row, index: Int, columns: Columns, top: Double, height: Double, text: FigureText,
        space: inout LabelSpace
    ) -> [Mark] {
        let middle = top + height / 2
        var marks: [Mark] = [
            .line(
                from: Point(x: columns.name.lowerBound, y: top), to: Point(x: columns.right, y: top), style.gridColor,
                StrokeStyle(width: 0.5), role: .gridLine)
        ]
        func add(_ layout: TextLayout, right: Double? = nil, left: Double? = nil, role: MarkRole) {
            let x = right.map { $0 - layout.size.width } ?? left ?? 0
            let frame = Rect(
                x: x, y: middle - layout.size.height / 2, width: layout.size.width, height: layout.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(layout, at: Point(x: frame.x, y: frame.y), role: role))
            }
        }
        let nameWidth = columns.name.upperBound - columns.name.lowerBound
        add(
            text.label(row.indicator, width: nameWidth, maxLines: height >= 19 ? 2 : 1, size: style.tickSize),
            left: columns.name.lowerBound, role: .categoryLabel(index: index))
        let areaMissing = row.fraction(row.areaValue) == nil && !(row.areaValue?.isFinite ?? false)
        add(
            text.line(
                spec.areaValue(row), size: style.tickSize, weight: .bold, color: style.accentColor,
                italic: areaMissing),
            right: columns.area, role: areaMissing ? .missing(index: index) : .valueLabel(index: index))
        let cityMissing = !(row.cityValue?.isFinite ?? false)
        add(
            text.line(spec.cityValue(row), size: style.tickSize, italic: cityMissing),
            right: columns.city, role: .referenceLabel(index: index))
        guard row.hasRange else { return marks }
        add(
            text.line(row.minimumLabel, size: style.tickSize, color: style.mutedColor), right: columns.minimum,
            role: .tickLabel)
        add(
            text.line(row.maximumLabel, size: style.tickSize, color: style.mutedColor), left: columns.maximum,
            role: .tickLabel)
        marks += spineMarks(row, index: index, spine: columns.spine, middle: middle)
        return marks
    }

    private func spineMarks(_ row: ProfileChartSpec.Row, index: Int, spine: ClosedRange<Double>, middle: Double)
        -> [Mark]
    {
        let x = { (fraction: Double) in spine.lowerBound + fraction * (spine.upperBound - spine.lowerBound) }
        let band = { (low: Double, high: Double) in
            Rect(x: x(low), y: middle - 3.5, width: x(high) - x(low), height: 7)
        }
        var marks = [Mark.rectangle(band(0, 1), ProfileLegend.rangeColor, role: .range(index: index))]
        if let low = row.fraction(row.lowerQuartile), let high = row.fraction(row.upperQuartile), high >= low {
            marks.append(.rectangle(band(low, high), ProfileLegend.quartileColor, role: .range(index: index)))
        }
        if let city = row.fraction(row.cityValue) {
            marks.append(
                .line(
                    from: Point(x: x(city), y: middle - 6), to: Point(x: x(city), y: middle + 6), style.textColor,
                    StrokeStyle(width: 1.6), role: .referenceLine(index: index)))
        }
        if let area = row.fraction(row.areaValue) {
            let path = Path.circle(centerX: x(area), centerY: middle, radius: 4)
            let frame = Rect(x: x(area) - 4, y: middle - 4, width: 8, height: 8)
            marks.append(Mark(.fill(path, style.accentColor, .nonZero), role: .point(index: index), frame: frame))
            marks.append(Mark(.stroke(path, .white, StrokeStyle(width: 0.8)), role: .decoration, frame: frame))
        }
        return marks
    }
}
