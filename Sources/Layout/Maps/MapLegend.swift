import CairoBridge

/// The legend of a map as ReportGen words it: a title with unit and reference date, one entry per class
/// (a hatched one for "k. A."), and the point categories.
public struct MapLegend: Sendable {
    public struct Entry: Hashable, Sendable {
        /// E.g. "10,0 bis unter 20,0 %".
        public var label: String
        public var color: Color
        public var hatched: Bool
        /// How many areas the class holds, shown after the label when given.
        public var count: Int?

        public init(label: String, color: Color, hatched: Bool = false, count: Int? = nil) {
            self.label = label
            self.color = color
            self.hatched = hatched
            self.count = count
        }
    }

    public struct PointCategory: Hashable, Sendable {
        public var label: String
        public var symbol: PointSymbol
        public var color: Color

        public init(label: String, symbol: PointSymbol, color: Color) {
            self.label = label
            self.symbol = symbol
            self.color = color
        }
    }

    /// The classes of a map of two classed variables (status × dynamics) as a grid: one row per class of the first,
    /// one column per class of the second, each cell in the colour the map gives areas of both classes.
    public struct Matrix: Hashable, Sendable {
        /// What the rows and the columns are, e.g. "Status" and "Dynamik".
        public var rowTitle: String
        public var columnTitle: String
        public var rowLabels: [String]
        public var columnLabels: [String]
        /// `colors[row][column]`.
        public var colors: [[Color]]

        public init(
            rowTitle: String, columnTitle: String, rowLabels: [String], columnLabels: [String], colors: [[Color]]
        ) {
            self.rowTitle = rowTitle
            self.columnTitle = columnTitle
            self.rowLabels = rowLabels
            self.columnLabels = columnLabels
            self.colors = colors
        }
    }

    /// E.g. "Kinderarmut in %, Stand 31.12.2020".
    public var title: String
    public var entries: [Entry]
    public var pointCategories: [PointCategory]
    /// The entry for the outlined area, e.g. "Neukölln"; nil for none.
    public var highlightLabel: String?
    /// What a point's size stands for, e.g. "Kita-Plätze"; nil when points have one size.
    public var pointSizeTitle: String?
    /// The head of the count column, e.g. "Anzahl" or "Gebiete"; empty for none.
    public var countHeading: String
    /// The grid of a bivariate map, drawn before the entries (which then hold only "k. A."); nil for none.
    public var matrix: Matrix?

    public init(
        title: String, entries: [Entry], pointCategories: [PointCategory] = [], highlightLabel: String? = nil,
        pointSizeTitle: String? = nil, countHeading: String, matrix: Matrix? = nil
    ) {
        self.title = title
        self.entries = entries
        self.pointCategories = pointCategories
        self.highlightLabel = highlightLabel
        self.pointSizeTitle = pointSizeTitle
        self.countHeading = countHeading
        self.matrix = matrix
    }
}
