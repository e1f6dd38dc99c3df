import Foundation
import Layout
import Testing

@testable import IndicatorData
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
        let files = try IndicatorStore(at: data.store).provenance()
        #expect(files.count == 6)
        #expect(files.allSatisfy { $0.checksum.hasPrefix("fnv1a64:") })
        #expect(files.filter { $0.file.hasSuffix("values.csv") }.map(\.rows) == [3, 3])
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

extension MiniImportTests {
    @Test("a ratio delivered with numerator and denominator aggregates as ratio of sums, with suppression")
    func ratioWithParts() throws {
        let data = try MiniDataset()
        try data.write("quotes.csv", "key;quote;zaehler;nenner\nA1;10,0;10;100\nA2;50,0;150;300\nA3;20,0;4;20\n")
        try data.write(
            "indicators.yaml",
            MiniDataset.catalogueYAML + """

                  - { key: quote, name: Quote, unit: "%", topic: T, source: S, aggregation: ratio, minimum-count: 50 }
                """)
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(
                of: "points:",
                with: """
                      - { file: quotes.csv, level: area, period: 2020-12-31, key: key, columns: { quote: quote },
                          numerators: { quote: zaehler }, denominators: { quote: nenner } }
                    points:
                    """))
        try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let period = try #require(Period("2020-12-31"))
        let city = try #require(snapshot.city).id
        let total = snapshot.value("quote", of: city, period: period)
        #expect(total.value.map { abs($0 - 164.0 / 420 * 100) } ?? 1 < 1e-9)
        #expect(total.numerator == 164 && total.denominator == 420)
        let a3 = snapshot.value("quote", of: AreaID(level: "area", key: "A3"), period: period)
        #expect(a3.status == .suppressed && a3.note?.hasPrefix("primär") == true)
        let a1 = snapshot.value("quote", of: AreaID(level: "area", key: "A1"), period: period)
        #expect(a1.status == .suppressed && a1.note?.hasPrefix("sekundär") == true)
        #expect(snapshot.value("quote", of: AreaID(level: "area", key: "A2"), period: period).value == 50)
    }
}
