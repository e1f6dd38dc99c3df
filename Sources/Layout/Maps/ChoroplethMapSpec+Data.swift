extension ChoroplethMapSpec: FigureData {
    public var dataRows: [[String]] {
        [[words[.key], words[.area], indicator, words[.color]]]
            + areas.map { area in
                let color: String
                switch area.fill {
                case .color(let fill): color = fill.hex
                case .missing: color = words[.missing]
                }
                return [area.key, area.name, printedValue(area), color]
            }
    }

    public var altText: String {
        let items = areas.compactMap { area in
            area.value.flatMap { $0.isFinite ? (name: area.name, value: $0, label: area.valueLabel) : nil }
        }
        var text =
            words.phrase(.map, ["indicator": indicator, "count": "\(areas.count)", "areas": areaNoun])
            + AltText.extremes(items, words: words)
        if let key = highlightedKey, let area = areas.first(where: { $0.key == key }) {
            text += words.phrase(.highlightedValue, ["name": area.name, "value": printedValue(area)])
        }
        text +=
            AltText.references(reference.map { [$0] } ?? [])
            + AltText.missing(areas.count - items.count, words: words)
        let categories = legend.pointCategories
        for (index, category) in categories.enumerated() {
            let count = points.filter { $0.category == index }.count
            if count > 0 { text += words.phrase(.pointCount, ["count": "\(count)", "category": category.label]) }
        }
        return text
    }

    /// The area's value as printed, or the words' `missing`.
    func printedValue(_ area: Area) -> String { area.value?.isFinite == true ? area.valueLabel : words[.missing] }
}
