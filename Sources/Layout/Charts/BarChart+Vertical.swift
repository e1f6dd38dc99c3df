import CairoBridge

extension BarChart {
    /// Areas along the bottom (wrapped to three lines or shortened), bars upwards, reference labels at the
    /// right end of their lines.
    func verticalMarks(in rect: Rect, text: FigureText) -> [Mark] {
        let bars = spec.orderedBars
        let references = spec.drawableReferences
        let referenceLabels = references.enumerated().map { index, reference in
            text.line(reference.caption, size: style.tickSize, weight: .bold, color: style.referenceColor(index))
        }
        let rightColumn = min(rect.width * 0.25, (referenceLabels.map(\.size.width).max() ?? 0) + 4)
        let probe = text.line("Ag", size: style.tickSize)
        let provisionalTicks = ticks(count: 5)
        let axis = ValueAxis(ticks: provisionalTicks, title: spec.axisTitle, text: text)
        let plotX = rect.x + axis.labelWidth + 4
        let band = max(0, rect.maxX - rightColumn - plotX) / Double(bars.count)
        let categoryLabels = CategoryLabels(bars: bars, band: band, maxLength: rect.height * 0.4, text: text)
        let labelHeight = categoryLabels.height
        let top = rect.y + axis.titleHeight + probe.size.height
        let plot = Rect(
            x: plotX, y: top, width: band * Double(bars.count), height: max(1, rect.maxY - labelHeight - 3 - top))
        let scale = axis.scale(along: plot.y...plot.maxY, reversed: true)

        var space = LabelSpace(bounds: rect, margin: 1)
        var valueMarks: [Mark] = []
        var marks = axis.verticalMarks(scale, plot: plot, space: &space)
        let referenceMarks = verticalReferenceMarks(
            references, labels: referenceLabels, scale: scale, plot: plot, space: &space)
        let lines = references.map {
            Rect(x: plot.x, y: scale.position($0.value) - 0.5, width: plot.width + 2, height: 1)
        }
        for line in lines { space.reserve(line) }
        let zero = scale.position(0)
        let thickness = min(band * 0.7, 28)
        let order = bars.indices.sorted { bars[$0].highlighted && !bars[$1].highlighted }
        for index in order {
            let bar = bars[index]
            let centre = plot.x + band * (Double(index) + 0.5)
            let label = categoryLabels.mark(index, centre: centre, top: plot.maxY + 3)
            if space.place([label.frame]) != nil { marks.append(label) }
            let valueText = valueLabel(bar, text: text)
            let value = bar.drawableValue
            let end = value.map(scale.position) ?? zero
            if value != nil {
                let barRect = Rect(
                    x: centre - thickness / 2, y: min(zero, end), width: thickness, height: abs(end - zero))
                marks.append(.rectangle(barRect, barColor(bar), role: .bar(index: index, series: 0)))
            }
            let below = (value ?? 0) < 0
            let frame = Rect(
                x: centre - valueText.size.width / 2, y: below ? end + 2 : end - 2 - valueText.size.height,
                width: valueText.size.width, height: valueText.size.height)
            let beside = Self.pushed(frame, pastLines: lines, direction: Point(x: 0, y: below ? 1 : -1))
            if let placed = space.place([frame, beside]) {
                let role: MarkRole = value == nil ? .missing(index: index) : .valueLabel(index: index)
                valueMarks += Mark.knockedOut(.text(valueText, at: Point(x: placed.x, y: placed.y), role: role))
            }
        }
        return marks + referenceMarks + valueMarks
    }

    private func verticalReferenceMarks(
        _ references: [ReferenceValue], labels: [TextLayout], scale: LinearScale, plot: Rect, space: inout LabelSpace
    ) -> [Mark] {
        var marks: [Mark] = []
        for (index, reference) in references.enumerated() {
            let y = scale.position(reference.value)
            let color = style.referenceColor(index)
            marks.append(
                .line(
                    from: Point(x: plot.x, y: y), to: Point(x: plot.maxX + 2, y: y), color, referenceStroke(index),
                    role: .referenceLine(index: index)))
            let label = labels[index]
            let frame = Rect(
                x: plot.maxX + 4, y: y - label.size.height / 2, width: label.size.width, height: label.size.height)
            let candidates = [
                frame, frame.offsetBy(dx: 0, dy: label.size.height), frame.offsetBy(dx: 0, dy: -label.size.height),
            ]
            if let placed = space.place(candidates) {
                marks.append(.text(label, at: Point(x: placed.x, y: placed.y), role: .referenceLabel(index: index)))
            }
        }
        return marks
    }
}
