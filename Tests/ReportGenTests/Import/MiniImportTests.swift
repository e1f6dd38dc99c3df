import Foundation
import Layout
import Testing

@testable import ReportGen

@Suite("Import of a small dataset")
struct MiniImportTests {
    @Test("areas, values with markers, a dissolved city, computed shares and Kitas in WGS84 all arrive")
    func importsEverything() throws {
        let data = try MiniDataset()
        let report = try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let period = try #require(Period("2020-12-31"))
        let a1 = AreaID(level: "area", key: "A1")
        let a2 = AreaID(level: "area", key: "A2")
        #expect(snapshot.areas(level: "area").count == 3)
        #expect(snapshot.value("pop", of: a1, period: period).value == 1234)
        #expect(snapshot.value("pop", of: a2, period: period).value == 1675)
        #expect(snapshot.value("kids", of: a2, period: period).status == .missing)
        #expect(snapshot.value("kids", of: AreaID(level: "area", key: "A3"), period: period).status == .suppressed)
        let city = try #require(snapshot.city)
        let total: Double = 1234 + 1675 + 500
        #expect(snapshot.value("pop", of: city.id, period: period).value == total)
        #expect(snapshot.value("kids_share", of: a1, period: period).value.map { abs($0 - 1200.0 / 1234) } ?? 1 < 1e-9)
        let outline = try #require(snapshot.geometry(of: city.id))
        #expect(outline.polygons.count == 1)
        #expect(outline.bounds == Bounds(minX: 375_000, minY: 5_815_000, maxX: 405_000, maxY: 5_825_000))
        let kita = try #require(snapshot.pointsOfInterest(category: "kita").first)
        #expect(kita.area == a1)
        #expect(kita.attributes["plaetze"] == "120")
        #expect(snapshot.value("kitas", of: a1, period: try #require(Period("2022-12-31"))).value == 1)
        #expect(report.unmatchedNames.isEmpty)
    }

    @Test("importing twice gives the same store; provenance records every file with a checksum")
    func reimport() throws {
        let data = try MiniDataset()
        try data.importAll()
        let first = try IndicatorStore(at: data.store).snapshot()
        try data.importAll()
        let second = try IndicatorStore(at: data.store).snapshot()
        #expect(first.values == second.values)
        let store = try IndicatorStore(at: data.store)
        let files = try store.read { db in try String.fetchAll(db, sql: "SELECT checksum FROM import") }
        #expect(files.count == 6)
        #expect(files.allSatisfy { $0.hasPrefix("fnv1a64:") })
    }

    @Test("a self-intersecting polygon is repaired and reported with its key")
    func repairsBowtie() throws {
        let data = try MiniDataset()
        let bowtie = "[[[375000,5815000],[385000,5825000],[385000,5815000],[375000,5825000],[375000,5815000]]]"
        try data.write(
            "areas.geojson",
            MiniDataset.areasGeoJSON.replacingOccurrences(
                of: MiniDataset.square(375_000, 5_815_000), with: bowtie))
        let report = try data.importAll()
        #expect(report.notes.contains { $0.contains("A3") && $0.contains("repaired") })
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        #expect(snapshot.geometry(of: AreaID(level: "area", key: "A3"))?.polygons.count == 2)
    }
}
