/// The age structure of an area: men to the left, women to the right, one bar per age band, optionally
/// with the city's structure as an outline for comparison. Values are shares (or counts) as ReportGen chose.
public struct PopulationPyramidSpec: Sendable {
    /// Age bands from the youngest to the oldest, e.g. "unter 6", "6 bis unter 15", …
    public var bands: [String]
    /// One value per band; nil or non-finite for "k. A.".
    public var men: [Double?]
    public var women: [Double?]
    /// The comparison structure (e.g. the city's), drawn as outlines; empty for none.
    public var comparisonMen: [Double?]
    public var comparisonWomen: [Double?]
    public var comparisonLabel: String
    public var areaName: String
    public var axisTitle: String
    public var format: ValueFormat

    /// The document's words for what the figure prints, its data rows and its text alternative.
    public var words: FigureWords

    public init(
        words: FigureWords, areaName: String, bands: [String], men: [Double?], women: [Double?],
        comparisonMen: [Double?] = [],
        comparisonWomen: [Double?] = [], comparisonLabel: String = "", axisTitle: String = "",
        format: ValueFormat = .percent
    ) {
        self.areaName = areaName
        self.bands = bands
        self.men = men
        self.women = women
        self.comparisonMen = comparisonMen
        self.comparisonWomen = comparisonWomen
        self.comparisonLabel = comparisonLabel
        self.axisTitle = axisTitle
        self.format = format
        self.words = words
    }

    /// The value of band `index` in `values` when it can be drawn (negative values count as missing).
    static func value(_ values: [Double?], _ index: Int) -> Double? {
        guard values.indices.contains(index), let value = values[index], value.isFinite, value >= 0 else { return nil }
        return value
    }

    var largest: Double {
        let all = bands.indices.flatMap { index in
            [men, women, comparisonMen, comparisonWomen].compactMap { Self.value($0, index) }
        }
        return all.max() ?? 0
    }
}
