extension LineChartSpec: FigureData {
    public var dataRows: [[String]] {
        [["Gebiet"] + periods]
            + series.map { series in [series.name] + periods.indices.map { format.string(series.value(at: $0)) } }
    }

    public var altText: String {
        let span = periods.count > 1 ? " von \(periods.first ?? "") bis \(periods.last ?? "")" : ""
        var text = "Liniendiagramm: \(indicator)\(span), \(series.count) \(series.count == 1 ? "Reihe" : "Reihen")."
        for series in series {
            let values = periods.indices.compactMap { period in series.value(at: period).map { (period, $0) } }
            guard let first = values.first, let last = values.last else {
                text += " \(series.name): keine Angaben."
                continue
            }
            let high = values.max { $0.1 < $1.1 } ?? first
            text +=
                " \(series.name): \(format.string(first.1)) (\(periods[first.0])) bis \(format.string(last.1))"
                + " (\(periods[last.0])), höchster Wert \(format.string(high.1)) (\(periods[high.0]))"
            let missing = periods.count - values.count
            text += missing > 0 ? ", \(missing) ohne Angabe." : "."
        }
        for seriesBreak in breaks {
            text += " \(seriesBreak.label) (\(periods[seriesBreak.index - 1]) – \(periods[seriesBreak.index]))."
        }
        return text
    }
}
