import CairoBridge

extension ChoroplethMap {
    /// Area names at their label points (near the pole of inaccessibility), highest priority first, in the tick
    /// size or, in small areas, a little smaller. A name is placed only where its box lies inside its area
    /// (except the highlighted one's) and touches no name placed before and no point symbol; names of the areas
    /// too small for them follow beside them with leader lines. Every name sits on a light halo, so it reads on
    /// any fill and across borders. No name touches a `reserved` box.
    func labelMarks(_ projection: MapProjection, in rect: Rect, text: FigureText, reserved: [Rect]) -> [Mark] {
        var space = LabelSpace(bounds: rect, margin: 2)
        for box in reserved { space.reserve(box) }
        let largest = largestPointSize
        for point in spec.points.indices { space.reserve(pointFrame(point, projection, largest: largest)) }
        let order = spec.areas.indices.filter { spec.areas[$0].label?.isEmpty == false }
            .sorted { spec.areas[$0].labelPriority > spec.areas[$1].labelPriority }
        var marks: [Mark] = []
        var unplaced: [(index: Int, centre: Point)] = []
        let minimumCharacterWidth = style.tickSize * Self.smallLabelScale * 0.35
        for index in order {
            let area = spec.areas[index]
            let isHighlighted = area.key == spec.highlightedKey
            guard let label = area.label, let bounds = area.geometry.bounds,
                let anchor = LabelPoint.point(for: area.geometry)
            else { continue }
            let box = projection.project(bounds)
            let centre = projection.project(anchor)
            // Cheap test before Pango: a name far wider than its area cannot be placed inside it.
            let tooWide = Double(label.count) * minimumCharacterWidth > box.width * 1.1
            guard isHighlighted || !tooWide else {
                unplaced.append((index, centre))
                continue
            }
            let count = marks.count
            let layouts = [1, Self.smallLabelScale].flatMap { scale -> [TextLayout] in
                let size = style.tickSize * scale
                let weight: Font.Weight = isHighlighted ? .bold : .regular
                let line = text.line(label, size: size, weight: weight, color: style.textColor)
                // Names of several words may take two lines, centred, where one line is too wide for the area.
                let wrapped = text.fitting(
                    label, width: max(1, min(line.size.width * 0.7, box.width * 0.9)), maxLines: 2, size: size,
                    weight: weight, color: style.textColor, alignment: .center)
                return [line] + [wrapped].compactMap { $0 }.filter { $0.lines.count > 1 }
            }
            for layout in layouts {
                let frame = Rect(
                    x: centre.x - layout.size.width / 2, y: centre.y - layout.size.height / 2,
                    width: layout.size.width, height: layout.size.height)
                let up = layout.size.height * 0.6
                let side = layout.size.width * 0.2
                let candidates = [
                    frame, frame.offsetBy(dx: 0, dy: -up), frame.offsetBy(dx: 0, dy: up),
                    frame.offsetBy(dx: -side, dy: 0),
                    frame.offsetBy(dx: side, dy: 0),
                ].filter { isHighlighted || fits($0, in: area.geometry, projection) }
                guard let placed = space.place(candidates) else { continue }
                let halo = Rect(x: placed.x - 1, y: placed.y, width: placed.width + 2, height: placed.height)
                marks.append(.rectangle(halo, Color.white.withAlpha(Self.haloOpacity), role: .decoration))
                marks.append(.text(layout, at: Point(x: placed.x, y: placed.y), role: .areaLabel(index: index)))
                break
            }
            if marks.count == count { unplaced.append((index, centre)) }
        }
        for (index, centre) in unplaced.prefix(Self.mostLeaderLabels) {
            marks += leaderLabel(index, at: centre, space: &space, text: text)
        }
        return marks
    }

    /// At most this many names of areas too small for them are set beside the area with a leader line.
    static let mostLeaderLabels = 12

    /// The name of a small area set a little beside it, in the smaller size, joined to its label point by a thin
    /// line that crosses no other name; nothing when no place nearby is free.
    private func leaderLabel(_ index: Int, at centre: Point, space: inout LabelSpace, text: FigureText) -> [Mark] {
        guard let label = spec.areas[index].label, rectContains(space.bounds, centre) else { return [] }
        let layout = text.line(label, size: style.tickSize * Self.smallLabelScale, color: style.textColor)
        let size = layout.size
        for distance in [12.0, 20, 30] {
            for (dx, dy) in Self.leaderDirections {
                let end = Point(x: centre.x + distance * dx, y: centre.y + distance * dy)
                let x = dx == 0 ? end.x - size.width / 2 : dx > 0 ? end.x : end.x - size.width
                let y = dy == 0 ? end.y - size.height / 2 : dy > 0 ? end.y : end.y - size.height
                let frame = Rect(x: x, y: y, width: size.width, height: size.height)
                let crosses = space.placed.contains {
                    FigureAudit.segment(from: centre, to: end, crosses: $0.insetBy(dx: -0.5, dy: -0.5))
                }
                guard !crosses, space.place([frame]) != nil else { continue }
                let halo = Rect(x: frame.x - 1, y: frame.y, width: frame.width + 2, height: frame.height)
                return [
                    .line(from: centre, to: end, style.textColor, StrokeStyle(width: 0.4), role: .decoration),
                    .rectangle(halo, Color.white.withAlpha(Self.haloOpacity), role: .decoration),
                    .text(layout, at: Point(x: frame.x, y: frame.y), role: .areaLabel(index: index)),
                ]
            }
        }
        return []
    }

    /// Right, left, up, down, then the diagonals: unit steps in page coordinates.
    private static let leaderDirections: [(Double, Double)] = [
        (1, 0), (-1, 0), (0, -1), (0, 1), (0.707, -0.707), (-0.707, -0.707), (0.707, 0.707), (-0.707, 0.707),
    ]

    private func rectContains(_ rect: Rect, _ point: Point) -> Bool {
        point.x >= rect.x && point.x <= rect.maxX && point.y >= rect.y && point.y <= rect.maxY
    }

    /// Labels that do not fit their area at the tick size are tried at this share of it.
    static let smallLabelScale = 0.8
    static let haloOpacity = 0.65

    /// Whether the text box `frame` (page coordinates) lies inside `geometry`: its corners and the middles of
    /// its long sides, a little inset.
    func fits(_ frame: Rect, in geometry: MultiPolygon, _ projection: MapProjection) -> Bool {
        let inner = frame.insetBy(dx: 0.5, dy: frame.height * 0.15)
        let middle = inner.x + inner.width / 2
        let probes = [
            Point(x: inner.x, y: inner.y), Point(x: inner.maxX, y: inner.y), Point(x: inner.x, y: inner.maxY),
            Point(x: inner.maxX, y: inner.maxY), Point(x: middle, y: inner.y), Point(x: middle, y: inner.maxY),
        ]
        return probes.allSatisfy { geometry.contains(projection.unproject($0)) }
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
