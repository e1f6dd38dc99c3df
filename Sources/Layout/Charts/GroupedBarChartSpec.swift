import CairoBridge

/// Several values per area, side by side (grouped) or on top of each other (stacked, e.g. parts of 100 %).
public struct GroupedBarChartSpec: Sendable {
    public enum Mode: Sendable { case grouped, stacked }

    public struct Series: Hashable, Sendable {
        public var name: String
        /// Nil for the standard colours in order.
        public var color: Color?

        public init(name: String, color: Color? = nil) {
            self.name = name
            self.color = color
        }
    }

    public struct Category: Hashable, Sendable {
        public var label: String
        /// One value per series; nil or non-finite for "k. A.".
        public var values: [Double?]
        public var highlighted: Bool

        public init(label: String, values: [Double?], highlighted: Bool = false) {
            self.label = label
            self.values = values
            self.highlighted = highlighted
        }

        func value(_ series: Int) -> Double? {
            guard values.indices.contains(series), let value = values[series], value.isFinite else { return nil }
            return value
        }
    }

    public var indicator: String
    public var axisTitle: String
    public var mode: Mode
    public var series: [Series]
    public var categories: [Category]
    public var format: ValueFormat

    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords

    public init(
        words: FigureWords, indicator: String, axisTitle: String = "", mode: Mode = .grouped, series: [Series],
        categories: [Category],
        format: ValueFormat = ValueFormat()
    ) {
        self.indicator = indicator
        self.axisTitle = axisTitle
        self.mode = mode
        self.series = series
        self.categories = categories
        self.format = format
        self.words = words
    }

    /// The values the axis must cover: every value when grouped, the sums of each side of zero when stacked.
    var extent: [Double] {
        switch mode {
        case .grouped:
            return categories.flatMap { category in series.indices.compactMap(category.value) }
        case .stacked:
            return categories.flatMap { category -> [Double] in
                let values = series.indices.compactMap(category.value)
                return [values.filter { $0 > 0 }.reduce(0, +), values.filter { $0 < 0 }.reduce(0, +)]
            }
        }
    }
}
