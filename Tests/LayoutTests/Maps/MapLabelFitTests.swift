import CairoBridge
import Testing

@testable import Layout

@Suite("Map labels stay inside their areas, on a halo")
struct MapLabelFitTests {
    let engine = TextEngine()

    @Test("every label but the highlighted one lies inside its area, and every label has a halo under it")
    func labelsFitTheirAreas() throws {
        var spec = SampleMaps.areaMap()
        // Long names in some areas: they must be left out or set smaller, never run over the border.
        spec.areas = spec.areas.enumerated().map { index, area in
            var area = area
            if index % 3 == 0 { area.label = "Gebiet mit langem Namen \(index)" }
            return area
        }
        let rect = Rect(x: 20, y: 30, width: 453, height: 300)
        let map = ChoroplethMap(spec)
        let unflattened = map.marks(in: rect, text: engine)
        let marks = Mark.flatten(unflattened)
        let clip = unflattened.compactMap { mark -> Rect? in if case .clipped(let rect, _) = mark.shape { rect } else { nil } }
        let projection = try #require(clip.first.flatMap { MapProjection(fitting: spec.bounds, into: $0) })
        var placed = 0
        for (position, mark) in marks.enumerated() {
            guard case .areaLabel(let index) = mark.role else { continue }
            placed += 1
            let previous = marks[position - 1]
            #expect(previous.fillColor?.alpha ?? 1 < 1 && previous.frame.insetBy(dx: -0.01, dy: -0.01).encloses(mark.frame))
            guard spec.areas[index].key != spec.highlightedKey else { continue }
            #expect(map.fits(mark.frame, in: spec.areas[index].geometry, projection), "\(spec.areas[index].label ?? "")")
        }
        #expect(placed >= 10)
        #expect(!marks.contains { if case .areaLabel(let index) = $0.role { index % 3 == 0 && index != 250 } else { false } })
    }
}
