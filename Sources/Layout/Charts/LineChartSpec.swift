/// Time series of one indicator for several areas: one value (or nil for "k. A.") per period and series.
public struct LineChartSpec: Sendable {
    public struct Series: Hashable, Sendable {
        public var name: String
        /// One value per period; nil or non-finite where missing. Shorter arrays count as missing at the end.
        public var values: [Double?]
        public var highlighted: Bool

        public init(name: String, values: [Double?], highlighted: Bool = false) {
            self.name = name
            self.values = values
            self.highlighted = highlighted
        }

        /// The value of period `index` when it can be drawn.
        func value(at index: Int) -> Double? {
            guard values.indices.contains(index), let value = values[index], value.isFinite else { return nil }
            return value
        }
    }

    /// A break in the series before period `index` (a new area layout, a new source): the lines are not joined
    /// across it, a dashed line marks it, and `label` (the words come with the spec) says why.
    public struct Break: Hashable, Sendable {
        public var index: Int
        public var label: String

        public init(index: Int, label: String) {
            self.index = index
            self.label = label
        }
    }

    public var indicator: String
    public var axisTitle: String
    /// The period labels along the x axis, e.g. "2015" … "2020".
    public var periods: [String]
    public var series: [Series]
    public var format: ValueFormat
    /// Whether the value axis starts at zero (the honest default for counts and shares).
    public var includesZero: Bool
    public var breaks: [Break]

    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords

    public init(
        words: FigureWords, indicator: String, axisTitle: String = "", periods: [String], series: [Series],
        format: ValueFormat = ValueFormat(),
        includesZero: Bool = true, breaks: [Break] = []
    ) {
        self.breaks = breaks.filter { periods.indices.contains($0.index) && $0.index > 0 }
        self.indicator = indicator
        self.axisTitle = axisTitle
        self.periods = periods
        self.series = series
        self.format = format
        self.includesZero = includesZero
        self.words = words
    }

    var finiteValues: [Double] {
        series.flatMap { series in periods.indices.compactMap(series.value(at:)) }
    }
}
