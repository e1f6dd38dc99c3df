extension BarChartSpec: FigureData {
    public var dataRows: [[String]] {
        [["Gebiet", indicator, "Wert (Text)", "hervorgehoben"]]
            + orderedBars.map { bar in
                let shown = bar.drawableValue == nil ? "k. A." : bar.valueLabel
                return [bar.label, RawNumber.string(bar.drawableValue), shown, bar.highlighted ? "ja" : "nein"]
            }
            + references.map { [$0.label, RawNumber.string($0.value), $0.valueLabel, "Vergleichswert"] }
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
