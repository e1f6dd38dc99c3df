extension GroupedBarChartSpec: FigureData {
    public var dataRows: [[String]] {
        [["Gebiet"] + series.map(\.name)]
            + categories.map { category in [category.label] + series.indices.map { format.string(category.value($0)) } }
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
