import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Snapshot queries")
struct SnapshotQueryTests {
    @Test("ranks among siblings count the areas with a value; the highest value ranks first")
    func ranks() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let districts = snapshot.areas(level: "bezirk")
        let values = districts.compactMap { snapshot.value("kinderarmut", of: $0.id, period: period).value }
        let highest = try #require(
            districts.max {
                (snapshot.value("kinderarmut", of: $0.id, period: period).value ?? 0)
                    < (snapshot.value("kinderarmut", of: $1.id, period: period).value ?? 0)
            })
        #expect(
            snapshot.rank(of: highest.id, by: "kinderarmut", period: period) == Rank(position: 1, count: values.count))
        #expect(snapshot.rank(of: highest.id, by: "kinderarmut", period: period, order: .ascending)?.position == 12)
    }

    @Test("a time series lists every period of an area, oldest first")
    func timeSeries() throws {
        let snapshot = try BerlinStore.get().snapshot
        let city = try #require(snapshot.city)
        let series = snapshot.timeSeries("einwohner", of: city.id)
        #expect(series.map(\.period.iso) == ["2017-12-31", "2020-12-31", "2022-06-30", "2023-12-31"])
        #expect(series.allSatisfy { $0.value.status == .valid })
    }

    @Test("an unknown value is missing, and suppressed values carry no number")
    func statuses() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("1999-12-31"))
        #expect(snapshot.value("einwohner", of: AreaID(level: "bezirk", key: "01"), period: period) == .missing)
        let suppressions = try IndicatorStore(at: BerlinStore.get().url).suppressions()
        for suppression in suppressions {
            let value = snapshot.value(suppression.indicator, of: suppression.area, period: suppression.period)
            #expect(value.status == .suppressed && value.value == nil && value.denominator == nil)
        }
    }

    @Test("children are sorted by name; the parent of the city is nil")
    func navigation() throws {
        let snapshot = try BerlinStore.get().snapshot
        let city = try #require(snapshot.city)
        let names = snapshot.children(of: city.id, level: "bezirk").map(\.name)
        #expect(names == names.sorted())
        #expect(names.count == 12)
        #expect(snapshot.parent(of: city.id) == nil)
    }
}
