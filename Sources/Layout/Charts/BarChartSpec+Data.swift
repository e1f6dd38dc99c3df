extension BarChartSpec: FigureData {
    public var dataRows: [[String]] {
        [["Gebiet", indicator, "hervorgehoben"]]
            + orderedBars.map { bar in
                [bar.label, bar.drawableValue == nil ? "k. A." : bar.valueLabel, bar.highlighted ? "ja" : "nein"]
            }
            + references.map { [$0.label, $0.valueLabel, "Vergleichswert"] }
    }

    public var altText: String {
        let items = bars.compactMap { bar in
            bar.drawableValue.map { (name: bar.label, value: $0, label: bar.valueLabel) }
        }
        let highlighted = bars.filter(\.highlighted).map { bar in
            " Hervorgehoben: \(bar.label) \(bar.drawableValue == nil ? "k. A." : bar.valueLabel)."
        }.joined()
        return "Balkendiagramm: \(indicator) in \(bars.count) \(areaNoun). " + AltText.extremes(items)
            + highlighted + AltText.references(references) + AltText.missing(bars.count - items.count)
    }
}
