/// A bar chart of one indicator over areas, already resolved: values, German value labels, the highlighted
/// area and reference values.
public struct BarChartSpec: Sendable {
    public enum Orientation: Sendable { case horizontal, vertical }
    public enum Sorting: Sendable { case none, ascending, descending }

    public struct Bar: Hashable, Sendable {
        /// The area's full name; shortened on the chart when needed, kept whole in alt text and data.
        public var label: String
        /// Nil (or not finite) for a missing or suppressed value: drawn as a gap with "k. A.".
        public var value: Double?
        /// The value as printed, e.g. "35,2 %".
        public var valueLabel: String
        public var highlighted: Bool

        public init(label: String, value: Double?, valueLabel: String, highlighted: Bool = false) {
            self.label = label
            self.value = value
            self.valueLabel = valueLabel
            self.highlighted = highlighted
        }

        /// The value when it can be drawn.
        var drawableValue: Double? { value.flatMap { $0.isFinite ? $0 : nil } }
    }

    /// What is measured, e.g. "Kinderarmut"; used in the alt text.
    public var indicator: String
    /// The axis title, e.g. "Anteil in %".
    public var axisTitle: String
    /// The areas in the dative plural for the alt text, e.g. "Bezirken".
    public var areaNoun: String
    public var orientation: Orientation
    public var sorting: Sorting
    public var bars: [Bar]
    /// The first is drawn as the city line, the others as parent-area lines.
    public var references: [ReferenceValue]
    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords

    /// Without `areaNoun` the alt text says the words' `areasDative`.
    public init(
        words: FigureWords, indicator: String, axisTitle: String = "", areaNoun: String? = nil,
        orientation: Orientation = .horizontal,
        sorting: Sorting = .descending, bars: [Bar], references: [ReferenceValue] = []
    ) {
        self.indicator = indicator
        self.axisTitle = axisTitle
        self.areaNoun = areaNoun ?? words[.areasDative]
        self.orientation = orientation
        self.sorting = sorting
        self.bars = bars
        self.references = references
        self.words = words
    }

    /// The bars in drawing order: sorted by value as asked, missing values last, ties by name.
    public var orderedBars: [Bar] {
        guard sorting != .none else { return bars }
        return bars.sorted { a, b in
            switch (a.drawableValue, b.drawableValue) {
            case (nil, nil): return a.label < b.label
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?):
                if x == y { return a.label < b.label }
                return sorting == .descending ? x > y : x < y
            }
        }
    }

    /// References whose value can be drawn.
    var drawableReferences: [ReferenceValue] { references.filter(\.value.isFinite) }
}
