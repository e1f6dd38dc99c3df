import CairoBridge
import Foundation
import GermanWords

@testable import Layout

/// A synthetic city of 542 square areas (1 km each, shared borders) for map tests and timings.
enum SampleMaps {
    static let columns = 23
    static let blues = ["#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c"].compactMap { Color(hex: $0) }

    /// A square of `size` metres at column `i`, row `j`, each side cut into `segments` pieces whose inner
    /// points wiggle across the side by up to 30 m (the same way for both neighbours, so borders stay shared).
    static func square(_ i: Int, _ j: Int, size: Double = 1000, segments: Int = 1) -> MultiPolygon {
        let x = Double(i) * size
        let y = Double(j) * size
        let corners = [
            Point(x: x, y: y), Point(x: x + size, y: y), Point(x: x + size, y: y + size), Point(x: x, y: y + size),
        ]
        var points: [Point] = []
        for (a, b) in zip(corners, corners.dropFirst() + [corners[0]]) {
            for step in 0..<segments {
                let t = Double(step) / Double(segments)
                var point = Point(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t)
                let wiggle = step == 0 ? 0 : 30 * sin(point.x * 0.013 + point.y * 0.017)
                if a.x == b.x { point.x += wiggle } else { point.y += wiggle }
                points.append(point)
            }
        }
        return MultiPolygon([Polygon(exterior: Ring(points))])
    }

    static func value(_ index: Int) -> Double? {
        let i = index % columns
        let j = index / columns
        if index % 37 == 5 { return nil }
        return 5 + 30 * (0.5 + 0.5 * sin(Double(i) / 4) * cos(Double(j) / 5))
    }

    static func areas(segments: Int = 1) -> [ChoroplethMapSpec.Area] {
        (0..<542).map { index in
            let value = value(index)
            let fill: ChoroplethMapSpec.Area.Fill = value.map { .color(blues[min(4, Int(($0 - 5) / 6))]) } ?? .missing
            let labelled = index % 47 == 3
            return ChoroplethMapSpec.Area(
                key: "PR\(index)", name: "Planungsraum \(index)",
                geometry: square(index % columns, index / columns, segments: segments),
                fill: fill, value: value, valueLabel: value.map { GermanNumberFormat.percent($0) } ?? "",
                label: labelled ? "Gebiet \(index)" : nil, labelPriority: Double(index % 5))
        }
    }

    static let legend = MapLegend(
        title: "Kinderarmut in %, Stand 31.12.2020",
        entries: [
            .init(label: "unter 11,0 %", color: blues[0], count: 98),
            .init(label: "11,0 bis unter 17,0 %", color: blues[1], count: 121),
            .init(label: "17,0 bis unter 23,0 %", color: blues[2], count: 110),
            .init(label: "23,0 bis unter 29,0 %", color: blues[3], count: 105),
            .init(label: "29,0 % und mehr", color: blues[4], count: 93),
            .init(label: "k. A.", color: .white, hatched: true, count: 15),
        ],
        pointCategories: [
            .init(label: "Kita", symbol: .circle, color: Color(hex: "#e69f00") ?? .black),
            .init(label: "Grundschule", symbol: .triangle, color: Color(hex: "#cc79a7") ?? .black),
        ],
        highlightLabel: "Planungsraum 250", pointSizeTitle: "Kita-Plätze", countHeading: "Anzahl")

    static var points: [MapPoint] {
        (0..<70).map { index in
            let x = Double((index * 7919) % 23_000)
            let y = Double((index * 104_729) % 23_500)
            return MapPoint(
                name: "Einrichtung \(index)", position: Point(x: x, y: y), category: index % 4 == 0 ? 1 : 0,
                size: index % 4 == 0 ? nil : Double(20 + (index * 13) % 160))
        }
    }

    static let cityBounds = Bounds(minX: 0, minY: 0, maxX: 23_000, maxY: 24_000)

    static func cityMap(segments: Int = 1) -> ChoroplethMapSpec {
        let outline = MultiPolygon([
            Polygon(
                exterior: Ring([
                    Point(x: 0, y: 0), Point(x: 23_000, y: 0), Point(x: 23_000, y: 23_000), Point(x: 13_000, y: 23_000),
                    Point(x: 13_000, y: 24_000), Point(x: 0, y: 24_000),
                ]))
        ])
        return ChoroplethMapSpec(
            words: .german, indicator: "Kinderarmut", areaNoun: "Planungsräumen", bounds: cityBounds,
            areas: areas(segments: segments),
            highlightedKey: "PR250", points: points, legend: legend,
            locator: LocatorInset(outline: [outline], focus: square(250 % columns, 250 / columns)),
            reference: ReferenceValue(label: "Berlin", value: 24.6, valueLabel: "24,6 %"))
    }

    /// The area PR250 with its surroundings, and grey land around the city.
    static func areaMap() -> ChoroplethMapSpec {
        var spec = cityMap()
        spec.bounds = Bounds(minX: 16_500, minY: 8_000, maxX: 25_500, maxY: 13_500)
        spec.context = (0...23).flatMap { j in (23...27).map { square($0, j) } }
        spec.areas = spec.areas.enumerated().map { index, area in
            var area = area
            area.label = "PR \(index)"
            area.labelPriority = index == 250 ? 10 : 0
            return area
        }
        return spec
    }
}
