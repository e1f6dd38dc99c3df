import CairoBridge
import Testing

@testable import Layout

@Suite("Map labels stay inside their areas, on a halo")
struct MapLabelFitTests {
    let engine = TextEngine()

    @Test("every label lies inside its area or beside it with a leader line, on a halo")
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
        let clip = unflattened.compactMap { mark -> Rect? in
            if case .clipped(let rect, _) = mark.shape { rect } else { nil }
        }
        let projection = try #require(clip.first.flatMap { MapProjection(fitting: spec.bounds, into: $0) })
        var placed = 0
        var leaders = 0
        for (position, mark) in marks.enumerated() {
            guard case .areaLabel(let index) = mark.role else { continue }
            placed += 1
            let previous = marks[position - 1]
            #expect(
                previous.fillColor?.alpha ?? 1 < 1 && previous.frame.insetBy(dx: -0.01, dy: -0.01).encloses(mark.frame))
            let leader =
                position >= 2 && marks[position - 2].role == .decoration
                && {
                    if case .stroke = marks[position - 2].shape { true } else { false }
                }()
            guard spec.areas[index].key != spec.highlightedKey else { continue }
            if leader {
                // Beside its area, joined to the label point inside it by the leader line.
                leaders += 1
                let line = marks[position - 2].frame
                let ends = [
                    Point(x: line.x, y: line.y), Point(x: line.maxX, y: line.y), Point(x: line.x, y: line.maxY),
                    Point(x: line.maxX, y: line.maxY),
                ]
                #expect(ends.contains { spec.areas[index].geometry.contains(projection.unproject($0)) })
                continue
            }
            #expect(
                map.fits(mark.frame, in: spec.areas[index].geometry, projection), "\(spec.areas[index].label ?? "")")
        }
        #expect(placed >= 10)
        #expect(leaders <= ChoroplethMap.mostLeaderLabels)
    }

    @Test("a name too long for its small area is set beside it with a leader line from inside the area")
    func leaderLine() throws {
        var spec = SampleMaps.areaMap()
        spec.areas = spec.areas.enumerated().map { index, area in
            var area = area
            area.label = index == 251 ? "Gebiet mit einem sehr langen Namen" : nil
            return area
        }
        let marks = Mark.flatten(
            ChoroplethMap(spec).marks(in: Rect(x: 20, y: 30, width: 453, height: 300), text: engine))
        let position = try #require(marks.firstIndex { $0.role == .areaLabel(index: 251) })
        guard position >= 2, case .stroke = marks[position - 2].shape else {
            Issue.record("no leader line before the label")
            return
        }
        let line = marks[position - 2].frame
        let label = marks[position].frame
        // The line ends at the label's edge, beside the area rather than on it.
        #expect(label.insetBy(dx: -1, dy: -1).intersects(line))
        #expect(!label.insetBy(dx: 0.5, dy: 0.5).encloses(line))
    }
}
