extension ProfileChartSpec: FigureData {
    public var dataRows: [[String]] {
        [
            [
                words[.indicator], areaName, cityName, words[.minimum], words[.lowerQuartile],
                words[.upperQuartile], words[.maximum],
            ]
        ]
            + rows.map { row in
                // The quartiles are drawn, not printed: written with the decimals and unit of the printed minimum.
                let printed = PublishedNumber(row.minimumLabel)
                let quartile = ValueFormat(decimals: printed?.decimals ?? 1, unit: printed?.unit ?? "")
                return [
                    row.indicator, areaValue(row), cityValue(row), row.minimumLabel,
                    quartile.string(row.lowerQuartile, missing: words[.missing]),
                    quartile.string(row.upperQuartile, missing: words[.missing]), row.maximumLabel,
                ]
            }
    }

    public var altText: String {
        var text = words.phrase(
            .profileChart, ["area": areaName, "city": cityName, "areas": areasName, "count": "\(rows.count)"])
        for row in rows {
            text += words.phrase(
                .profileRow,
                [
                    "indicator": row.indicator, "value": areaValue(row), "city": cityName, "cityValue": cityValue(row),
                    "minimum": row.minimumLabel, "maximum": row.maximumLabel,
                ])
        }
        return text
    }

    /// The area's value as printed, or the words' `missing`.
    func areaValue(_ row: Row) -> String { row.areaValue?.isFinite == true ? row.areaLabel : words[.missing] }
    /// The city's value as printed, or the words' `missing`.
    func cityValue(_ row: Row) -> String { row.cityValue?.isFinite == true ? row.cityLabel : words[.missing] }
}
