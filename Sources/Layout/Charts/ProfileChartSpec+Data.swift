extension ProfileChartSpec: FigureData {
    public var dataRows: [[String]] {
        [
            [words[.indicator], areaName] + (parentName.map { [$0] } ?? []) + [
                cityName, words[.minimum], words[.lowerQuartile], words[.upperQuartile], words[.maximum],
            ]
        ]
            + rows.map { row in
                // The quartiles are drawn, not printed: written with the decimals and unit of the printed minimum.
                let printed = PublishedNumber(row.minimumLabel)
                let quartile = ValueFormat(decimals: printed?.decimals ?? 1, unit: printed?.unit ?? "")
                return [row.indicator, areaValue(row)] + (parentName == nil ? [] : [parentValue(row)]) + [
                    cityValue(row), row.minimumLabel,
                    quartile.string(row.lowerQuartile, missing: words[.missing]),
                    quartile.string(row.upperQuartile, missing: words[.missing]), row.maximumLabel,
                ]
            }
    }

    public var altText: String {
        let parent = parentName ?? ""
        var text = words.phrase(
            parentName == nil ? .profileChart : .profileChartWithParent,
            ["area": areaName, "parent": parent, "city": cityName, "areas": areasName, "count": "\(rows.count)"])
        for row in rows {
            text += words.phrase(
                parentName == nil ? .profileRow : .profileRowWithParent,
                [
                    "indicator": row.indicator, "value": areaValue(row), "parent": parent,
                    "parentValue": parentValue(row), "city": cityName, "cityValue": cityValue(row),
                    "minimum": row.minimumLabel, "maximum": row.maximumLabel,
                ])
        }
        return text
    }

    /// The area's value as printed, or the words' `missing`.
    func areaValue(_ row: Row) -> String { row.areaValue?.isFinite == true ? row.areaLabel : words[.missing] }
    /// The parent area's value as printed, or the words' `missing`.
    func parentValue(_ row: Row) -> String { row.parentValue?.isFinite == true ? row.parentLabel : words[.missing] }
    /// The city's value as printed, or the words' `missing`.
    func cityValue(_ row: Row) -> String { row.cityValue?.isFinite == true ? row.cityLabel : words[.missing] }
}
