extension LineChartSpec: FigureData {
    public var dataRows: [[String]] {
        [[words[.area]] + periods]
            + series.map { series in [series.name] + periods.indices.map { printed(series.value(at: $0)) } }
    }

    public var altText: String {
        let span =
            periods.count > 1
            ? words.phrase(.periodSpan, ["first": periods.first ?? "", "last": periods.last ?? ""]) : ""
        var text = words.phrase(
            .lineChart,
            [
                "indicator": indicator, "span": span, "count": "\(series.count)",
                "series": words.counted(series.count, .series, .seriesPlural),
            ])
        for series in series {
            let values = periods.indices.compactMap { period in series.value(at: period).map { (period, $0) } }
            guard let first = values.first, let last = values.last else {
                text += words.phrase(.seriesEmpty, ["name": series.name])
                continue
            }
            let high = values.max { $0.1 < $1.1 } ?? first
            text += words.phrase(
                .seriesValues,
                [
                    "name": series.name, "first": printed(first.1), "firstPeriod": periods[first.0],
                    "last": printed(last.1), "lastPeriod": periods[last.0], "high": printed(high.1),
                    "highPeriod": periods[high.0],
                ])
            let missing = periods.count - values.count
            text += missing > 0 ? words.phrase(.seriesMissing, ["count": "\(missing)"]) : "."
        }
        for seriesBreak in breaks {
            text += " \(seriesBreak.label) (\(periods[seriesBreak.index - 1]) – \(periods[seriesBreak.index]))."
        }
        return text
    }

    /// A value as the chart prints it, or the words' `missing`.
    func printed(_ value: Double?) -> String { format.string(value, missing: words[.missing]) }
}
