import CairoBridge

/// Draws a `ChoroplethMapSpec`: the map on the left with a scale bar, the legend and the locator inset in a
/// column on the right (below the map when the figure is narrow).
public struct ChoroplethMap: DataFigure {
    public var spec: ChoroplethMapSpec
    public var style: FigureStyle

    public init(_ spec: ChoroplethMapSpec, style: FigureStyle = .standard) {
        self.spec = spec
        self.style = style
    }

    static let gap = 12.0

    /// The context and areas (`mapMarks`).
    public var drawsRepeatedMarks: Bool { true }

    /// The legend column's width beside a map `width` wide, or nil when the legend goes below the map.
    static func legendColumn(forWidth width: Double) -> Double? {
        width >= 340 ? min(170, width * 0.32) : nil
    }

    public func preferredHeight(forWidth width: Double) -> Double {
        guard width.isFinite, width > 0 else { return 0 }
        let column = Self.legendColumn(forWidth: width)
        let mapWidth = column.map { width - $0 - Self.gap } ?? width
        let mapHeight = min(max(mapWidth * aspect, 120), width * 1.1)
        let locator = spec.locator == nil ? 0.0 : 92
        guard column != nil else { return mapHeight + 14 + max(estimatedLegendHeight, locator) + 6 }
        return max(mapHeight, estimatedLegendHeight + locator)
    }

    /// Below a narrow map, the least the map keeps (120 pt, or less when it wants less) above the legend measured
    /// across the whole width, the shortest it gets; a legend column beside a wide map that runs longer than the
    /// map shows in the marks' reach instead.
    public func neededHeight(forWidth width: Double, text engine: TextEngine) -> Double {
        guard width.isFinite, width >= 40, Self.legendColumn(forWidth: width) == nil else { return 0 }
        let legend = MapLegendMarks(spec: spec, width: width, text: FigureText(engine: engine, style: style))
        let wanted = width * aspect + (spec.showsScaleBar ? 14 : 0)
        return min(wanted, 120) + 6 + legend.height
    }

    /// The map's height per width; 3 : 4 for empty bounds.
    private var aspect: Double {
        let shown = body?.main ?? spec.bounds
        return shown.width > 0 && shown.height > 0 ? shown.height / shown.width : 0.75
    }

    /// The main body and far-off parts of a map of the whole (not zoomed: zoomed maps have a locator).
    var body: MapBody? {
        guard spec.locator == nil else { return nil }
        let key = BodyKey(areas: SameArray(array: spec.areas), view: spec.bounds)
        return Self.bodies.value(for: key) { MapBody(areas: spec.areas, view: spec.bounds) }
    }

    /// The legend's height, estimated from its rows: the least room the map's proportion keeps for it; the measured
    /// legend may take more (`neededHeight`, and the marks' reach in `FigureMarks(fitting:)`).
    private var estimatedLegendHeight: Double {
        let legend = spec.legend
        let sizes = legend.pointSizeTitle != nil && spec.points.contains { $0.size != nil } ? 60.0 : 0
        let highlight = legend.highlightLabel == nil ? 0.0 : 18
        let points = legend.pointCategories.isEmpty ? 0.0 : Double(legend.pointCategories.count) * 14 + 5
        let matrix = legend.matrix.map { 30 + Double($0.rowLabels.count) * 12 } ?? 0
        return 22 + Double(legend.entries.count) * 14 + highlight + points + sizes + matrix
    }

