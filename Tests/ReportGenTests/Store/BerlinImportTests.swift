import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Berlin demo import")
struct BerlinImportTests {
    @Test("the import gives 542 Planungsräume, 143 Bezirksregionen, 12 Bezirke and one city")
    func levelCounts() throws {
        let snapshot = try BerlinStore.get().snapshot
        #expect(snapshot.areas(level: "planungsraum").count == 542)
        #expect(snapshot.areas(level: "bezirksregion").count == 143)
        #expect(snapshot.areas(level: "bezirk").count == 12)
        #expect(snapshot.areas(level: "bezirksregion-2017").count == 138)
        #expect(snapshot.areas(level: "ortsteil").count == 96)
        let city = try #require(snapshot.city)
        #expect(city.id == AreaID(level: "stadt", key: "11000000"))
        #expect(city.name == "Berlin")
        #expect(snapshot.areas(level: "bezirk").map(\.id.key) == (1...12).map { String(format: "%02d", $0) })
    }

    @Test("every Planungsraum hangs below a Bezirksregion, a Bezirk and the city")
    func hierarchy() throws {
        let snapshot = try BerlinStore.get().snapshot
        for area in snapshot.areas(level: "planungsraum") {
            let region = try #require(snapshot.parent(of: area.id))
            #expect(region.id.level == "bezirksregion")
            let district = try #require(snapshot.parent(of: region.id))
            #expect(district.id.level == "bezirk")
            #expect(snapshot.parent(of: district.id)?.id == snapshot.city?.id)
        }
        let tiergarten = AreaID(level: "bezirksregion", key: "011001")
        #expect(
            snapshot.children(of: tiergarten).map(\.id.key).sorted() == [
                "01100101", "01100102", "01100103",
                "01100104",
            ])
    }

    @Test("geometries are stored in EPSG:25833 metres, also those delivered in WGS84")
    func workingCRS() throws {
        let snapshot = try BerlinStore.get().snapshot
        #expect(snapshot.workingCRS == "EPSG:25833")
        for id in [
            AreaID(level: "bezirk", key: "01"), AreaID(level: "stadt", key: "11000000"),
            AreaID(level: "bezirksregion-2017", key: "010111"), AreaID(level: "planungsraum", key: "01100101"),
        ] {
            let bounds = try #require(snapshot.geometry(of: id)?.bounds)
            #expect(bounds.minX > 360_000 && bounds.maxX < 420_000, "\(id)")
            #expect(bounds.minY > 5_790_000 && bounds.maxY < 5_850_000, "\(id)")
        }
    }

    @Test("all 2880 Kitas lie inside the Planungsraum they are assigned to")
    func kitas() throws {
        let snapshot = try BerlinStore.get().snapshot
        let kitas = snapshot.pointsOfInterest(category: "kita")
        #expect(kitas.count == 2880)
        for kita in kitas {
            let area = try #require(kita.area)
            #expect(area.level == "planungsraum")
            #expect(snapshot.geometry(of: area)?.contains(kita.position) == true)
        }
        let city = try #require(snapshot.city)
        #expect(snapshot.pointsOfInterest(category: "kita", in: city.id).count == 2880)
        let period = try #require(Period("2022-12-31"))
        #expect(snapshot.value("kita_plaetze", of: city.id, period: period).value == 194_979)
        #expect(snapshot.value("kitas", of: city.id, period: period).value == 2880)
    }

    @Test("the six MSS values marked -9999 are invalid, never -9999")
    func invalidMSSValues() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let values = snapshot.areas(level: "planungsraum").map {
            snapshot.value("kinderarmut", of: $0.id, period: period)
        }
        #expect(values.filter { $0.status == .invalid }.count == 6)
        #expect(values.filter { $0.status == .invalid }.allSatisfy { $0.value == nil })
        #expect(!values.contains { $0.value == -9999 })
    }

    @Test(
        "the 30 en-dash cells of the population table are true zeros: published as 0, or withheld by disclosure control, never missing"
    )
    func enDashCells() throws {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2022-06-30"))
        let columns = [
            "einwohner", "ew_u6", "ew_6_15", "ew_15_18", "ew_18_27", "ew_27_45", "ew_45_55", "ew_55_65",
            "ew_65plus", "weiblich", "auslaender",
        ]
        let file = TestSupport.repoRoot.appendingPathComponent(
            "data/berlin/population/einwohnerbestand_06-2022_plr.csv")
        let rows = try String(contentsOf: file, encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst()
        var dashes: [(area: AreaID, indicator: String)] = []
        for row in rows {
            let fields = row.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            guard let key = fields.last else { continue }
            for (column, field) in zip(columns, fields) where field == "–" {
                dashes.append((AreaID(level: "planungsraum", key: key), column))
            }
        }
        #expect(dashes.count == 30)
        var published = 0
        for (area, indicator) in dashes {
            let value = try #require(snapshot.storedValue(indicator, of: area, period: period), "\(indicator) \(area)")
            switch value.status {
            case .valid:
                #expect(value.value == 0 && value.note == "– = nichts vorhanden (genau null)", "\(indicator) \(area)")
                published += 1
            case .suppressed:
                #expect(value.note?.hasPrefix("sekundär") == true, "\(indicator) \(area): \(value.note ?? "")")
            case .missing, .invalid:
                Issue.record("\(indicator) \(area) is \(value.status)")
            }
        }
        #expect(published >= 25, "most true zeros are published")
    }

    @Test("the Latin-1 Ortsteil file is read through the manifest's encoding")
    func latin1Shapefile() throws {
        let snapshot = try BerlinStore.get().snapshot
        #expect(snapshot.areas(level: "ortsteil").contains { $0.name == "Weißensee" })
    }

    @Test("the 2017 Bezirksregion indicators join by name; every unmatched name is reported with candidates")
    func nameJoin2017() throws {
        let imported = try BerlinStore.get()
        let period = try #require(Period("2017-12-31"))
        let areas = imported.snapshot.areas(level: "bezirksregion-2017")
        let withValues = areas.filter {
            imported.snapshot.value("sprachdefizite", of: $0.id, period: period).value != nil
        }
        let unmatched = imported.report.unmatchedNames.filter { $0.contains("bezirksregion-2017") }
        #expect(withValues.count + unmatched.count == 138)
        #expect(withValues.count >= 130)
        #expect(unmatched.allSatisfy { $0.contains("nearest:") && $0.contains("indikatoren.csv") })
        let heerstrasse = try #require(areas.first { $0.name == "Heerstraße" })
        #expect(imported.snapshot.value("sprachdefizite", of: heerstrasse.id, period: period).status == .valid)
    }

    @Test("internal indicators are marked so; metadata carries source and reference date")
    func metadata() throws {
        let snapshot = try BerlinStore.get().snapshot
        #expect(snapshot.indicator(key: "mss_statusindex")?.visibility == .internal)
        let poverty = try #require(snapshot.indicator(key: "kinderarmut"))
        #expect(poverty.visibility == .public)
        #expect(poverty.polarity == .higherIsWorse)
        #expect(poverty.referenceDate == Period("2020-12-31"))
        #expect(poverty.source.contains("Monitoring Soziale Stadtentwicklung"))
        #expect(
            poverty.aggregation == .weightedMean(weight: OperandRef(indicator: "ew_u15", period: Period("2022-06-30"))))
    }
}

