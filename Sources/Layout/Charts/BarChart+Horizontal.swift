import CairoBridge

extension BarChart {
    /// Areas down the left, bars to the right; reference labels in rows above the plot, one row each.
    func horizontalMarks(in rect: Rect, text: FigureText) -> [Mark] {
        let bars = spec.orderedBars
        let references = spec.drawableReferences
        let valueLabels = bars.map { valueLabel($0, text: text) }
        let hasNegative = bars.contains { ($0.drawableValue ?? 0) < 0 }
        let valueWidth = (valueLabels.map(\.size.width).max() ?? 0) + 3
        let probe = text.line("Ag", size: style.tickSize)
        let axisHeight = probe.size.height + 2 + (spec.axisTitle.isEmpty ? 0 : probe.size.height + 2)
        let top = rect.y + Double(references.count) * Self.referenceRowHeight
        let band = max(0, rect.maxY - axisHeight - top) / Double(bars.count)

        let labelColumn = min(rect.width * 0.34, measuredLabelWidth(bars, text: text))
        let plotX = rect.x + labelColumn + 6 + (hasNegative ? valueWidth : 0)
        let plot = Rect(
            x: plotX, y: top, width: max(1, rect.maxX - valueWidth - plotX), height: band * Double(bars.count))
        let axis = ValueAxis(ticks: ticks(count: max(2, Int(plot.width / 55))), title: spec.axisTitle, text: text)
        let scale = axis.scale(along: plot.x...plot.maxX)

        var space = LabelSpace(bounds: rect, margin: 0.5)
        var valueMarks: [Mark] = []
        var marks = axis.horizontalMarks(scale, plot: plot, space: &space)
        let referenceMarks = horizontalReferenceMarks(references, scale: scale, plot: plot, space: &space, text: text)
        let lines = references.map { Rect(x: scale.position($0.value) - 0.5, y: plot.y, width: 1, height: plot.height) }
        let zero = scale.position(0)
        let thickness = min(band * 0.7, 13)
        for (index, bar) in bars.enumerated() {
            let centre = plot.y + band * (Double(index) + 0.5)
            let label = text.label(
                bar.label, width: labelColumn, maxLines: band >= 2.2 * probe.size.height ? 2 : 1,
                weight: bar.highlighted ? .bold : .regular, alignment: .right)
            let labelFrame = Rect(
                x: rect.x + labelColumn - label.size.width, y: centre - label.size.height / 2,
                width: label.size.width, height: label.size.height)
            if space.place([labelFrame]) != nil {
                marks.append(
                    .text(label, at: Point(x: labelFrame.x, y: labelFrame.y), role: .categoryLabel(index: index)))
            }
            let valueText = valueLabels[index]
            guard let value = bar.drawableValue else {
                let frame = Rect(
                    x: zero + 3, y: centre - valueText.size.height / 2, width: valueText.size.width,
                    height: valueText.size.height)
                if space.place([frame]) != nil {
                    marks.append(.text(valueText, at: Point(x: frame.x, y: frame.y), role: .missing(index: index)))
                }
                continue
            }
            let end = scale.position(value)
            let barRect = Rect(x: min(zero, end), y: centre - thickness / 2, width: abs(end - zero), height: thickness)
            marks.append(.rectangle(barRect, barColor(bar), role: .bar(index: index, series: 0)))
            let labelX = value < 0 ? barRect.x - 3 - valueText.size.width : barRect.maxX + 3
            let frame = Rect(
                x: labelX, y: centre - valueText.size.height / 2, width: valueText.size.width,
                height: valueText.size.height)
            let beside = Self.pushed(frame, pastLines: lines, direction: Point(x: value < 0 ? -1 : 1, y: 0))
            if let placed = space.place([frame, beside]) {
                valueMarks += Mark.knockedOut(
                    .text(valueText, at: Point(x: placed.x, y: placed.y), role: .valueLabel(index: index)))
            }
        }
        return marks + referenceMarks + valueMarks
    }

    private func measuredLabelWidth(_ bars: [BarChartSpec.Bar], text: FigureText) -> Double {
        bars.map { text.line($0.label, weight: $0.highlighted ? .bold : .regular).size.width }.max() ?? 0
    }

    /// Vertical lines at the reference values; reference `i` has its label in row `i` above the plot.
    private func horizontalReferenceMarks(
        _ references: [ReferenceValue], scale: LinearScale, plot: Rect, space: inout LabelSpace, text: FigureText
    ) -> [Mark] {
        let bounds = space.bounds
        var marks: [Mark] = []
        for (index, reference) in references.enumerated() {
            let x = scale.position(reference.value)
            let color = style.referenceColor(index)
            let rowTop = bounds.y + Double(index) * Self.referenceRowHeight
            let label = text.label(
                reference.caption, width: bounds.width, size: style.tickSize, weight: .bold, color: color)
            marks.append(
                .line(
                    from: Point(x: x, y: rowTop + label.size.height), to: Point(x: x, y: plot.maxY), color,
                    referenceStroke(index), role: .referenceLine(index: index)))
            // Centred over its line, or beside it where the lines of the rows above pass through.
            let candidates = [x - label.size.width / 2, x + 2, x - 2 - label.size.width].map { left in
                Rect(
                    x: min(max(left, bounds.x), bounds.maxX - label.size.width), y: rowTop, width: label.size.width,
                    height: label.size.height)
            }
            if let frame = space.place(candidates) {
                marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .referenceLabel(index: index)))
            }
            space.reserve(Rect(x: x - 0.5, y: rowTop + label.size.height, width: 1, height: plot.maxY - rowTop))
        }
        return marks
    }
}
