extension ChoroplethMapSpec: FigureData {
    public var dataRows: [[String]] {
        [["Schlüssel", "Gebiet", indicator, "Farbe"]]
            + areas.map { area in
                let value = area.value.flatMap { $0.isFinite ? $0 : nil }
                let color: String
                switch area.fill {
                case .color(let fill): color = fill.hex
                case .missing: color = "k. A."
                }
                return [area.key, area.name, value == nil ? "k. A." : area.valueLabel, color]
            }
    }

    public var altText: String {
        let items = areas.compactMap { area in
            area.value.flatMap { $0.isFinite ? (name: area.name, value: $0, label: area.valueLabel) : nil }
        }
        var text = "Karte: \(indicator) in \(areas.count) \(areaNoun). " + AltText.extremes(items)
        if let key = highlightedKey, let area = areas.first(where: { $0.key == key }) {
            text += " Hervorgehoben: \(area.name) \(area.value?.isFinite == true ? area.valueLabel : "k. A.")."
        }
        text += AltText.references(reference.map { [$0] } ?? []) + AltText.missing(areas.count - items.count)
        let categories = legend.pointCategories
        for (index, category) in categories.enumerated() {
            let count = points.filter { $0.category == index }.count
            if count > 0 { text += " \(count) Standorte: \(category.label)." }
        }
        return text
    }
}
