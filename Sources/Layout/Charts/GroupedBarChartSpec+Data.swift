extension GroupedBarChartSpec: FigureData {
    public var dataRows: [[String]] {
        [["Gebiet"] + series.flatMap { [$0.name, "\($0.name) (Text)"] }]
            + categories.map { category in
                [category.label]
                    + series.indices.flatMap { index in
                        [RawNumber.string(category.value(index)), format.string(category.value(index))]
                    }
            }
    }

    public var altText: String {
        let kind = mode == .stacked ? "Gestapeltes Balkendiagramm" : "Gruppiertes Balkendiagramm"
        var text =
            "\(kind): \(indicator) in \(categories.count) Gebieten, \(series.map(\.name).joined(separator: ", "))."
        for (index, series) in series.enumerated() {
            let items = categories.compactMap { category in
                category.value(index).map { (name: category.label, value: $0, label: format.string($0)) }
            }
            text += " \(series.name): " + AltText.extremes(items)
        }
        let missing = categories.filter { category in series.indices.contains { category.value($0) == nil } }.count
        return text + AltText.missing(missing)
    }
}
