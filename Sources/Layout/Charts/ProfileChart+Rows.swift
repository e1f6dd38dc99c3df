import CairoBridge

extension ProfileChart {
    /// Column heads: the area's and the city's name over their values, "Spannweite" over the spines.
    func headerMarks(_ columns: Columns, top: Double, text: FigureText, space: inout LabelSpace) -> [Mark] {
        // A head over a value column wraps within its column and the gap before it (the area's may use the room
        // the short "Indikator" head leaves).
        var heads: [(String, Double, Double, Font.Weight)] = [
            (spec.words[.indicator], columns.name.lowerBound, 160, .regular)
        ]
        if columns.showsValues {
            heads.append((spec.areaName, columns.area, 90, .bold))
            if let name = spec.parentName, let right = columns.parent {
                heads.append((name, right, right - columns.area - 2, .regular))
            }
            let left = columns.parent ?? columns.area
            heads.append((spec.cityName, columns.city, spec.parentName == nil ? 90 : columns.city - left - 2, .regular))
        }
        heads.append((spec.words.phrase(.range, ["areas": spec.areasName]), columns.spine.lowerBound, 160, .regular))
        var marks: [Mark] = []
        for (index, (string, x, wrap, weight)) in heads.enumerated() {
            let alignment: TextAlignment = index == 0 || index == heads.count - 1 ? .left : .right
            let label = text.label(
                string, width: max(wrap, 20), size: style.tickSize, weight: weight, color: style.mutedColor)
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
        let areaLabel = text.line(
            spec.areaValue(row), size: style.tickSize, weight: .bold, color: style.accentColor, italic: areaMissing)
        let areaRole: MarkRole = areaMissing ? .missing(index: index) : .valueLabel(index: index)
        if columns.showsValues {
            add(areaLabel, right: columns.area, role: areaRole)
            if let right = columns.parent {
                add(
                    text.line(
                        spec.parentValue(row), size: style.tickSize, italic: !(row.parentValue?.isFinite ?? false)),
                    right: right, role: .referenceLabel(index: index))
            }
            let cityMissing = !(row.cityValue?.isFinite ?? false)
            add(
                text.line(spec.cityValue(row), size: style.tickSize, italic: cityMissing),
                right: columns.city, role: .referenceLabel(index: index))
        } else if areaMissing {
            // Without value columns a missing value is said on the spine itself.
            add(areaLabel, left: columns.spine.lowerBound + 2, role: areaRole)
        }
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
        if spec.parentName != nil, let parent = row.fraction(row.parentValue) {
            let path = ProfileLegend.diamond(centerX: x(parent), centerY: middle, radius: 4)
            let frame = Rect(x: x(parent) - 4, y: middle - 4, width: 8, height: 8)
            marks.append(Mark(.fill(path, .white, .nonZero), role: .decoration, frame: frame))
            marks.append(
                Mark(
                    .stroke(path, style.textColor, StrokeStyle(width: 1.1)), role: .referenceLine(index: index),
                    frame: frame))
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
