import CairoBridge

extension ChoroplethMap {
    /// Whether `geometry` reaches into `view`; areas entirely outside are not drawn.
    private func isVisible(_ geometry: MultiPolygon, in view: Bounds) -> Bool {
        guard let bounds = geometry.bounds else { return false }
        return bounds.minX <= view.maxX && bounds.maxX >= view.minX && bounds.minY <= view.maxY
            && bounds.maxY >= view.minY
    }

    func contextMarks(_ projection: MapProjection, view: Bounds) -> [Mark] {
        spec.context.filter { isVisible($0, in: view) }.flatMap { geometry -> [Mark] in
            let path = projection.path(geometry)
            let frame = geometry.bounds.map(projection.project) ?? Rect(x: 0, y: 0, width: 0, height: 0)
            return [
                Mark(.fill(path, style.contextFill, .evenOdd), role: .contextArea, frame: frame),
                Mark(.stroke(path, .white, StrokeStyle(width: 0.6, join: .round)), role: .contextArea, frame: frame),
            ]
        }
    }

    /// Each area filled (or hatched when missing) and edged with a thin white line.
    func areaMarks(_ projection: MapProjection, view: Bounds) -> [Mark] {
        var marks: [Mark] = []
        marks.reserveCapacity(spec.areas.count * 2)
        let border = StrokeStyle(width: 0.35, join: .round)
        for (index, area) in spec.areas.enumerated() {
            guard let bounds = area.geometry.bounds, isVisible(area.geometry, in: view) else { continue }
            let path = projection.path(area.geometry)
            let frame = projection.project(bounds)
            switch area.fill {
            case .color(let color):
                marks.append(Mark(.fill(path, color, .evenOdd), role: .area(index: index), frame: frame))
            case .missing:
                marks.append(
                    Mark(
                        .hatch(path, background: style.missingBackground, lines: style.missingLines),
                        role: .area(index: index), frame: frame))
            }
            marks.append(Mark(.stroke(path, style.borderColor, border), role: .decoration, frame: frame))
        }
        return marks
    }

    /// The highlighted outline (or the highlighted area's, when it reaches into `view`), to go on top of the
    /// areas: white under dark, so it reads on any fill.
    func highlightMarks(_ projection: MapProjection, view: Bounds) -> [Mark] {
        var marks: [Mark] = []
        let area = spec.areas.last { $0.key == spec.highlightedKey && isVisible($0.geometry, in: view) }
        if let outline = spec.highlight ?? area?.geometry, let bounds = outline.bounds {
            let path = projection.path(outline)
            let frame = projection.project(bounds)
            marks.append(
                Mark(.stroke(path, .white, StrokeStyle(width: 3, join: .round)), role: .decoration, frame: frame))
            marks.append(
                Mark(
                    .stroke(path, style.textColor, StrokeStyle(width: 1.5, join: .round)), role: .highlightOutline,
                    frame: frame))
            if max(frame.width, frame.height) < Self.smallestVisibleHighlight {
                // Too small to see its outline: ringed, as the locator rings a small area.
                let ring = Path.circle(
                    centerX: frame.x + frame.width / 2, centerY: frame.y + frame.height / 2,
                    radius: Self.smallestVisibleHighlight)
                let box = frame.insetBy(dx: -Self.smallestVisibleHighlight, dy: -Self.smallestVisibleHighlight)
                marks.append(
                    Mark(.stroke(ring, style.textColor, StrokeStyle(width: 1.2)), role: .highlightOutline, frame: box))
            }
        }
        return marks
    }

    /// A highlighted area smaller than this (points) on the map is ringed.
    static let smallestVisibleHighlight = 6.0

    var largestPointSize: Double? { spec.points.compactMap(\.size).filter { $0.isFinite && $0 > 0 }.max() }

    /// The page box of point `index`'s symbol.
    func pointFrame(_ index: Int, _ projection: MapProjection, largest: Double?) -> Rect {
        let point = spec.points[index]
        let centre = projection.project(point.position)
        let radius = PointSize.radius(point.size, largest: largest)
        return Rect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
    }

    /// The area the map is about (the highlighted outline), nil when none.
    private var focus: MultiPolygon? {
        spec.highlight ?? spec.areas.first { $0.key == spec.highlightedKey }?.geometry
    }

    /// Points of interest as their category's symbol, sized by area when they carry a size: translucent, so the
    /// choropleth shows through, and lighter outside the area the map is about.
    func pointMarks(_ projection: MapProjection) -> [Mark] {
        let categories = spec.legend.pointCategories
        let largest = largestPointSize
        let focus = self.focus
        var marks: [Mark] = []
        var highlighted: [Mark] = []
        for (index, point) in spec.points.enumerated() where point.position.x.isFinite && point.position.y.isFinite {
            let category = categories.indices.contains(point.category) ? categories[point.category] : nil
            let centre = projection.project(point.position)
            let radius = point.highlighted ? PointSize.highlighted : PointSize.radius(point.size, largest: largest)
            let path = (category?.symbol ?? .circle).path(x: centre.x, y: centre.y, radius: radius)
            let frame = Rect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
            let halo = StrokeStyle(width: point.highlighted ? 1.5 : 0.5)
            let outside = !point.highlighted && focus.map { !$0.contains(point.position) } ?? false
            let color = PointSize.fill(
                category?.color ?? style.textColor, highlighted: point.highlighted, outside: outside)
            let symbol = [
                Mark(.fill(path, color, .nonZero), role: .poi(index: index), frame: frame),
                Mark(.stroke(path, .white.withAlpha(outside ? 0.5 : 1), halo), role: .decoration, frame: frame),
            ]
            if point.highlighted { highlighted += symbol } else { marks += symbol }
        }
        return marks + highlighted
    }
}

/// Symbol sizes of points: the symbol's area proportional to the value, the largest with radius 6 pt.
enum PointSize {
    static let standard = 2.6
    static let largest = 6.0
    static let smallest = 1.5
    static let highlighted = 6.5

    /// Symbols let the fill under them show through; the highlighted one is opaque.
    static let opacity = 0.8
    /// Points outside the area the map is about are this much lighter.
    static let outsideLightening = 0.55

    /// The fill of a symbol of `color`, as the map draws it and the legend shows it.
    static func fill(_ color: Color, highlighted: Bool = false, outside: Bool = false) -> Color {
        if highlighted { return color }
        return (outside ? color.mixed(with: .white, outsideLightening) : color).withAlpha(opacity)
    }

    static func radius(_ size: Double?, largest maximum: Double?) -> Double {
        guard let size, size.isFinite, size > 0, let maximum, maximum > 0 else { return standard }
        return max(smallest, largest * (size / maximum).squareRoot())
    }
}
