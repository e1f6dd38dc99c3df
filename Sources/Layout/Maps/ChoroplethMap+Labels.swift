import CairoBridge

extension ChoroplethMap {
    /// Area names at their label points, highest priority first. A name is left out when it would touch one
    /// already placed or a point symbol, leave the map, or be wider than its area (except the highlighted one).
    /// Light text on dark fills.
    func labelMarks(_ projection: MapProjection, in rect: Rect, text: FigureText) -> [Mark] {
        var space = LabelSpace(bounds: rect, margin: 2)
        let largest = largestPointSize
        for point in spec.points.indices { space.reserve(pointFrame(point, projection, largest: largest)) }
        let order = spec.areas.indices.filter { spec.areas[$0].label?.isEmpty == false }
            .sorted { spec.areas[$0].labelPriority > spec.areas[$1].labelPriority }
        var marks: [Mark] = []
        let minimumCharacterWidth = style.tickSize * 0.35
        for index in order {
            let area = spec.areas[index]
            let isHighlighted = area.key == spec.highlightedKey
            guard let label = area.label, let bounds = area.geometry.bounds else { continue }
            let box = projection.project(bounds)
            // Cheap test before Pango and the label point: a name far wider than its area cannot be placed.
            let tooWide = Double(label.count) * minimumCharacterWidth > box.width * 1.1
            guard isHighlighted || !tooWide, let anchor = LabelPoint.point(for: area.geometry) else { continue }
            let centre = projection.project(anchor)
            let color = Self.isDark(area.fill) ? Color.white : style.textColor
            let layout = text.line(label, size: style.tickSize, weight: isHighlighted ? .bold : .regular, color: color)
            let frame = Rect(
                x: centre.x - layout.size.width / 2, y: centre.y - layout.size.height / 2, width: layout.size.width,
                height: layout.size.height)
            guard isHighlighted || (frame.width <= box.width * 1.1 && frame.height <= box.height) else { continue }
            let shift = layout.size.height * 0.8
            let candidates = [frame, frame.offsetBy(dx: 0, dy: -shift), frame.offsetBy(dx: 0, dy: shift)].filter {
                isHighlighted || ($0.y >= box.y && $0.maxY <= box.maxY)
            }
            guard let placed = space.place(candidates) else { continue }
            marks.append(.text(layout, at: Point(x: placed.x, y: placed.y), role: .areaLabel(index: index)))
        }
        return marks
    }

    /// Whether a fill is dark enough to need white text (relative luminance under 0,4).
    static func isDark(_ fill: ChoroplethMapSpec.Area.Fill) -> Bool {
        guard case .color(let color) = fill else { return false }
        return 0.2126 * color.red + 0.7152 * color.green + 0.0722 * color.blue < 0.4
    }

    /// A round length at the bottom-left of the map: a dark bar with end ticks and its label.
    func scaleBarMarks(_ projection: MapProjection, in rect: Rect, text: FigureText) -> [Mark] {
        guard let bar = ScaleBar(pointsPerMetre: projection.scale, maxLength: rect.width * 0.22) else { return [] }
        let label = text.line(bar.label, size: style.tickSize)
        let x = rect.x + 4
        let y = rect.maxY + 9
        let stroke = StrokeStyle(width: 0.8)
        var path = Path()
        path.move(to: x, y - 3)
        path.line(to: x, y)
        path.line(to: x + bar.length, y)
        path.line(to: x + bar.length, y - 3)
        let frame = Rect(x: x, y: y - 3, width: bar.length, height: 3)
        return [
            Mark(.stroke(path, style.textColor, stroke), role: .scaleBar, frame: frame),
            .text(label, at: Point(x: x + bar.length + 3, y: y - label.size.height + 2), role: .scaleBarLabel),
        ]
    }
}
