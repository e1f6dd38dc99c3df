import CairoBridge
import Testing

@testable import IndicatorData
@testable import Layout
@testable import ReportGen

@Suite("Values printed inside map areas")
struct MapValueLabelTests {
    @Test("values: true writes each area's value, and every one placed lies inside its area or beside it, on a halo")
    func valuesInsideAreas() throws {
        let resolver = try Catalogue.resolver("abbildungen.yaml")
        let scope = try #require(resolver.scopes().first)
        let plans = resolver.context.plan.figurePlans.compactMap(\.map).filter(\.values)
        #expect(plans.count == 2)
        for plan in plans {
            let prepared = try resolver.context.preparedMap(plan)
            let spec = try FigureResolver(context: resolver.context).mapSpec(plan, prepared, scope: scope)
            let indicator = try #require(resolver.context.snapshot.indicator(key: plan.indicator.value))
            #expect(spec.areas.count >= 3)
            for area in spec.areas {
                let value = resolver.context.value(indicator.key, of: AreaID(level: "bezirksregion", key: area.key))
                #expect(area.label == ValueText.format(value, indicator, withUnit: false), "\(area.name)")
            }
            // Half the text width, as in the template's row of two maps.
            let rect = Rect(x: 20, y: 30, width: 220, height: 300)
            let map = ChoroplethMap(spec)
            let unflattened = map.marks(in: rect, text: TextEngine())
            let marks = Mark.flatten(unflattened)
            let clip = unflattened.compactMap { mark -> Rect? in
                if case .clipped(let rect, _) = mark.shape { rect } else { nil }
            }
            let shown = map.body.map { $0.main.expanded(by: 0.01) } ?? spec.bounds
            let projection = try #require(clip.first.flatMap { MapProjection(fitting: shown, into: $0) })
            var inside = 0
            for (position, mark) in marks.enumerated() {
                guard case .areaLabel(let index) = mark.role else { continue }
                // On its halo: the translucent white box drawn just before it.
                let halo = marks[position - 1]
                #expect(halo.fillColor?.alpha ?? 1 < 1 && halo.frame.insetBy(dx: -0.01, dy: -0.01).encloses(mark.frame))
                let leader = position >= 2 && { if case .stroke = marks[position - 2].shape { true } else { false } }()
                if !leader && spec.areas[index].key != spec.highlightedKey {
                    #expect(
                        map.fits(mark.frame, in: spec.areas[index].geometry, projection), "\(spec.areas[index].name)")
                    inside += 1
                }
            }
            // Short numbers fit nearly every Bezirksregion of a Bezirk, even on a half-width map.
            #expect(Double(inside) >= Double(spec.areas.count) * 0.6, "\(inside) of \(spec.areas.count)")
        }
    }
}
