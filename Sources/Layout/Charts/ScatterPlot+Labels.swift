import CairoBridge

extension ScatterPlot {
    /// Names of highlighted and labelled points: right, left, above or below the point, wherever they touch
    /// nothing already placed; left out when no place is free.
    func nameMarks(_ anchors: [(Int, Rect)], space: inout LabelSpace, text: FigureText) -> [Mark] {
        var marks: [Mark] = []
        let wanted = anchors.filter { spec.highlighted.contains($0.0) || spec.items[$0.0].labelled }
            .sorted { spec.highlighted.contains($0.0) && !spec.highlighted.contains($1.0) }
        for (index, point) in wanted {
            let highlighted = spec.highlighted.contains(index)
            let label = text.label(
                spec.items[index].name, width: 140, size: style.tickSize, weight: highlighted ? .bold : .regular,
                color: highlighted ? style.accentColor : style.textColor)
            let w = label.size.width
            let h = label.size.height
            let midY = point.y + point.height / 2 - h / 2
            let midX = point.x + point.width / 2 - w / 2
            let candidates = [
                Rect(x: point.maxX + 2, y: midY, width: w, height: h),
                Rect(x: point.x - 2 - w, y: midY, width: w, height: h),
                Rect(x: midX, y: point.y - 1 - h, width: w, height: h),
                Rect(x: midX, y: point.maxY + 1, width: w, height: h),
            ]
            if let placed = space.place(candidates) {
                marks.append(.text(label, at: Point(x: placed.x, y: placed.y), role: .pointLabel(index: index)))
            }
        }
        return marks
    }

    func noteHeight(_ drawn: Int, text: FigureText) -> Double {
        drawn < spec.items.count ? text.line(spec.words[.missing], size: style.tickSize).size.height + 2 : 0
    }

    /// "Ohne Angabe: 2 Gebiete" at the bottom-left when areas lack a value.
    func noteMarks(_ drawn: Int, rect: Rect, space: inout LabelSpace, text: FigureText) -> [Mark] {
        let missing = spec.items.count - drawn
        guard missing > 0 else { return [] }
        let label = text.line(
            spec.words.phrase(
                .unplotted,
                [
                    "missing": spec.words[.missing], "count": "\(missing)",
                    "areas": spec.words.counted(missing, .area, .areas),
                ]),
            size: style.tickSize,
            color: style.mutedColor, italic: true)
        let frame = Rect(
            x: rect.x, y: rect.maxY - label.size.height, width: label.size.width, height: label.size.height)
        guard space.place([frame]) != nil else { return [] }
        return [.text(label, at: Point(x: frame.x, y: frame.y), role: .missing(index: 0))]
    }
}
