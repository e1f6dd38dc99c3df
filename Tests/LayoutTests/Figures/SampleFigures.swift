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
