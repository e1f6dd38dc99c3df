/// Two indicators over areas, one point per area, with an optional least-squares line and its annotation, all
/// computed by ReportGen.
public struct ScatterPlotSpec: Sendable {
    public struct Item: Hashable, Sendable {
        public var name: String
        /// Nil or non-finite when missing: the area is left out and counted in a note.
        public var x: Double?
        public var y: Double?
        /// Whether the name is written beside the point (highlighted points always are, where room allows).
        public var labelled: Bool

        public init(name: String, x: Double?, y: Double?, labelled: Bool = false) {
            self.name = name
            self.x = x
            self.y = y
            self.labelled = labelled
        }

        var position: (x: Double, y: Double)? {
            guard let x, let y, x.isFinite, y.isFinite else { return nil }
            return (x, y)
        }
    }

    /// y = slope · x + intercept.
    public struct TrendLine: Hashable, Sendable {
        public var slope: Double
        public var intercept: Double

        public init(slope: Double, intercept: Double) {
            self.slope = slope
            self.intercept = intercept
        }
    }

    /// Lines at reference values (e.g. the city's) dividing the plot into four quadrants, each with its name.
    public struct Quadrants: Hashable, Sendable {
        public var x: Double
        public var y: Double
        /// Top left, top right, bottom left, bottom right.
        public var labels: [String]

        public init(x: Double, y: Double, labels: [String]) {
            self.x = x
            self.y = y
            self.labels = labels
        }
    }

    public var xIndicator: String
    public var yIndicator: String
    public var xTitle: String
    public var yTitle: String
    public var xFormat: ValueFormat
    public var yFormat: ValueFormat
    /// The points; the same array on every page of a run that shows the same areas (only `highlighted` differs).
    public var items: [Item]
    /// The indices in `items` of the points drawn highlighted and named (the report's own areas). Kept apart from
    /// the items so that a page holds only these few numbers, not a copy of every point.
    public var highlighted: Set<Int>
    public var trend: TrendLine?
    /// E.g. "r = 0,72 · R² = 0,52"; empty for none.
    public var annotation: String
    /// The areas in the dative plural for the alt text, e.g. "Planungsräumen".
    public var areaNoun: String
    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords
    public var quadrants: Quadrants?

    /// Without `areaNoun` the alt text says the words' `areasDative`.
    public init(
        words: FigureWords, xIndicator: String, yIndicator: String, xTitle: String, yTitle: String,
        xFormat: ValueFormat = ValueFormat(),
        yFormat: ValueFormat = ValueFormat(), items: [Item], highlighted: Set<Int> = [], trend: TrendLine? = nil,
        annotation: String = "",
        areaNoun: String? = nil, quadrants: Quadrants? = nil
    ) {
        self.xIndicator = xIndicator
        self.yIndicator = yIndicator
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.xFormat = xFormat
        self.yFormat = yFormat
        self.items = items
        self.highlighted = highlighted
        self.trend = trend
        self.annotation = annotation
        self.areaNoun = areaNoun ?? words[.areasDative]
        self.words = words
        self.quadrants = quadrants
    }
}
