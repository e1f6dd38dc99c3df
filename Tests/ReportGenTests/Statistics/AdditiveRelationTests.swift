import Testing

@testable import IndicatorData
@testable import ReportGen

/// A total and its parts (population = its age groups): declared in the catalogue or found in the data, and
/// protected so that a withheld part is not the total minus the others.
@Suite("Totals that are sums of other indicators are protected like parents")
struct AdditiveRelationTests {
    let period = Period("2022-06-30")!
    let areas = (1...6).map { AreaID(level: "area", key: "P\($0)") }

    var hierarchy: AreaHierarchy {
        AreaHierarchy(levels: [SpatialLevel(key: "area", name: "Area", parent: nil)], areas: areas.map { ($0, nil) })
    }

    /// total = young + middle + old in six areas; area P1 has only 2 young people.
    func table() -> ValueTable {
        var table = ValueTable()
        for (index, area) in areas.enumerated() {
            let young = index == 0 ? 2.0 : Double(10 + index)
            let middle = Double(50 + 3 * index)
            let old = Double(20 + 7 * index)
            for (key, value) in [("total", young + middle + old), ("young", young), ("middle", middle), ("old", old)] {
                table[key, area, period] = ValueRecord(
                    value: value, sourceStatus: .valid, status: .valid, origin: .imported)
            }
        }
        return table
    }

    func indicators() throws -> [Indicator] {
        try [
            Indicator.make(key: "total", aggregation: "sum", minimumCount: nil),
            Indicator.make(key: "young", aggregation: "sum", minimumCount: 3),
            Indicator.make(key: "middle", aggregation: "sum", minimumCount: 3),
            Indicator.make(key: "old", aggregation: "sum", minimumCount: 3),
        ]
    }

    @Test("without the relation the withheld part is the total minus the others; with it, a second part is withheld")
    func protectsTheSum() throws {
        var unprotected = table()
        Derivation(hierarchy: hierarchy, indicators: try indicators()).run(on: &unprotected)
        let shownWithout = ["total", "middle", "old"].filter { unprotected[$0, areas[0], period]?.status == .valid }
        #expect(unprotected["young", areas[0], period]?.status == .suppressed)
        #expect(shownWithout.count == 3, "the leak this test is about is gone without the relation")

        var protected = table()
        let relation = AdditiveRelation(total: "total", parts: ["young", "middle", "old"])
        Derivation(hierarchy: hierarchy, indicators: try indicators(), relations: [relation]).run(on: &protected)
        let hidden = ["total", "young", "middle", "old"].filter {
            protected[$0, areas[0], period]?.status == .suppressed
        }
        #expect(hidden.count >= 2 && hidden.contains("young"))
        #expect(protected["old", areas[0], period]?.note?.contains("schützt young") == true)
    }

    @Test("an undeclared sum is found where the delivered values sum exactly, and nothing else is")
    func detectsTheSum() throws {
        let found = RelationDetector().detect(in: table(), indicators: try indicators())
        #expect(found == [AdditiveRelation(total: "total", parts: ["middle", "old", "young"])])
        var broken = table()
        broken["total", areas[3], period]?.value = 1
        #expect(RelationDetector().detect(in: broken, indicators: try indicators()).isEmpty)
    }

    @Test("the catalogue declares parts; an unknown part is refused naming the catalogue")
    func declaredParts() throws {
        var total = try Indicator.make(key: "total", aggregation: "sum", minimumCount: nil)
        total.parts = ["young", "midle"]
        let indicators = try [total] + indicators().dropFirst()
        #expect(throws: DataError.unknownIndicator(file: "cat.yaml", indicator: "midle", suggestions: ["middle"])) {
            try AdditiveRelation.declared(in: indicators, file: "cat.yaml")
        }
    }
}
