import Testing

@testable import IndicatorData
@testable import ReportGen

/// A city with two districts; district A has three areas, district B one.
private struct Fixture {
    let hierarchy = AreaHierarchy(
        levels: [
            SpatialLevel(key: "city", name: "City", parent: nil),
            SpatialLevel(key: "district", name: "District", parent: "city"),
            SpatialLevel(key: "area", name: "Area", parent: "district"),
        ],
        areas: [
            (AreaID(level: "city", key: "C"), nil),
            (AreaID(level: "district", key: "A"), "C"), (AreaID(level: "district", key: "B"), "C"),
            (AreaID(level: "area", key: "A1"), "A"), (AreaID(level: "area", key: "A2"), "A"),
            (AreaID(level: "area", key: "A3"), "A"), (AreaID(level: "area", key: "B1"), "B"),
        ])
    let period = Period("2020-12-31")!

    func counts(_ values: [String: Double], minimum: Double = 3) throws -> ValueTable {
        let indicator = try Indicator.make(key: "n", aggregation: "sum", minimumCount: minimum)
        var table = ValueTable()
        for (key, value) in values {
            table["n", AreaID(level: "area", key: key), period] = ValueRecord(
                value: value, sourceStatus: .valid, status: .valid, origin: .imported)
        }
        Derivation(hierarchy: hierarchy, indicators: [indicator]).run(on: &table)
        return table
    }

    func status(_ table: ValueTable, _ level: String, _ key: String) -> ValueStatus? {
        table["n", AreaID(level: level, key: key), period]?.status
    }
}

extension Indicator {
    /// An indicator from a YAML snippet, as the catalogue would declare it.
    static func make(
        key: String, aggregation: String, minimumCount: Double?, formula: String? = nil
    ) throws -> Indicator {
        var yaml = "key: \(key)\nname: \(key)\ntopic: Test\nsource: Test\naggregation: \(aggregation)\n"
        if let minimumCount { yaml += "minimum-count: \(minimumCount)\n" }
        if let formula { yaml += "formula: \(formula)\n" }
        return try YAMLFileTestDecoder.decode(Indicator.self, yaml)
    }
}

@Suite("Disclosure control")
struct DisclosureControlTests {
    @Test("a count below the minimum is suppressed; zero and larger counts stay")
    func primary() throws {
        let fixture = Fixture()
        let table = try fixture.counts(["A1": 2, "A2": 0, "A3": 40, "B1": 50], minimum: 3)
        #expect(fixture.status(table, "area", "A1") == .suppressed)
        #expect(fixture.status(table, "area", "B1") == .valid)
        #expect(table["n", AreaID(level: "area", key: "A1"), fixture.period]?.note?.hasPrefix("primär") == true)
    }

    @Test("a second value in the same group is suppressed so the first cannot be recomputed from the parent")
    func secondary() throws {
        let fixture = Fixture()
        let table = try fixture.counts(["A1": 2, "A2": 10, "A3": 40, "B1": 50])
        #expect(fixture.status(table, "district", "A") == .valid)
        #expect(fixture.status(table, "area", "A2") == .suppressed)  // the smallest published sibling
        #expect(fixture.status(table, "area", "A3") == .valid)
        let hidden = ["A1", "A2", "A3"].filter { fixture.status(table, "area", $0) == .suppressed }
        #expect(hidden.count != 1)
    }

    @Test("an only child that is suppressed takes its parent with it, and then a sibling of the parent")
    func onlyChild() throws {
        let fixture = Fixture()
        let table = try fixture.counts(["A1": 20, "A2": 10, "A3": 40, "B1": 2])
        #expect(fixture.status(table, "area", "B1") == .suppressed)
        #expect(fixture.status(table, "district", "B") == .suppressed)
        #expect(fixture.status(table, "district", "A") == .suppressed)
        #expect(fixture.status(table, "city", "C") == .valid)
        // District A is withheld while all its areas are shown: one of them must be withheld too.
        #expect(["A1", "A2", "A3"].contains { fixture.status(table, "area", $0) == .suppressed })
    }

    @Test("no suppressed value can be recomputed by subtraction anywhere in the hierarchy")
    func noRecomputation() throws {
        let fixture = Fixture()
        for values in [
            ["A1": 1.0, "A2": 5, "A3": 7, "B1": 9], ["A1": 2, "A2": 2, "A3": 30, "B1": 1],
            ["A1": 100, "A2": 1, "A3": 1, "B1": 100],
        ] {
            let table = try fixture.counts(values)
            for (parent, groups) in fixture.hierarchy.childrenByArea {
                for children in groups.values where fixture.status(table, parent.level, parent.key) == .valid {
                    let hidden = children.filter { fixture.status(table, $0.level, $0.key) == .suppressed }
                    #expect(hidden.count != 1, "\(values): \(parent) shows all but one child")
                }
            }
        }
    }

    @Test("a computed share whose numerator is suppressed is suppressed too")
    func computedInheritsSuppression() throws {
        let fixture = Fixture()
        let count = try Indicator.make(key: "n", aggregation: "sum", minimumCount: 3)
        let base = try Indicator.make(key: "pop", aggregation: "sum", minimumCount: nil)
        let share = try Indicator.make(
            key: "share", aggregation: "ratio", minimumCount: nil,
            formula: "{ share: { numerator: n, denominator: pop } }")
        var table = ValueTable()
        for (key, n, pop) in [("A1", 2.0, 100.0), ("A2", 30, 100), ("A3", 30, 100), ("B1", 40, 100)] {
            let area = AreaID(level: "area", key: key)
            table["n", area, fixture.period] = ValueRecord(
                value: n, sourceStatus: .valid, status: .valid, origin: .imported)
            table["pop", area, fixture.period] = ValueRecord(
                value: pop, sourceStatus: .valid, status: .valid, origin: .imported)
        }
        Derivation(hierarchy: fixture.hierarchy, indicators: [count, base, share]).run(on: &table)
        #expect(table["share", AreaID(level: "area", key: "A1"), fixture.period]?.status == .suppressed)
        #expect(table["share", AreaID(level: "area", key: "A1"), fixture.period]?.value == 2)
        #expect(
            table["share", AreaID(level: "district", key: "A"), fixture.period]?.value.map { abs($0 - 62 / 3) }
                ?? 1 < 1e-9)
    }
}

@Suite("Disclosure control on the Berlin data")
struct BerlinDisclosureTests {
    @Test("no withheld computed value can be recomputed from operands that are all published")
    func computedValuesStayHidden() throws {
        let snapshot = try BerlinStore.get().snapshot
        var checked = 0
        for indicator in snapshot.indicators {
            guard let formula = indicator.formula else { continue }
            for period in snapshot.periods(of: indicator.key) {
                for level in snapshot.levels {
                    for area in snapshot.areas(level: level.key) {
                        guard snapshot.value(indicator.key, of: area.id, period: period).status == .suppressed else {
                            continue
                        }
                        let operands = formula.operands.map {
                            snapshot.value($0.indicator, of: area.id, period: $0.period ?? period).status
                        }
                        #expect(operands.contains { $0 != .valid }, "\(indicator.key) \(area.id) \(period)")
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 0)
        // The case the review found: the old-age ratio of Planungsraum 05300838 in mid-2022.
        let period = try #require(Period("2022-06-30"))
        let area = AreaID(level: "planungsraum", key: "05300838")
        #expect(snapshot.value("altenquotient", of: area, period: period).status == .suppressed)
        let published = ["ew_65plus", "ew_18_65"].filter {
            snapshot.value($0, of: area, period: period).status == .valid
        }
        #expect(published.count < 2)
    }
}
