/// An area's profile ("spine chart"): for each indicator the area's value against the range of all areas
/// (minimum to maximum, optionally the middle half), the city's value and, when given, the parent area's (the
/// Bezirk of a Bezirksregion). Every number arrives formatted.
public struct ProfileChartSpec: Sendable {
    public struct Row: Hashable, Sendable {
        public var indicator: String
        /// Nil or non-finite for "k. A.".
        public var areaValue: Double?
        public var areaLabel: String
        public var cityValue: Double?
        public var cityLabel: String
        /// The parent area's value; drawn only when the spec has a `parentName`.
        public var parentValue: Double?
        public var parentLabel: String
        public var minimum: Double
        public var maximum: Double
        public var minimumLabel: String
        public var maximumLabel: String
        /// The first and third quartile of all areas, drawn as a darker band when both are given.
        public var lowerQuartile: Double?
        public var upperQuartile: Double?

        public init(
            indicator: String, areaValue: Double?, areaLabel: String, cityValue: Double?, cityLabel: String,
            minimum: Double, maximum: Double, minimumLabel: String, maximumLabel: String, lowerQuartile: Double? = nil,
            upperQuartile: Double? = nil, parentValue: Double? = nil, parentLabel: String = ""
        ) {
            self.indicator = indicator
            self.areaValue = areaValue
            self.areaLabel = areaLabel
            self.cityValue = cityValue
            self.cityLabel = cityLabel
            self.parentValue = parentValue
            self.parentLabel = parentLabel
            self.minimum = minimum
            self.maximum = maximum
            self.minimumLabel = minimumLabel
            self.maximumLabel = maximumLabel
            self.lowerQuartile = lowerQuartile
            self.upperQuartile = upperQuartile
        }

        /// Where `value` lies between the minimum and the maximum, from 0 to 1 (clamped); nil when unknown.
        func fraction(_ value: Double?) -> Double? {
            guard let value, value.isFinite, minimum.isFinite, maximum.isFinite, maximum >= minimum else { return nil }
            guard maximum > minimum else { return 0.5 }
            return min(max((value - minimum) / (maximum - minimum), 0), 1)
        }

        var hasRange: Bool { minimum.isFinite && maximum.isFinite && maximum >= minimum }
    }

    public var areaName: String
    public var cityName: String
    /// The parent area as the chart names it (e.g. "Bezirk Mitte"); nil for a chart without it.
    public var parentName: String?
    /// What the areas are, e.g. "Planungsräume"; used in the legend ("Spannweite aller Planungsräume").
    public var areasName: String
    public var rows: [Row]
    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords

    /// Without `areasName` the chart says the words' `areas`.
    public init(
        words: FigureWords, areaName: String, cityName: String, parentName: String? = nil, areasName: String? = nil,
        rows: [Row]
    ) {
        self.areaName = areaName
        self.cityName = cityName
        self.parentName = parentName
        self.areasName = areasName ?? words[.areas]
        self.rows = rows
        self.words = words
    }
}
