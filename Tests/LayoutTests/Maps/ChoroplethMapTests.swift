import CairoBridge
import Foundation
import GermanWords
import Testing

@testable import Layout

@Suite("Choropleth map")
struct ChoroplethMapTests {
    let engine = TextEngine()
    let rect = Rect(x: 0, y: 0, width: 441, height: 320)

    func marks(_ spec: ChoroplethMapSpec, in rect: Rect? = nil) -> [Mark] {
        Mark.flatten(ChoroplethMap(spec).marks(in: rect ?? self.rect, text: engine))
    }

    @Test("every area is drawn once with its colour; missing areas are hatched")
    func fills() {
        let spec = SampleMaps.cityMap()
        let all = marks(spec)
        for (index, area) in spec.areas.enumerated() {
            let drawn = all.filter { $0.role == .area(index: index) }
            #expect(drawn.count == 1)
            switch (area.fill, drawn.first?.shape) {
            case (.color(let color), .fill(_, let drawnColor, _)?): #expect(color == drawnColor)
            case (.missing, .hatch?): break
            default: Issue.record("area \(index) drawn wrongly")
            }
        }
    }

    @Test("the highlighted area is outlined on top of all areas")
    func outline() throws {
        let all = marks(SampleMaps.cityMap())
        let outline = try #require(all.lastIndex { $0.role == .highlightOutline })
        let lastArea = try #require(all.lastIndex { if case .area = $0.role { true } else { false } })
        #expect(outline > lastArea)
        guard case .stroke(_, _, let style) = all[outline].shape else {
            Issue.record("not a stroke")
            return
        }
        #expect(style.width >= 1.5)
    }

    @Test("area labels never overlap each other, point symbols or other text")
    func labelsApart() {
        let all = marks(SampleMaps.areaMap())
        let labels = all.filter { if case .areaLabel = $0.role { true } else { false } }
        #expect(labels.count >= 3)
        #expect(all.overlappingTexts.isEmpty)
        let points = all.filter { if case .poi = $0.role { true } else { false } }.map(\.frame)
        for label in labels { #expect(!points.contains { $0.intersects(label.frame.insetBy(dx: 0.1, dy: 0.1)) }) }
    }

    @Test("the highest-priority label wins a collision")
    func priority() {
        let square = SampleMaps.square(0, 0)
        let areas = (0..<2).map { index in
            ChoroplethMapSpec.Area(
                key: "\(index)", name: "\(index)", geometry: square, fill: .color(.white), label: "Gebiet \(index)",
                labelPriority: Double(index))
        }
        let spec = ChoroplethMapSpec(
            words: .german, indicator: "X", bounds: SampleMaps.square(0, 0).bounds!, areas: areas,
            legend: MapLegend(title: "", entries: [], countHeading: "Anzahl"))
        let labels = marks(spec).filter { if case .areaLabel = $0.role { true } else { false } }
        #expect(labels.map(\.role) == [.areaLabel(index: 1)])
    }

    @Test("the scale bar's length is its labelled distance at the map's scale")
    func scaleBar() throws {
        let spec = SampleMaps.cityMap()
        let all = marks(spec)
        let bar = try #require(all.first { $0.role == .scaleBar })
        #expect(all.contains { $0.role == .scaleBarLabel })
        let areaMark = try #require(all.first { $0.role == .area(index: 0) })
        let pointsPerMetre = areaMark.frame.width / 1000
        let metres = bar.frame.width / pointsPerMetre
        #expect([1.0, 2, 5].contains { abs(metres / pow(10, log10(metres).rounded(.down)) - $0) < 1e-6 })
        #expect(abs(metres - 5000) < 1e-6)
    }

    @Test(
        "scale bar lengths are round and labelled in m or km",
        arguments: [
            (0.01, 90.0, "5 km"), (0.01, 100, "10 km"), (0.5, 150, "200 m"), (0.001, 60, "50 km"), (1, 40, "20 m"),
        ])
    func scaleBarLabels(pointsPerMetre: Double, maxLength: Double, label: String) throws {
        let bar = try #require(ScaleBar(pointsPerMetre: pointsPerMetre, maxLength: maxLength))
        #expect(bar.label == label.replacingOccurrences(of: " ", with: "\u{00A0}"))
        #expect(abs(bar.length - bar.metres * pointsPerMetre) < 1e-9 && bar.length <= maxLength)
    }

    @Test("the legend lists every entry, a hatched k. A. swatch and the point symbols")
    func legend() {
        let all = marks(SampleMaps.cityMap())
        let swatches = all.filter { $0.role == .legendSwatch }
        #expect(swatches.count == 6 + 1 + 2 + 2)
        #expect(swatches.contains { if case .hatch = $0.shape { true } else { false } })
        #expect(all.contains { $0.role == .locator })
    }

    @Test("empty, degenerate and non-finite maps draw something sensible or nothing, and never trap")
    func degenerate() {
        let legend = MapLegend(title: String(repeating: "Titel ", count: 40), entries: [], countHeading: "Anzahl")
        let nanRing = Ring([Point(x: .nan, y: 0), Point(x: 1, y: .infinity), Point(x: 2, y: 2)])
        let cases: [ChoroplethMapSpec] = [
            ChoroplethMapSpec(
                words: .german, indicator: "", bounds: Bounds(minX: 0, minY: 0, maxX: 0, maxY: 0), areas: [],
                legend: legend),
            ChoroplethMapSpec(
                words: .german, indicator: "", bounds: Bounds(minX: 0, minY: 0, maxX: 1, maxY: 1),
                areas: [
                    .init(
                        key: "a", name: "a", geometry: MultiPolygon([Polygon(exterior: nanRing)]), fill: .missing,
                        label: "a"),
                    .init(key: "b", name: "b", geometry: MultiPolygon([]), fill: .missing, label: "b"),
                ],
                points: [MapPoint(name: "p", position: Point(x: .nan, y: 1), category: 99, size: -.infinity)],
                legend: legend, locator: LocatorInset(outline: [], focus: MultiPolygon([]))),
        ]
        for spec in cases {
            for rect in [rect, Rect(x: 0, y: 0, width: 0, height: 0), Rect(x: 0, y: 0, width: 60, height: 45)] {
                _ = marks(spec, in: rect)
            }
            _ = ChoroplethMap(spec).preferredHeight(forWidth: .infinity)
            _ = spec.altText
        }
    }
}

extension ChoroplethMapTests {
    @Test(
        "at its preferred height a map shows its legend and locator, beside the map or below it",
        arguments: [441.0, 300])
    func preferredHeight(width: Double) {
        let map = ChoroplethMap(SampleMaps.cityMap())
        let rect = Rect(x: 0, y: 0, width: width, height: map.preferredHeight(forWidth: width))
        let all = Mark.flatten(map.marks(in: rect, text: engine))
        #expect(all.contains { $0.role == .locator })
        let legend = all.filter { $0.role == .legendLabel || $0.role == .legendSwatch || $0.role == .locator }
        #expect(legend.allSatisfy { $0.frame.maxY <= rect.maxY + 0.5 })
        #expect(all.overlappingTexts.isEmpty)
    }
}