    public func marks(in rect: Rect, text engine: TextEngine) -> [Mark] {
        guard rect.fits(width: 40, height: 40) else { return [] }
        let text = FigureText(engine: engine, style: style)
        let mapRect: Rect
        var legendMarks: [Mark]
        if let column = Self.legendColumn(forWidth: rect.width) {
            mapRect = Rect(x: rect.x, y: rect.y, width: rect.width - column - Self.gap, height: rect.height)
            let legendRect = Rect(x: mapRect.maxX + Self.gap, y: rect.y, width: column, height: rect.height)
            legendMarks = legendAndLocator(in: legendRect, locatorBelow: true, text: text)
        } else {
            let legend = MapLegendMarks(spec: spec, width: rect.width * 0.62, text: text)
            let locatorHeight = spec.locator == nil ? 0 : min(rect.width * 0.38 - Self.gap, 100) * 0.8
            let wanted = rect.width * aspect + (spec.showsScaleBar ? 14 : 0)
            // Beside the locator, a narrow legend wraps its labels and can leave the map no room: then the legend
            // takes the whole width and the locator goes into a corner of the map.
            let squeezed = rect.height - max(legend.height, locatorHeight) - 6 < min(wanted, 120)
            let wide = squeezed ? MapLegendMarks(spec: spec, width: rect.width, text: text) : nil
            let legendHeight = wide?.height ?? max(legend.height, locatorHeight)
            mapRect = Rect(
                x: rect.x, y: rect.y, width: rect.width, height: max(0, min(wanted, rect.height - legendHeight - 6)))
            let legendRect = Rect(x: rect.x, y: mapRect.maxY + 6, width: rect.width, height: legendHeight)
            legendMarks =
                wide.map { $0.marks(at: Point(x: legendRect.x, y: legendRect.y)) }
                ?? legendAndLocator(in: legendRect, locatorBelow: false, text: text)
        }
        let barHeight = spec.showsScaleBar ? 14.0 : 0
        let frame = Rect(x: mapRect.x, y: mapRect.y, width: mapRect.width, height: max(0, mapRect.height - barHeight))
        let body = self.body
        let shown = body.map { $0.main.expanded(by: 0.01) } ?? spec.bounds
        guard let projection = MapProjection(fitting: shown, into: frame) else { return legendMarks }
        // Where the legend has no room for the locator, it goes into a corner of the map, and names keep clear of it.
        let corner = spec.locator.flatMap { locator in
            legendMarks.contains(where: { $0.role == .locator }) ? nil : cornerLocatorBox(in: frame, projection)
        }
        var marks = mapMarks(shown, in: frame, text: text, reserved: corner.map { [$0] } ?? [])
        if let body { marks += farOffInset(body, projection, in: frame) }
        if let locator = spec.locator, let corner {
            marks += [.rectangle(corner, .white, role: .decoration)]
            marks += LocatorMarks.marks(locator, in: corner, style: style)
        }
        return marks + legendMarks
    }

    /// The locator inset's box in the corner of the map where it covers the fewest mapped areas: as large as the
    /// legend column's locator, smaller in a low map (at most half its height), nil only when even the smallest
    /// inset (`smallestLocatorWidth`) does not fit.
    private func cornerLocatorBox(in frame: Rect, _ projection: MapProjection) -> Rect? {
        let width = min(frame.width * 0.3, 90, frame.height * 0.5 / 0.8)
        guard width >= Self.smallestLocatorWidth else { return nil }
        return emptiestCorner(width: width, height: width * 0.8, of: frame, projection)
    }

    /// The narrowest locator inset that still shows the city's outline and the ringed area (24 pt high).
    static let smallestLocatorWidth = 30.0

    /// The far-off parts (an island, an exclave) in a framed inset in the emptiest corner, with their fills and
    /// the highlighted outline, so that the main body fills the map and the parts stay visible.
    private func farOffInset(_ body: MapBody, _ projection: MapProjection, in frame: Rect) -> [Mark] {
        let far = body.farOff.expanded(by: 0.1)
        let width = min(frame.width * 0.3, 100)
        let height = min(width * max(0.4, min(far.height / max(far.width, 1), 1.2)), frame.height * 0.35)
        let box = emptiestCorner(width: width, height: height, of: frame, projection)
        guard let inset = MapProjection(fitting: far, into: box.insetBy(dx: 2, dy: 2)) else { return [] }
        let view = inset.bounds(of: box)
        let inner = areaMarks(inset, view: view) + highlightMarks(inset, view: view)
        return [
            .rectangle(box, .white, role: .decoration),
            Mark(.clipped(box, inner), role: .decoration, frame: box),
            Mark(.stroke(.rectangle(box), style.axisColor, StrokeStyle(width: 0.4)), role: .farOffInset, frame: box),
        ]
    }

