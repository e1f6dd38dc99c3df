/// A word or phrase a chart or map prints, writes into its data rows or says in its text alternative.
/// Phrases name their values in braces (`{count}`); `FigureWords.phrase` fills them in.
public enum FigureWord: CaseIterable, Hashable, Sendable {
    // On the figure and in data rows.
    /// Where a value is missing or withheld: "k. A.".
    case missing
    case men, women
    /// One area and several: "Gebiet", "Gebiete".
    case area, areas
    /// The areas in the dative plural when a figure names no level: "Gebieten".
    case areasDative
    /// Under a scatter plot: "Ohne Angabe ({missing}): {count} {areas}".
    case unplotted
    /// A profile chart's first column: "Indikator".
    case indicator
    /// A profile chart's range band: "Spannweite aller {areas}".
    case range
    /// A profile chart's quartile band: "mittlere Hälfte".
    case middleHalf

    // Data row headers and cells.
    case key, color, highlighted, yes, no
    /// A reference value's row in a bar chart's data: "Vergleichswert".
    case reference
    case ageGroup, minimum, lowerQuartile, upperQuartile, maximum

    // Text alternatives.
    /// "Keine Werte vorhanden."
    case noValues
    /// "Wert: {name} {value}."
    case singleValue
    /// "Alle Werte: {value}."
    case allValues
    /// "Höchster Wert: {high} {highValue}, niedrigster: {low} {lowValue}."
    case extremes
    /// " Keine Angabe für {count} {areas}."
    case missingCount
    /// " Hervorgehoben: {name} {value}."
    case highlightedValue
    /// "Balkendiagramm: {indicator} in {count} {areas}. "
    case barChart
    /// "Gruppiertes Balkendiagramm: {indicator} in {count} Gebieten, {series}."
    case groupedBarChart
    /// "Gestapeltes Balkendiagramm: {indicator} in {count} Gebieten, {series}."
    case stackedBarChart
    /// "Karte: {indicator} in {count} {areas}. "
    case map
    /// " {count} Standorte: {category}."
    case pointCount
    /// "Streudiagramm: {y} (senkrecht) nach {x} (waagerecht) in {count} {areas}."
    case scatterPlot
    /// " Höchster Wert {indicator}: {high} ({highY} bei {highX}), niedrigster: {low} ({lowY} bei {lowX})."
    case scatterExtremes
    /// " Hervorgehoben: {name} ({x}; {y})."
    case scatterHighlighted
    /// " Die Ausgleichsgerade steigt." and " Die Ausgleichsgerade fällt."
    case trendRising, trendFalling
    /// "Liniendiagramm: {indicator}{span}, {count} {series}."
    case lineChart
    /// " von {first} bis {last}"
    case periodSpan
    /// One series and several: "Reihe", "Reihen".
    case series, seriesPlural
    /// " {name}: keine Angaben."
    case seriesEmpty
    /// " {name}: {first} ({firstPeriod}) bis {last} ({lastPeriod}), höchster Wert {high} ({highPeriod})"
    case seriesValues
    /// ", {count} ohne Angabe."
    case seriesMissing
    /// "Profildiagramm: {area} im Vergleich mit {city} und der Spannweite aller {areas}, {count} Indikatoren."
    case profileChart
    /// " {indicator}: {value} ({city} {cityValue}; {minimum} bis {maximum})."
    case profileRow
    /// "Profildiagramm: {area} im Vergleich mit {parent}, {city} und der Spannweite aller {areas}, …"
    case profileChartWithParent
    /// " {indicator}: {value} ({parent} {parentValue}, {city} {cityValue}; {minimum} bis {maximum})."
    case profileRowWithParent
    /// "Bevölkerungspyramide: {area}, {count} Altersgruppen, Männer links, Frauen rechts."
    case pyramid
    /// " Größte Gruppe der {side}: {band} ({value})."
    case pyramidLargest
    /// " Linien: {comparison} zum Vergleich."
    case pyramidComparison
    /// " Keine Angabe in {count} Altersgruppen."
    case pyramidMissing
}

/// The words of charts and maps: the document brings them (ReportGen's are German), the layout has none of its own.
public struct FigureWords: Hashable, Sendable {
    private let words: [FigureWord: String]

    /// Every word from `word`, which answers for each case (an exhaustive `switch` leaves none out).
    public init(_ word: (FigureWord) -> String) {
        words = Dictionary(uniqueKeysWithValues: FigureWord.allCases.map { ($0, word($0)) })
    }

    public subscript(_ word: FigureWord) -> String { words[word] ?? "" }

    /// The singular word for a count of one, else the plural: "1 Gebiet", "2 Gebiete".
    public func counted(_ count: Int, _ singular: FigureWord, _ plural: FigureWord) -> String {
        self[count == 1 ? singular : plural]
    }

    /// The phrase with each `{name}` replaced by its value, in one pass: a value is never read as a placeholder.
    /// A name without a value stays as it is written.
    public func phrase(_ word: FigureWord, _ values: KeyValuePairs<String, String>) -> String {
        let lookup = Dictionary(values.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        var result = ""
        var rest = Substring(self[word])
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            rest = rest[open...]
            guard let close = rest.firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            result += lookup[name] ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
