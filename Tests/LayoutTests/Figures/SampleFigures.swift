import Foundation
import CairoBridge
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
            indicator: "Kinderarmut", axisTitle: "Anteil in %", areaNoun: "Bezirken", orientation: orientation,
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
            indicator: "Kinderarmut", axisTitle: "Anteil in %", periods: (2013...2022).map(String.init),
            series: [
                .init(name: "Neukölln", values: [38.1, 37.5, 36.9, 36.0, nil, 34.8, 33.9, 35.0, 35.6, 35.2], highlighted: true),
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
        items[7] = .init(name: "Rollberg", x: 33.1, y: 55.0, highlighted: true)
        items[8] = .init(name: "Ohne Daten", x: nil, y: 40)
        return ScatterPlotSpec(
            xIndicator: "Kinderarmut", yIndicator: "Sprachförderbedarf", xTitle: "Kinderarmut in %",
            yTitle: "Kinder mit Sprachförderbedarf in %", xFormat: .percent, yFormat: .percent, items: items,
            trend: .init(slope: 0.9, intercept: 20), annotation: "r = 0,91 · R² = 0,83", areaNoun: "Planungsräumen")
    }
}
