extension PopulationPyramidSpec: FigureData {
    public var dataRows: [[String]] {
        var header = ["Altersgruppe", "Männer", "Frauen"]
        if !comparisonLabel.isEmpty { header += ["\(comparisonLabel) Männer", "\(comparisonLabel) Frauen"] }
        return [header]
            + bands.indices.map { index in
                var row = [bands[index], format.string(Self.value(men, index)), format.string(Self.value(women, index))]
                if !comparisonLabel.isEmpty {
                    row += [
                        format.string(Self.value(comparisonMen, index)),
                        format.string(Self.value(comparisonWomen, index)),
                    ]
                }
                return row
            }
    }

    public var altText: String {
        var text = "Bevölkerungspyramide: \(areaName), \(bands.count) Altersgruppen, Männer links, Frauen rechts."
        for (name, values) in [("Männer", men), ("Frauen", women)] {
            let known = bands.indices.compactMap { index in Self.value(values, index).map { (bands[index], $0) } }
            if let high = known.max(by: { $0.1 < $1.1 }) {
                text += " Größte Gruppe der \(name): \(high.0) (\(format.string(high.1)))."
            }
        }
        if !comparisonLabel.isEmpty { text += " Linien: \(comparisonLabel) zum Vergleich." }
        let missing = bands.indices.filter { Self.value(men, $0) == nil || Self.value(women, $0) == nil }.count
        return text + (missing > 0 ? " Keine Angabe in \(missing) Altersgruppen." : "")
    }
}
