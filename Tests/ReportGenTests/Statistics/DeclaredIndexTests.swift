import Foundation
import Testing
import Yams

@testable import IndicatorData
@testable import ReportGen

/// An index of another design than the MSS (weights, an inverted component, the mean, a base, quantile classes and
/// fixed limits) on five areas, against numbers worked out by hand.
@Suite("A declared index with weights and quantile classes is computed as worked out by hand")
struct DeclaredIndexTests {
    let period = Period("2020-12-31")
    let keys = ["a", "b", "c", "d", "e"]
    let catalogue = """
        - { key: pop, name: Einwohner, topic: T, source: S, aggregation: sum }
        - { key: x, name: X, topic: T, source: S, aggregation: none }
        - { key: y, name: Y, topic: T, source: S, aggregation: none }
        - { key: score, name: Index, topic: T, source: S,
            formula: { index: { level: area, components: [{ indicator: x, weight: 2 }, "-y"],
                                base: { indicator: pop, minimum: 100 }, combine: mean } } }
        - { key: halves, name: Hälften, topic: T, source: S, scale: categorical,
            formula: { classes: { of: score, quantiles: 2 } }, categories: { "1": unten, "2": oben } }
        - { key: quartiles, name: Quartile, topic: T, source: S, scale: categorical,
            formula: { classes: { of: score, quantiles: 4 } }, categories: { "1": q1, "2": q2, "3": q3, "4": q4 } }
        - { key: fixed, name: Feste Grenzen, topic: T, source: S, scale: categorical,
            formula: { classes: { of: score, limits: [0, 1] } },
            categories: { "1": niedrig, "2": mittel, "3": hoch } }
        - { key: bands, name: Bänder, topic: T, source: S, scale: categorical,
            formula: { classes: { of: score, standard-deviations: [-1, 1] } },
            categories: { "1": unter, "2": um, "3": über } }
        - { key: crossed, name: Kreuz, topic: T, source: S, scale: categorical,
            formula: { cross: [halves, fixed] },
            categories: { "11": a, "12": b, "13": c, "21": d, "22": e, "23": f } }
        """

    func derived() throws -> ValueTable {
        let period = try #require(period)
        let indicators = try YAMLDecoder().decode([Indicator].self, from: catalogue)
        let hierarchy = AreaHierarchy(
            levels: [SpatialLevel(key: "area", name: "Area", parent: nil)],
            areas: keys.map { (AreaID(level: "area", key: $0), nil) })
        var table = ValueTable()
        // e has 50 inhabitants, below the base of 100: it gets no index and does not enter the z-scores.
        let delivered: [String: [Double]] = [
            "pop": [500, 500, 500, 500, 50], "x": [1, 2, 3, 6, 100], "y": [4, 4, 0, 0, 100],
        ]
        for (indicator, values) in delivered {
            for (key, value) in zip(keys, values) {
                table[indicator, AreaID(level: "area", key: key), period] = ValueRecord(
                    value: value, sourceStatus: .valid, status: .valid, origin: .imported)
            }
        }
        Derivation(hierarchy: hierarchy, indicators: indicators).run(on: &table)
        return table
    }

    func values(_ indicator: String, in table: ValueTable) throws -> [Double?] {
        let period = try #require(period)
        return keys.map { table[indicator, AreaID(level: "area", key: $0), period]?.value }
    }

    @Test("weighted mean of z-scores: x (weight 2, mean 3, SD √3,5) and inverted y (weight 1, mean 2, SD 2)")
    func score() throws {
        let table = try derived()
        let sd = 3.5.squareRoot()
        let byHand = [(2 * -2 / sd - 1) / 3, (2 * -1 / sd - 1) / 3, (0 + 1) / 3.0, (2 * 3 / sd + 1) / 3]
        let computed = try values("score", in: table)
        for (value, expected) in zip(computed, byHand) {
            #expect(abs((value ?? .nan) - expected) < 1e-12)
        }
        // by hand to four places: -1,0460, -0,6897, 0,3333, 1,4024
        #expect(abs((computed[0] ?? .nan) + 1.0460) < 1e-4 && abs((computed[3] ?? .nan) - 1.4024) < 1e-4)
        let day = try #require(period)
        let below = try #require(table["score", AreaID(level: "area", key: "e"), day])
        #expect(below.value == nil && below.status == .suppressed)
        #expect(below.note?.contains("ohne Index") == true && below.note?.contains("Mindestwert 100") == true)
    }

    @Test("quantile classes, fixed limits, standard-deviation bands and crossed classes")
    func classes() throws {
        let table = try derived()
        #expect(try values("halves", in: table) == [1, 1, 2, 2, nil])
        #expect(try values("quartiles", in: table) == [1, 2, 3, 4, nil])
        #expect(try values("fixed", in: table) == [1, 1, 2, 3, nil])
        // scores have mean 0 and SD √((1,0460² + 0,6897² + 0,3333² + 1,4024²)/4) = 0,9549: a -1,10 SD, d +1,47 SD
        #expect(try values("bands", in: table) == [1, 2, 2, 3, nil])
        #expect(try values("crossed", in: table) == [11, 11, 22, 23, nil])
        let day = try #require(period)
        let crossed = try #require(table["crossed", AreaID(level: "area", key: "e"), day])
        #expect(crossed.status == .suppressed)
    }
}
