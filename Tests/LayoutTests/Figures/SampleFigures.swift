import CairoBridge
import Foundation
import GermanWords

@testable import Layout

/// Synthetic figure specs shaped like the real Berlin data, shared by the tests and the showcase.
enum SampleFigures {
    static let districts: [(String, Double?)] = [
        ("Mitte", 29.1), ("Friedrichshain-Kreuzberg", 24.8), ("Pankow", 11.2), ("Charlottenburg-Wilmersdorf", 14.9),
        ("Spandau", 31.0), ("Steglitz-Zehlendorf", 8.1), ("Tempelhof-Schöneberg", 19.7), ("Neukölln", 35.2),
        ("Treptow-Köpenick", 12.6), ("Marzahn-Hellersdorf", 27.4), ("Lichtenberg", 21.3), ("Reinickendorf", nil),
    ]

    static let city = ReferenceValue(label: "Berlin", value: 24.6, valueLabel: "24,6 %")

    static func barChart(orientation: BarChartSpec.Orientation = .horizontal) -> BarChartSpec {
        BarChartSpec(
            words: .german, indicator: "Kinderarmut", axisTitle: "Anteil in %", areaNoun: "Bezirken",
            orientation: orientation,
            bars: districts.map { name, value in
                BarChartSpec.Bar(
                    label: name, value: value, valueLabel: value.map { GermanNumberFormat.percent($0) } ?? "",
                    highlighted: name == "Neukölln")
            },
            references: [city, ReferenceValue(label: "Ostbezirke", value: 19.0, valueLabel: "19,0 %")])
    }
}

extension SampleFigures {
    static func lineChart() -> LineChartSpec {
        LineChartSpec(
            words: .german, indicator: "Kinderarmut", axisTitle: "Anteil in %", periods: (2013...2022).map(String.init),
            series: [
                .init(
                    name: "Neukölln", values: [38.1, 37.5, 36.9, 36.0, nil, 34.8, 33.9, 35.0, 35.6, 35.2],
                    highlighted: true),
                .init(name: "Berlin", values: [28.4, 27.9, 27.1, 26.5, 25.9, 25.3, 24.8, 24.9, 24.8, 24.6]),
                .init(name: "Steglitz-Zehlendorf", values: [9.4, 9.1, 8.9, 8.8, 8.6, 8.4, 8.3, 8.2, nil, 8.1]),
            ],
            format: .percent)
    }
}

extension SampleFigures {
    static func scatterPlot() -> ScatterPlotSpec {
        var items = (0..<60).map { index -> ScatterPlotSpec.Item in
            let x = 5 + Double((index * 37) % 50) * 0.6
            let y = 20 + x * 0.9 + sin(Double(index) * 1.7) * 6
            return .init(name: "Planungsraum \(index)", x: x, y: y, labelled: index % 19 == 0)
        }
        items[7] = .init(name: "Rollberg", x: 33.1, y: 55.0)
        items[8] = .init(name: "Ohne Daten", x: nil, y: 40)
        return ScatterPlotSpec(
            words: .german, xIndicator: "Kinderarmut", yIndicator: "Sprachförderbedarf", xTitle: "Kinderarmut in %",
            yTitle: "Kinder mit Sprachförderbedarf in %", xFormat: .percent, yFormat: .percent, items: items,
            highlighted: [7], trend: .init(slope: 0.9, intercept: 20), annotation: "r = 0,91 · R² = 0,83",
            areaNoun: "Planungsräumen")
    }
}

extension SampleFigures {
    static func profileChart() -> ProfileChartSpec {
        func row(_ name: String, _ area: Double?, _ city: Double, _ range: (Double, Double, Double, Double))
            -> ProfileChartSpec.Row
        {
            let format = { (value: Double) in GermanNumberFormat.percent(value) }
            return .init(
                indicator: name, areaValue: area, areaLabel: area.map(format) ?? "", cityValue: city,
                cityLabel: format(city),
                minimum: range.0, maximum: range.3, minimumLabel: format(range.0), maximumLabel: format(range.3),
                lowerQuartile: range.1, upperQuartile: range.2)
        }
        return ProfileChartSpec(
            words: .german, areaName: "Neukölln", cityName: "Berlin", areasName: "Bezirke",
            rows: [
                row("Kinderarmut (unter 15 Jahre in SGB-II-Haushalten)", 35.2, 24.6, (8.1, 14.9, 29.1, 35.2)),
                row("Arbeitslosigkeit", 11.9, 8.6, (4.1, 6.3, 10.2, 11.9)),
                row("Sprachförderbedarf bei der Einschulung", 38.0, 22.1, (9.0, 15.2, 30.4, 41.3)),
                row("Kita-Besuch unter 3 Jahren", 39.8, 46.5, (38.2, 42.0, 51.3, 58.7)),
                row("Übergewicht bei der Einschulung", nil, 9.8, (5.2, 7.1, 11.9, 14.0)),
                row("Alleinerziehende Haushalte", 31.4, 29.0, (22.3, 26.1, 31.0, 34.5)),
            ])
    }
}

extension SampleFigures {
    static func pyramid() -> PopulationPyramidSpec {
        let bands = [
            "unter 6", "6 bis unter 15", "15 bis unter 18", "18 bis unter 25", "25 bis unter 45", "45 bis unter 65",
            "65 bis unter 80", "80 und älter",
        ]
        return PopulationPyramidSpec(
            words: .german, areaName: "Neukölln", bands: bands, men: [3.4, 4.6, 1.5, 4.0, 16.9, 12.8, 5.1, nil],
            women: [3.2, 4.3, 1.4, 3.9, 15.8, 12.5, 6.3, 2.7],
            comparisonMen: [3.0, 4.1, 1.4, 3.6, 15.9, 13.5, 6.0, 2.0],
            comparisonWomen: [2.9, 3.9, 1.3, 3.5, 15.0, 13.3, 7.2, 3.5], comparisonLabel: "Berlin",
            axisTitle: "Anteil an der Bevölkerung in %")
    }
}

extension SampleFigures {
    static func groupedBars(mode: GroupedBarChartSpec.Mode) -> GroupedBarChartSpec {
        let rows: [(String, [Double?])] =
            mode == .stacked
            ? [
                ("Mitte", [41.0, 33.5, 25.5]), ("Neukölln", [48.2, 30.1, 21.7]), ("Pankow", [22.4, 40.3, 37.3]),
                ("Spandau", [45.0, nil, 20.0]), ("Steglitz-Zehlendorf", [18.9, 36.6, 44.5]),
            ]
            : [
                ("Mitte", [29.1, 27.0, 25.3]), ("Neukölln", [35.2, 34.8, 33.9]), ("Pankow", [11.2, 10.4, nil]),
                ("Spandau", [31.0, 29.5, 28.7]), ("Steglitz-Zehlendorf", [8.1, 8.3, 8.2]),
            ]
        let series: [GroupedBarChartSpec.Series] =
            mode == .stacked
            ? [.init(name: "niedrig"), .init(name: "mittel"), .init(name: "hoch")]
            : [.init(name: "2020"), .init(name: "2021"), .init(name: "2022")]
        return GroupedBarChartSpec(
            words: .german, indicator: mode == .stacked ? "Bildungsstand der Eltern" : "Kinderarmut",
            axisTitle: "Anteil in %", mode: mode, series: series,
            categories: rows.map { .init(label: $0.0, values: $0.1, highlighted: $0.0 == "Neukölln") },
            format: .percent)
    }
}
