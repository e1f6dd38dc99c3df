import Layout

extension FigureWords {
    /// The German words of charts and maps, as the reports print them.
    public static let german = FigureWords { word in
        switch word {
        case .missing: "k. A."
        case .men: "Männer"
        case .women: "Frauen"
        case .area: "Gebiet"
        case .areas: "Gebiete"
        case .areasDative: "Gebieten"
        case .unplotted: "Ohne Angabe ({missing}): {count} {areas}"
        case .indicator: "Indikator"
        case .range: "Spannweite aller {areas}"
        case .middleHalf: "mittlere Hälfte"
        case .key: "Schlüssel"
        case .color: "Farbe"
        case .highlighted: "hervorgehoben"
        case .yes: "ja"
        case .no: "nein"
        case .reference: "Vergleichswert"
        case .ageGroup: "Altersgruppe"
        case .minimum: "Minimum"
        case .lowerQuartile: "unteres Quartil"
        case .upperQuartile: "oberes Quartil"
        case .maximum: "Maximum"
        case .noValues: "Keine Werte vorhanden."
        case .singleValue: "Wert: {name} {value}."
        case .allValues: "Alle Werte: {value}."
        case .extremes: "Höchster Wert: {high} {highValue}, niedrigster: {low} {lowValue}."
        case .missingCount: " Keine Angabe für {count} {areas}."
        case .highlightedValue: " Hervorgehoben: {name} {value}."
        case .barChart: "Balkendiagramm: {indicator} in {count} {areas}. "
        case .groupedBarChart: "Gruppiertes Balkendiagramm: {indicator} in {count} Gebieten, {series}."
        case .stackedBarChart: "Gestapeltes Balkendiagramm: {indicator} in {count} Gebieten, {series}."
        case .map: "Karte: {indicator} in {count} {areas}. "
        case .pointCount: " {count} Standorte: {category}."
        case .scatterPlot: "Streudiagramm: {y} (senkrecht) nach {x} (waagerecht) in {count} {areas}."
        case .scatterExtremes:
            " Höchster Wert {indicator}: {high} ({highY} bei {highX}), niedrigster: {low} ({lowY} bei {lowX})."
        case .scatterHighlighted: " Hervorgehoben: {name} ({x}; {y})."
        case .trendRising: " Die Ausgleichsgerade steigt."
        case .trendFalling: " Die Ausgleichsgerade fällt."
        case .lineChart: "Liniendiagramm: {indicator}{span}, {count} {series}."
        case .periodSpan: " von {first} bis {last}"
        case .series: "Reihe"
        case .seriesPlural: "Reihen"
        case .seriesEmpty: " {name}: keine Angaben."
        case .seriesValues:
            " {name}: {first} ({firstPeriod}) bis {last} ({lastPeriod}), höchster Wert {high} ({highPeriod})"
        case .seriesMissing: ", {count} ohne Angabe."
        case .profileChart:
            "Profildiagramm: {area} im Vergleich mit {city} und der Spannweite aller {areas}, {count} Indikatoren."
        case .profileRow: " {indicator}: {value} ({city} {cityValue}; {minimum} bis {maximum})."
        case .profileChartWithParent:
            "Profildiagramm: {area} im Vergleich mit {parent}, {city} und der Spannweite aller {areas}, "
                + "{count} Indikatoren."
        case .profileRowWithParent:
            " {indicator}: {value} ({parent} {parentValue}, {city} {cityValue}; {minimum} bis {maximum})."
        case .pyramid: "Bevölkerungspyramide: {area}, {count} Altersgruppen, Männer links, Frauen rechts."
        case .pyramidLargest: " Größte Gruppe der {side}: {band} ({value})."
        case .pyramidComparison: " Linien: {comparison} zum Vergleich."
        case .pyramidMissing: " Keine Angabe in {count} Altersgruppen."
        }
    }
}
