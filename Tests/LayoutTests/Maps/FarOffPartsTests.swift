import CairoBridge
import Testing

@testable import Layout

@Suite("Far-off parts of a city go into an inset, so the main body fills the map")
struct FarOffPartsTests {
    let engine = TextEngine()

    /// The synthetic city with an island of one square kilometre 100 km east of it, highlighted.
    func cityWithIsland() -> ChoroplethMapSpec {
        var spec = SampleMaps.cityMap()
        spec.locator = nil
        let island = SampleMaps.square(123, 12)
        spec.areas.append(
            ChoroplethMapSpec.Area(key: "INSEL", name: "Insel", geometry: island, fill: .color(SampleMaps.blues[4])))
        spec.highlightedKey = "INSEL"
        spec.bounds = SampleMaps.cityBounds.union(island.bounds ?? SampleMaps.cityBounds)
        return spec
    }

    @Test("a city with an island 100 km out fills at least 80 % of its map frame with its main body")
    func mainBodyFillsFrame() throws {
        let spec = cityWithIsland()
        let map = ChoroplethMap(spec)
        let rect = Rect(x: 20, y: 30, width: 453, height: map.preferredHeight(forWidth: 453))
        let marks = map.marks(in: rect, text: engine)
        let frame = try #require(
            marks.compactMap { mark -> Rect? in
                if case .clipped(let rect, _) = mark.shape, mark.role == .decoration { rect } else { nil }
            }.first)
        let body = try #require(map.body)
        let projection = try #require(MapProjection(fitting: body.main.expanded(by: 0.01), into: frame))
        let drawn = projection.project(body.main)
        let share = drawn.width * drawn.height / (frame.width * frame.height)
        #expect(share >= 0.8, "the main body fills \(Int(share * 100)) % of the frame")
        // The island is in the inset, highlighted there.
        let inset = try #require(marks.first { $0.role == .farOffInset })
        #expect(frame.insetBy(dx: -0.5, dy: -0.5).encloses(inset.frame))
        let outlines = Mark.flatten(marks).filter { $0.role == .highlightOutline }
        #expect(outlines.contains { inset.frame.insetBy(dx: -0.5, dy: -0.5).encloses($0.frame) })
    }

    @Test("a city without far-off parts has no inset")
    func noInsetWithoutIslands() {
        var spec = SampleMaps.cityMap()
        spec.locator = nil
        #expect(ChoroplethMap(spec).body == nil)
        let marks = ChoroplethMap(spec).marks(in: Rect(x: 0, y: 0, width: 453, height: 320), text: engine)
        #expect(!marks.contains { $0.role == .farOffInset })
    }
}
