extension GroupedBarChartSpec: FigureData {
    public var dataRows: [[String]] {
        [[words[.area]] + series.map(\.name)]
            + categories.map { category in [category.label] + series.indices.map { printed(category.value($0)) } }
    }

    public var altText: String {
        var text = words.phrase(
            mode == .stacked ? .stackedBarChart : .groupedBarChart,
            [
                "indicator": indicator, "count": "\(categories.count)",
                "series": series.map(\.name).joined(separator: ", "),
            ])
        for (index, series) in series.enumerated() {
            let items = categories.compactMap { category in
                category.value(index).map { (name: category.label, value: $0, label: printed($0)) }
            }
            text += " \(series.name): " + AltText.extremes(items, words: words)
        }
        let missing = categories.filter { category in series.indices.contains { category.value($0) == nil } }.count
        return text + AltText.missing(missing, words: words)
    }

    /// A value as the chart prints it, or the words' `missing`.
    func printed(_ value: Double?) -> String { format.string(value, missing: words[.missing]) }
}