@Suite("Name join of the 2017 Bezirksregion data")
struct NameJoin2017Tests {
    @Test("without aliases, 137 of 138 names join after normalising and the abbreviated one is reported")
    func withoutAliases() throws {
        let berlin = TestSupport.repoRoot.appendingPathComponent("data/berlin").path
        let folder = try PDFInspection.temporaryDirectory()
        try TestSupport.write(
            """
            dataset: Test
            crs: EPSG:25833
            catalogue: \(berlin)/indicators.yaml
            levels: [ { key: bzr, name: Bezirksregion } ]
            areas:
              - { level: bzr, file: \(berlin)/bzr2017_kernindikatoren/bzr_lorxxx.topo.json, layer: lor_bezirksregionen,
                  crs: EPSG:4326, key: spatial_name, name: BZR_NAME }
            tables:
              - { file: \(berlin)/bzr2017_kernindikatoren/bz-data/*/bzr-data/*/indikatoren.csv, shape: long,
                  level: bzr, period: 2017-12-31, name-from: { file: bzr-overview.json, field: name },
                  indicator-column: name, value-column: wert, decimal-separator: ".",
                  columns: { E1: sprachdefizite } }
            """, to: folder.appendingPathComponent("import.yaml"))
        let report = try Importer.run(
            manifest: folder.appendingPathComponent("import.yaml"), into: folder.appendingPathComponent("s.sqlite"))
        let snapshot = try IndicatorStore(at: folder.appendingPathComponent("s.sqlite")).snapshot()
        let period = try #require(Period("2017-12-31"))
        let joined = snapshot.areas(level: "bzr").filter {
            snapshot.value("sprachdefizite", of: $0.id, period: period).status != .missing
        }
        #expect(joined.count == 137)
        #expect(report.unmatchedNames.count == 1)
        let line = try #require(report.unmatchedNames.first)
        #expect(line.contains("Kölln. Vorstadt/") && line.contains("nearest: 'Köllnische Vorstadt/Spindlersfeld'"))
        #expect(line.contains("koellnvorstadtspindlersf/indikatoren.csv"))
    }
}
