import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Aggregation of the Berlin data")
struct BerlinAggregationTests {
    let tiergarten = AreaID(level: "bezirksregion", key: "011001")

    @Test("a Bezirksregion's population is the sum of its Planungsräume")
    func sumOfCounts() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2022-06-30"))
        let children = snapshot.children(of: tiergarten, level: "planungsraum")
        let byHand = try children.map { try #require(snapshot.value("einwohner", of: $0.id, period: period).value) }
            .reduce(0, +)
        #expect(snapshot.value("einwohner", of: tiergarten, period: period).value == byHand)
        #expect(byHand > 10_000)
    }

    @Test("child poverty of a Bezirksregion is weighted by children under 15, not by all residents")
    func weightedByChildren() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let weights = try #require(Period("2022-06-30"))
        var weighted = 0.0
        var children = 0.0
        var byResidents = 0.0
        var residents = 0.0
        var plain: [Double] = []
        for area in snapshot.children(of: tiergarten, level: "planungsraum") {
            let share = try #require(snapshot.value("kinderarmut", of: area.id, period: period).value)
            let under6 = try #require(snapshot.value("ew_u6", of: area.id, period: weights).value)
            let from6to15 = try #require(snapshot.value("ew_6_15", of: area.id, period: weights).value)
            let population = try #require(snapshot.value("einwohner", of: area.id, period: period).value)
            weighted += share * (under6 + from6to15)
            children += under6 + from6to15
            byResidents += share * population
            residents += population
            plain.append(share)
        }
        let stored = try #require(snapshot.value("kinderarmut", of: tiergarten, period: period).value)
        #expect(abs(stored - weighted / children) < 1e-9)
        #expect(abs(stored - byResidents / residents) > 1e-6)
        #expect(abs(stored - plain.reduce(0, +) / Double(plain.count)) > 1e-6)
        #expect(snapshot.value("kinderarmut", of: tiergarten, period: period).denominator == children)
    }

    @Test("a computed share of a Bezirk is the ratio of its summed counts")
    func computedShare() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2022-06-30"))
        let mitte = AreaID(level: "bezirk", key: "01")
        let under18 = try ["ew_u6", "ew_6_15", "ew_15_18"].map {
            try #require(snapshot.value($0, of: mitte, period: period).value)
        }.reduce(0, +)
        let population = try #require(snapshot.value("einwohner", of: mitte, period: period).value)
        let share = try #require(snapshot.value("anteil_u18", of: mitte, period: period).value)
        #expect(abs(share - under18 / population * 100) < 1e-9)
    }

    @Test("the old-age dependency ratio and the change between periods are computed at every level")
    func quotientAndChange() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2022-06-30"))
        let city = try #require(snapshot.city).id
        let old = try #require(snapshot.value("ew_65plus", of: city, period: period).value)
        let working = try #require(snapshot.value("ew_18_65", of: city, period: period).value)
        #expect(
            snapshot.value("altenquotient", of: city, period: period).value.map { abs($0 - old / working * 100) }
                ?? 1 < 1e-9)
        let earlier = try #require(Period("2020-12-31"))
        let before = try #require(snapshot.value("einwohner", of: city, period: earlier).value)
        let after = try #require(snapshot.value("einwohner", of: city, period: period).value)
        let change = try #require(snapshot.value("einwohner_veraenderung", of: city, period: period).value)
        #expect(abs(change - (after - before) / before * 100) < 1e-9)
    }

    @Test("the z-score composite index has mean zero among the Planungsräume")
    func zScoreIndex() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let scores = snapshot.areas(level: "planungsraum").compactMap {
            snapshot.value("sozialindex", of: $0.id, period: period).value
        }
        #expect(scores.count == 536)
        #expect(abs(scores.reduce(0, +) / Double(scores.count)) < 1e-9)
    }
}
