import CairoBridge

extension LineChart {
    /// The line of one series, broken at missing values, with a dot on every value (so a value between two
    /// gaps still shows).
    func seriesMarks(_ index: Int, x: (Int) -> Double, y: LinearScale) -> [Mark] {
        let series = spec.series[index]
        let color = color(index)
        let width = series.highlighted ? 2.0 : 1.2
        var line = Path()
        var previous = false
        var dots: [Mark] = []
        var frame: Rect?
        for period in spec.periods.indices {
            guard let value = series.value(at: period) else {
                previous = false
                continue
            }
            let point = Point(x: x(period), y: y.position(value))
            let joined = previous && !spec.breaks.contains { $0.index == period }
            if joined { line.line(to: point.x, point.y) } else { line.move(to: point.x, point.y) }
            previous = true
            let radius = series.highlighted ? 2.4 : 1.8
            let dot = Rect(x: point.x - radius, y: point.y - radius, width: 2 * radius, height: 2 * radius)
            frame = frame.map { $0.union(dot) } ?? dot
            dots.append(
                Mark(
                    .fill(.circle(centerX: point.x, centerY: point.y, radius: radius), color, .nonZero),
                    role: .point(index: index), frame: dot))
        }
        let stroke = StrokeStyle(width: width, cap: .round, join: .round)
        let lineMark = Mark(
            .stroke(line, color, stroke), role: .series(index: index),
            frame: frame ?? Rect(x: 0, y: 0, width: 0, height: 0))
        return [lineMark] + dots
    }

    /// A dashed line between the two periods of each break, its label at the top of the plot.
    func breakMarks(x: (Int) -> Double, plot: Rect, space: inout LabelSpace, text: FigureText) -> [Mark] {
        var marks: [Mark] = []
        for seriesBreak in spec.breaks {
            let middle = (x(seriesBreak.index - 1) + x(seriesBreak.index)) / 2
            marks.append(
                .line(
                    from: Point(x: middle, y: plot.y), to: Point(x: middle, y: plot.maxY), style.mutedColor,
                    StrokeStyle(width: 0.8, dash: [3, 2]), role: .annotation))
            let label = text.line(seriesBreak.label, size: style.tickSize, color: style.mutedColor, italic: true)
            let frames = [middle + 3, middle - 3 - label.size.width].map {
                Rect(x: $0, y: plot.y, width: label.size.width, height: label.size.height)
            }
            if let frame = space.place(frames) {
                marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .annotation))
            }
        }
        return marks
    }

    /// "k. A." above the time axis where the highlighted (or only) series has no value.
    func missingMarks(x: (Int) -> Double, plot: Rect, space: inout LabelSpace, text: FigureText) -> [Mark] {
        guard let main = spec.series.firstIndex(where: \.highlighted) ?? (spec.series.count == 1 ? 0 : nil) else {
            return []
        }
        var marks: [Mark] = []
        for period in spec.periods.indices where spec.series[main].value(at: period) == nil {
            let label = text.line(spec.words[.missing], size: style.tickSize, color: style.mutedColor, italic: true)
            let frame = Rect(
                x: x(period) - label.size.width / 2, y: plot.maxY - label.size.height - 2, width: label.size.width,
                height: label.size.height)
            if space.place([frame]) != nil {
                marks.append(.text(label, at: Point(x: frame.x, y: frame.y), role: .missing(index: period)))
            }
        }
        return marks
    }
}

extension Rect {
    func union(_ other: Rect) -> Rect {
        let x = Swift.min(self.x, other.x)
        let y = Swift.min(self.y, other.y)
        return Rect(x: x, y: y, width: Swift.max(maxX, other.maxX) - x, height: Swift.max(maxY, other.maxY) - y)
    }
}