    /// Of the four corners of `frame`, the box of `width` by `height` that covers the fewest mapped areas.
    private func emptiestCorner(width: Double, height: Double, of frame: Rect, _ projection: MapProjection) -> Rect {
        let corners = [
            Rect(x: frame.maxX - width, y: frame.y, width: width, height: height),
            Rect(x: frame.maxX - width, y: frame.maxY - height, width: width, height: height),
            Rect(x: frame.x, y: frame.y, width: width, height: height),
            Rect(x: frame.x, y: frame.maxY - height, width: width, height: height),
        ]
        let areas = spec.areas.compactMap { $0.geometry.bounds.map(projection.project) }
        return corners.min { covered($0, by: areas) < covered($1, by: areas) } ?? corners[0]
    }

    /// The area of `box` that `frames` cover, counted with overlaps.
    private func covered(_ box: Rect, by frames: [Rect]) -> Double {
        frames.reduce(0) { sum, frame in
            let width = min(box.maxX, frame.maxX) - max(box.x, frame.x)
            let height = min(box.maxY, frame.maxY) - max(box.y, frame.y)
            return sum + max(0, width) * max(0, height)
        }
    }

    /// The legend, and the locator under it (`locatorBelow`) or to its right.
    private func legendAndLocator(in rect: Rect, locatorBelow: Bool, text: FigureText) -> [Mark] {
        let legendWidth = locatorBelow ? rect.width : rect.width * 0.62
        let legend = MapLegendMarks(spec: spec, width: legendWidth, text: text)
        var marks = legend.marks(at: Point(x: rect.x, y: rect.y))
        guard let locator = spec.locator else { return marks }
        let box: Rect
        if locatorBelow {
            // Smaller where the legend leaves less room; in a corner of the map when even that does not fit.
            let room = rect.maxY - (rect.y + legend.height + 10)
            let size = min(rect.width * 0.75, 100, room / 0.8)
            guard size >= 48 else { return marks }
            box = Rect(x: rect.x, y: rect.y + legend.height + 10, width: size, height: size * 0.8)
        } else {
            let size = min(rect.width - legendWidth - Self.gap, 100)
            box = Rect(x: rect.maxX - size, y: rect.y, width: size, height: min(size * 0.8, rect.height))
        }
        if box.maxY <= rect.maxY + 0.5 { marks += LocatorMarks.marks(locator, in: box, style: style) }
        return marks
    }

    /// Context, areas, the highlighted outline, points and labels, clipped to the map frame; a thin frame line
    /// (the neat line) and the scale bar. The map is made in the frame's own coordinates and placed at its corner:
    /// context and areas are the same on every page that shows the same map (`RepeatedMarks`), what marks the
    /// area the page is about (outline, points, labels) is drawn on top. Names keep clear of the `reserved` boxes
    /// (an inset drawn over the map).
    private func mapMarks(_ shown: Bounds, in rect: Rect, text: FigureText, reserved: [Rect]) -> [Mark] {
        let local = Rect(x: 0, y: 0, width: rect.width, height: rect.height)
        guard let projection = MapProjection(fitting: shown, into: local) else { return [] }
        let view = projection.bounds(of: local)
        let size = Size(width: rect.width, height: rect.height)
        let key = BaseKey(
            areas: SameArray(array: spec.areas), context: SameArray(array: spec.context), projection: projection,
            size: size, colours: [style.contextFill, style.borderColor, style.missingBackground, style.missingLines])
        let base = Self.bases.value(for: key) {
            RepeatedMarks(size: size, marks: contextMarks(projection, view: view) + areaMarks(projection, view: view))
        }
        var overlay = highlightMarks(projection, view: view)
        overlay += pointMarks(projection)
        let reservedHere = reserved.map { $0.offsetBy(dx: -rect.x, dy: -rect.y) }
        overlay += labelMarks(projection, in: local, text: text, reserved: reservedHere)
        let origin = Point(x: rect.x, y: rect.y)
        let inner =
            [Mark(.repeated(base, origin: origin), role: .decoration, frame: rect)]
            + overlay.map { $0.offsetBy(dx: rect.x, dy: rect.y) }
        let neatLine = Mark(
            .stroke(.rectangle(rect), style.axisColor, StrokeStyle(width: 0.4)), role: .decoration, frame: rect)
        var marks = [Mark(.clipped(rect, inner), role: .decoration, frame: rect), neatLine]
        if spec.showsScaleBar { marks += scaleBarMarks(projection, in: rect, text: text) }
        return marks
    }
}
