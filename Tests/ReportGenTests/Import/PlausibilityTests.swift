import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// What is possible but rarely right is a warning naming the areas (an error with `--strict`).
@Suite("Plausibility at import")
struct PlausibilityTests {
    static let shareCatalogue = MiniDataset.catalogueYAML.replacingOccurrences(
        of: "indicators:\n", with: "indicators:\n  - { key: quote, name: Quote, unit: \"%\", topic: T, source: S }\n")

    func warnings(values: String, manifest: String = MiniDataset.manifestYAML, catalogue: String? = nil) throws
        -> [String]
    {
        let data = try MiniDataset()
        try data.write("values.csv", values)
        try data.write("import.yaml", manifest)
        if let catalogue { try data.write("indicators.yaml", catalogue) }
        return try data.importAll().warnings
    }

    static let withShare = MiniDataset.manifestYAML.replacingOccurrences(
        of: "columns: { pop: pop, kids: kids }", with: "columns: { pop: pop, kids: kids, quote: quote }")

    @Test("a share above 100 % names its area")
    func shareOutside() throws {
        let found = try warnings(
            values: "key;pop;kids;quote\nA1;100;5;12,5\nA2;200;6;120\nA3;300;7;3\n", manifest: Self.withShare,
            catalogue: Self.shareCatalogue)
        #expect(found.count == 1)
        #expect(found.first?.contains("quote: shares outside 0–100 %: area A2 Süd") == true)
    }

    @Test("a negative count names its area")
    func negativeCount() throws {
        let found = try warnings(values: "key;pop;kids\nA1;100;5\nA2;-200;6\nA3;300;7\n")
        #expect(found == ["pop: negative counts: area A2 Süd 2020-12-31: −200"])
    }

    @Test("a count with three decimals looks like a thousands separator read as a decimal point")
    func thousands() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "key: key, missing:", with: "key: key, decimal-separator: \".\", missing:")
        let found = try warnings(values: "key;pop;kids\nA1;12.345;5\nA2;200;6\nA3;300;7\n", manifest: manifest)
        #expect(found.count == 1)
        #expect(found.first?.contains("pop: counts with three decimals") == true)
        #expect(found.first?.contains("area A1 Nordstraße") == true)
    }

    @Test("a delivered city total that differs from the sum of its areas")
    func totals() throws {
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "points:",
            with: """
                  - { file: city.csv, level: city, period: 2020-12-31, key: key, columns: { pop: pop } }
                points:
                """)
        let data = try MiniDataset()
        try data.write("values.csv", "key;pop;kids\nA1;100;5\nA2;200;6\nA3;300;7\n")
        try data.write("city.csv", "key;pop\nC;700\n")
        try data.write("import.yaml", manifest)
        #expect(
            try data.importAll().warnings == [
                "pop 2020-12-31: city C Testdorf has 700, its 3 area areas add up to 600 (more than 1 % apart)"
            ])
        try data.write("city.csv", "key;pop\nC;603\n")
        #expect(try data.importAll().warnings.isEmpty, "within 1 %")
    }

    @Test("a child area outside its parent names both and where it lies")
    func childOutside() throws {
        let (data, districtManifest) = try MiniDataset.withDistricts()
        try data.write("areas.csv", "id;district\nA1;D1\nA2;D1\nA3;D1\n")
        let manifest =
            districtManifest
            .replacingOccurrences(of: "parent: { value: C } }\ntables", with: "parent: { value: D1 } }\ntables")
        try data.write(
            "import.yaml",
            manifest.replacingOccurrences(
                of: "file: areas.geojson, key: id, name: name, parent: { value: C }",
                with: "file: areas.geojson, key: id, name: name, parent: { value: D1 }"))
        let found = try data.importAll().warnings.filter { $0.contains("parent") }
        #expect(found == ["area A3 West lies outside its parent district D1 Ost, in district D2 West"])
    }

    @Test("most points outside every area: one summary warning, the points as details")
    func pointsOutside() throws {
        let data = try MiniDataset()
        try data.write(
            "kitas.csv",
            "nr,name,lon,lat,plaetze\n1,Kita am Alex,13.4132,52.5219,120\n2,Fern,10.0,48.0,10\n3,Ferner,9.0,48.0,10\n")
        let report = try data.importAll()
        let warnings = report.warnings.filter { $0.contains("points") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("2 of 3 kita points lie in no area — most of them") == true)
        #expect(report.details.count == 2)
        #expect(report.details.first?.contains("kitas.csv:3: kita 2 lies in no area") == true)
    }

    @Test("points without coordinates are skipped with a note; duplicate ids are a warning")
    func pointsWithoutCoordinatesAndDuplicates() throws {
        let data = try MiniDataset()
        try data.write(
            "kitas.csv",
            "nr,name,lon,lat,plaetze\n1,Kita am Alex,13.4132,52.5219,120\n2,Ohne Ort,,,10\n1,Doppelt,13.41,52.52,5\n")
        let report = try data.importAll()
        #expect(report.counts.points == 1)
        #expect(
            report.notes.contains { $0.contains("1 of 3 kita points have no coordinates and were skipped (lines 3)") })
        #expect(
            report.warnings.contains {
                $0.contains("kita ids appear more than once") && $0.contains("1 (lines 2 and 4)")
            })
    }

    @Test("a layer crs: that contradicts its own CRS is refused with both extents, unless forced")
    func crsContradiction() throws {
        let data = try MiniDataset()
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "file: areas.geojson,", with: "file: areas.geojson, crs: \"EPSG:25832\",")
        try data.write("import.yaml", manifest)
        let error = try #require(throws: DataError.self) { try data.importAll() }
        guard case .crsContradiction(_, let declared, let declaredExtent, let prjExtent) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(declared == "EPSG:25832")
        #expect(prjExtent == "x 375.000 … 405.000, y 5.815.000 … 5.825.000 (EPSG:25833)")
        #expect(declaredExtent != prjExtent)
        #expect(error.description.contains("force-crs: true"))
        try data.write(
            "import.yaml",
            manifest.replacingOccurrences(of: "crs: \"EPSG:25832\",", with: "crs: \"EPSG:25832\", force-crs: true,"))
        let report = try data.importAll()
        #expect(report.warnings.contains { $0.contains("1 of 1 kita points lie in no area") })
    }

    @Test("--strict turns warnings into an error and leaves the store as it was")
    func strict() throws {
        let data = try MiniDataset()
        try data.importAll()
        let before = try Data(contentsOf: data.store)
        try data.write("values.csv", "key;pop;kids\nA1;100;5\nA2;-200;6\nA3;300;7\n")
        let error = try #require(throws: DataError.self) {
            try Importer.run(manifest: data.manifest, into: data.store, options: ImportOptions(strict: true))
        }
        #expect(error == .implausible(warnings: ["pop: negative counts: area A2 Süd 2020-12-31: −200"]))
        #expect(error.description.hasPrefix("warning: pop: negative counts"))
        #expect(try Data(contentsOf: data.store) == before)
    }
}

