import CairoBridge
import Testing

@testable import Layout

@Suite("Point symbols let the map show through and look as the legend shows them")
struct MapPointStyleTests {
    let engine = TextEngine()
    let rect = Rect(x: 20, y: 30, width: 453, height: 320)

    @Test("symbols are translucent, lighter outside the area the map is about, and filled like the legend's")
    func pointFills() throws {
        var spec = SampleMaps.cityMap()
        let focus = try #require(spec.areas.first { $0.key == spec.highlightedKey }).geometry
        let inside = MapPoint(name: "Drinnen", position: Point(x: 20_500, y: 10_500), category: 0)
        #expect(focus.contains(inside.position))
        spec.points.append(inside)
        let marks = Mark.flatten(ChoroplethMap(spec).marks(in: rect, text: engine))
        let kita = try #require(spec.legend.pointCategories.first).color
        var checked = (inside: 0, outside: 0)
        for mark in marks {
            guard case .poi(let index) = mark.role, spec.points[index].category == 0, let fill = mark.fillColor else {
                continue
            }
            #expect(fill.alpha < 1, "\(spec.points[index].name) is opaque")
            if focus.contains(spec.points[index].position) {
                #expect(fill.red == kita.red && fill.green == kita.green && fill.blue == kita.blue)
                checked.inside += 1
            } else {
                #expect(fill.blue > kita.blue, "\(spec.points[index].name) outside is not lighter")
                checked.outside += 1
            }
        }
        #expect(checked.inside == 1 && checked.outside > 10)
        let swatches = marks.filter { $0.role == .legendSwatch }.compactMap(\.fillColor)
        // The Kita symbol and the two reference sizes: filled and translucent as on the map, never hollow.
        #expect(swatches.filter { $0 == PointSize.fill(kita) }.count == 3, "\(swatches)")
    }
}
