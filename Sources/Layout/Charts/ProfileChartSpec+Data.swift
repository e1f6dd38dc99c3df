extension ProfileChartSpec: FigureData {
    public var dataRows: [[String]] {
        [
            [
                "Indikator", areaName, "\(areaName) (Text)", cityName, "\(cityName) (Text)", "Minimum",
                "unteres Quartil", "oberes Quartil", "Maximum",
            ]
        ]
            + rows.map { row in
                [
                    row.indicator, RawNumber.string(row.areaValue),
                    row.areaValue?.isFinite == true ? row.areaLabel : "k. A.",
                    RawNumber.string(row.cityValue), row.cityValue?.isFinite == true ? row.cityLabel : "k. A.",
                    RawNumber.string(row.minimum), RawNumber.string(row.lowerQuartile),
                    RawNumber.string(row.upperQuartile),
                    RawNumber.string(row.maximum),
                ]
            }
    }

    public var altText: String {
        var text = "Profildiagramm: \(areaName) im Vergleich mit \(cityName) und der Spannweite aller \(areasName), "
            + "\(rows.count) Indikatoren."
        for row in rows {
            let area = row.areaValue?.isFinite == true ? row.areaLabel : "k. A."
            let city = row.cityValue?.isFinite == true ? row.cityLabel : "k. A."
            text += " \(row.indicator): \(area) (\(cityName) \(city); \(row.minimumLabel) bis \(row.maximumLabel))."
        }
        return text
    }
}