extension PlausibilityTests {
    @Test("a report per point is refused for a category whose ids were duplicated")
    func duplicatesRefusedForEachPoint() throws {
        let data = try MiniDataset()
        try data.write(
            "kitas.csv", "nr,name,lon,lat,plaetze\n1,Kita am Alex,13.4132,52.5219,120\n1,Doppelt,13.41,52.52,5\n")
        try data.importAll()
        let template = """
            report:
              title: "Anlage {{ poi.name }}"
              for-each: { points: kita }
            body:
              - heading: "{{ poi.name }}"
            """
        try data.write("anlage.yaml", template)
        let error = try #require(throws: DataError.self) {
            try TemplateRun(template: data.path("anlage.yaml"), storePath: data.store.path, audience: nil)
        }
        #expect(error.description.contains("anlage.yaml:3:"))
        #expect(error.description.contains("the kita points have ids that appear more than once in their source (1)"))

        try data.write("kitas.csv", MiniDataset.kitasCSV)
        try data.importAll()
        _ = try TemplateRun(template: data.path("anlage.yaml"), storePath: data.store.path, audience: nil)
    }

    @Test("a duplicated id with a space in it is recorded whole, not cut at the space")
    func duplicateIDWithSpace() throws {
        let data = try MiniDataset()
        try data.write(
            "kitas.csv",
            "nr,name,lon,lat,plaetze\nKita 7,Kita am Alex,13.4132,52.5219,120\nKita 7,Doppelt,13.41,52.52,5\n")
        let report = try data.importAll()
        #expect(report.warnings.contains { $0.contains("Kita 7 (lines 2 and 3)") })
        try data.write(
            "anlage.yaml", "report:\n  title: \"Anlage\"\n  for-each: { points: kita }\nbody:\n  - heading: \"A\"\n")
        let error = try #require(throws: DataError.self) {
            try TemplateRun(template: data.path("anlage.yaml"), storePath: data.store.path, audience: nil)
        }
        #expect(error.description.contains("ids that appear more than once in their source (Kita 7)"))
    }
}
