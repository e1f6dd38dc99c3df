/// The names a template may use: what the store holds, plus the fixed words of the template language.
public struct TemplateVocabulary: Sendable {
    public var indicators: Set<String>
    public var internalIndicators: Set<String>
    public var levels: Set<String>
    public var pointCategories: Set<String>
    /// Attribute names of points of interest (for `poi.<attribute>` in per-Kita reports).
    public var pointAttributes: Set<String>
    /// The area keys of each level and the point numbers of each category, for `sample:`; a level or category
    /// that is absent is not checked.
    public var subjects: [String: Set<String>]
    /// The periods (`2020-12-31`) each indicator has values for; an indicator that is absent is not checked.
    public var periods: [String: Set<String>]
    /// The unit of each indicator (`%`, `Personen`, `je 100 u6`); an indicator that is absent is not checked.
    public var units: [String: String]
    /// The indicators whose values are codes with names (`scale: categorical`).
    public var categorical: Set<String>
    /// The declared indices (`formula: { index: … }`), and the indicators that class or cross them.
    public var indices: Set<String>
    public var indexClasses: Set<String>

    public init(
        indicators: Set<String>, internalIndicators: Set<String>, levels: Set<String>, pointCategories: Set<String>,
        pointAttributes: Set<String>, subjects: [String: Set<String>] = [:], periods: [String: Set<String>] = [:],
        units: [String: String] = [:], categorical: Set<String> = [], indices: Set<String> = [],
        indexClasses: Set<String> = []
    ) {
        self.indicators = indicators
        self.internalIndicators = internalIndicators
        self.levels = levels
        self.pointCategories = pointCategories
        self.pointAttributes = pointAttributes
        self.subjects = subjects
        self.periods = periods
        self.units = units
        self.categorical = categorical
        self.indices = indices
        self.indexClasses = indexClasses
    }

    /// The areas of the education indicator model of the municipal education monitoring guideline.
    public static let modelAreas: KeyValuePairs<String, String> = [
        "A": "Rahmenbedingungen", "B": "Grundinformationen", "C": "Frühkindliche Bildung",
        "D": "Allgemeinbildende Schulen", "E": "Berufliche Bildung", "F": "Hochschulen", "G": "Weiterbildung",
        "H": "Non-formale Lernwelten", "I": "Netzwerke",
    ]
}
