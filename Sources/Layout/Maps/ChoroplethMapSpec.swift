import CairoBridge

/// A choropleth map, already resolved: every area's geometry in projected metres with its fill colour, the
/// extent to show, points of interest and the worded legend. `ChoroplethMap` draws it.
public struct ChoroplethMapSpec: Sendable {
    public struct Area: Sendable {
        public enum Fill: Hashable, Sendable {
            case color(Color)
            /// Missing or suppressed ("k. A."): hatched.
            case missing
        }

        public var key: String
        public var name: String
        public var geometry: MultiPolygon
        public var fill: Fill
        /// The value as printed ("24,6 %"), for the data file and the alt text; empty when missing.
        public var valueLabel: String
        public var value: Double?
        /// The text written on the map, nil for none; labels of higher priority are placed first.
        public var label: String?
        public var labelPriority: Double

        public init(
            key: String, name: String, geometry: MultiPolygon, fill: Fill, value: Double? = nil,
            valueLabel: String = "",
            label: String? = nil, labelPriority: Double = 0
        ) {
            self.key = key
            self.name = name
            self.geometry = geometry
            self.fill = fill
            self.value = value
            self.valueLabel = valueLabel
            self.label = label
            self.labelPriority = labelPriority
        }
    }

    /// What is mapped, e.g. "Kinderarmut"; used in the alt text.
    public var indicator: String
    /// The areas in the dative plural for the alt text, e.g. "Planungsräumen".
    public var areaNoun: String
    /// The part of the plane to show (the whole city, the parent area, or the area with its surroundings).
    public var bounds: Bounds
    public var areas: [Area]
    /// Surrounding areas drawn in light grey under the map, without data.
    public var context: [MultiPolygon]
    /// The area the report is about: outlined with a thick dark line.
    public var highlightedKey: String?
    /// The outline of the report's area when it is not one of the mapped areas (a Bezirksregion on a map of
    /// Planungsräume): drawn like the highlighted area's outline.
    public var highlight: MultiPolygon?
    public var points: [MapPoint]
    public var legend: MapLegend
    public var locator: LocatorInset?
    public var showsScaleBar: Bool
    /// The city's value, for the alt text.
    public var reference: ReferenceValue?
    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords

    /// Without `areaNoun` the alt text says the words' `areasDative`.
    public init(
        words: FigureWords, indicator: String, areaNoun: String? = nil, bounds: Bounds, areas: [Area],
        context: [MultiPolygon] = [],
        highlightedKey: String? = nil, highlight: MultiPolygon? = nil, points: [MapPoint] = [], legend: MapLegend,
        locator: LocatorInset? = nil,
        showsScaleBar: Bool = true, reference: ReferenceValue? = nil
    ) {
        self.indicator = indicator
        self.areaNoun = areaNoun ?? words[.areasDative]
        self.words = words
        self.bounds = bounds
        self.areas = areas
        self.context = context
        self.highlightedKey = highlightedKey
        self.highlight = highlight
        self.points = points
        self.legend = legend
        self.locator = locator
        self.showsScaleBar = showsScaleBar
        self.reference = reference
    }
}

/// The small overview map beside the legend: the city's outline and where the shown area lies in it.
public struct LocatorInset: Sendable {
    public var outline: [MultiPolygon]
    public var focus: MultiPolygon

    public init(outline: [MultiPolygon], focus: MultiPolygon) {
        self.outline = outline
        self.focus = focus
    }
}
