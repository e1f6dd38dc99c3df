extension ProfileChartSpec: FigureData {
    public var dataRows: [[String]] {
        [
            [
                "Indikator", areaName, cityName, "Minimum", "unteres Quartil", "oberes Quartil", "Maximum",
            ]
        ]
            + rows.map { row in
                // The quartiles are drawn, not printed: written with the decimals and unit of the printed minimum.
                let printed = PublishedNumber(row.minimumLabel)
                let quartile = ValueFormat(decimals: printed?.decimals ?? 1, unit: printed?.unit ?? "")
                return [
                    row.indicator, row.areaValue?.isFinite == true ? row.areaLabel : "k. A.",
                    row.cityValue?.isFinite == true ? row.cityLabel : "k. A.", row.minimumLabel,
                    quartile.string(row.lowerQuartile), quartile.string(row.upperQuartile), row.maximumLabel,
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
