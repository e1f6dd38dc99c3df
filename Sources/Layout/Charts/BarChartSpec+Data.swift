extension BarChartSpec: FigureData {
    public var dataRows: [[String]] {
        [[words[.area], indicator, words[.highlighted]]]
            + orderedBars.map { bar in
                [bar.label, printedValue(bar), words[bar.highlighted ? .yes : .no]]
            }
            + references.map { [$0.label, $0.valueLabel, words[.reference]] }
    }

    public var altText: String {
        let items = bars.compactMap { bar in
            bar.drawableValue.map { (name: bar.label, value: $0, label: bar.valueLabel) }
        }
        let highlighted = bars.filter(\.highlighted).map { bar in
            words.phrase(.highlightedValue, ["name": bar.label, "value": printedValue(bar)])
        }.joined()
        return words.phrase(.barChart, ["indicator": indicator, "count": "\(bars.count)", "areas": areaNoun])
            + AltText.extremes(items, words: words) + highlighted + AltText.references(references)
            + AltText.missing(bars.count - items.count, words: words)
    }

    /// The bar's value as printed, or the words' `missing`.
    func printedValue(_ bar: Bar) -> String { bar.drawableValue == nil ? words[.missing] : bar.valueLabel }
}
