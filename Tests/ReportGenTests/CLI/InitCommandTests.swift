import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// `reportgen init` on the Neustadt files, then `import` and `render` in the new folder without any edit and
/// without `--store`: a correct Statusbericht, read back with pdftotext.
@Suite("A new city's first report with reportgen init")
struct InitCommandTests {
    static let fixtures = TestSupport.fixtures.appendingPathComponent("neustadt")

    func reportgen(_ arguments: [String], in folder: URL) throws -> String {
        let result = try PDFInspection.run(
            executable: ReportFixture.executable, arguments, in: folder,
            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
        #expect(result.status == 0, "\(arguments.first ?? ""): \(result.output)")
        return result.output
    }

    @Test("init, import and render without edits give the right numbers")
    func firstReport() throws {
        let base = try PDFInspection.temporaryDirectory()
        let project = base.appendingPathComponent("neustadt")
        let files = ["stadtteile.shp", "bezirke.shp", "stadtteilprofil.xlsx", "haushalte.csv"].map {
            Self.fixtures.appendingPathComponent($0).path
        }
        let initOutput = try reportgen(
            [
                "init", project.path, "--geometry", files[0], "--geometry", files[1], "--table", files[2], "--table",
                files[3],
            ],
            in: base)
        #expect(
            initOutput.contains(
                "guess: 209 'Nordheide/Südheide' is one statistical unit of the stadtteil areas 203, 204"))
        #expect(initOutput.contains("guess: stadtteilprofil.xlsx: keys in Nr. lack leading zeros; padded to 3 digits"))
        #expect(initOutput.contains("guess: stadtteilprofil.xlsx: the sign \"–\" read as zero"))
        #expect(initOutput.contains("EPSG:25832"))

        let imported = try reportgen(["import"], in: project)
        #expect(imported.contains("imported into Neustadt"))
        #expect(imported.contains("0 warnings"))
        let rendered = try reportgen(["render", "templates/statusbericht.yaml"], in: project)
        #expect(rendered.contains("rendered 3 of 3 documents"))
        #expect(!rendered.contains("Berlin"))

        let nord = try PDFInspection.text(of: project.appendingPathComponent("output/statusbericht-002.pdf").path)
        #expect(nord.contains("In Nord lebten 16.590 Einwohner (Neustadt: 41.685)."))
        let parts = nord.components(separatedBy: .newlines).filter { !$0.isEmpty }
        for (name, people) in [("Mühlenberg", "5.380"), ("Nordheide/Südheide", "7.200"), ("Weißenburg", "4.010")] {
            let index = try #require(parts.firstIndex(of: name), "\(name) missing")
            #expect(parts[index + 1] == people, "\(name)")
        }
        let sued = try PDFInspection.text(of: project.appendingPathComponent("output/statusbericht-003.pdf").path)
        #expect(sued.contains("In Süd lebten 8.735 Einwohner"))
        let lines = sued.components(separatedBy: .newlines).filter { !$0.isEmpty }
        let heide = try #require(lines.firstIndex(of: "Große Heide"))
        #expect(lines[heide + 2] == "k. A.", "Arbeitslose in Große Heide are withheld (x)")
        #expect(lines[heide + 5] == "17,5", "350 of 2.000 are under 18")
        #expect(sued.contains("Abbildung 1: Anteil Einwohner unter 18 Jahren in Neustadt, Süd hervorgehoben"))
    }

    @Test("render in a project without a store names the project, not the Berlin demo")
    func renderBeforeImport() throws {
        let base = try PDFInspection.temporaryDirectory()
        let project = base.appendingPathComponent("neustadt")
        let files = ["stadtteile.shp", "bezirke.shp", "stadtteilprofil.xlsx"].map {
            Self.fixtures.appendingPathComponent($0).path
        }
        _ = try reportgen(
            ["init", project.path, "--geometry", files[0], "--geometry", files[1], "--table", files[2]], in: base)
        let result = try PDFInspection.run(
            executable: ReportFixture.executable, ["render", "templates/statusbericht.yaml"], in: project)
        #expect(result.status != 0)
        #expect(result.output.contains("the project Neustadt has no store yet"))
        #expect(!result.output.contains("berlin"))
    }
}

extension InitCommandTests {
    @Test("init parses its files, and its help says what it writes")
    func parsesAndHelps() throws {
        let command = try ReportGenCommand.parseAsRoot([
            "init", "neustadt", "--geometry", "a.shp", "--geometry", "b.shp", "--table", "t.xlsx",
        ])
        let initCommand = try #require(command as? ReportGenCommand.Init)
        #expect(initCommand.geometries == ["a.shp", "b.shp"] && initCommand.tables == ["t.xlsx"])
        let help = ReportGenCommand.Init.helpMessage()
        #expect(help.contains("import.yaml") && help.contains("reportgen.yaml") && help.contains("--geometry"))
        let importCommand = try #require(try ReportGenCommand.parseAsRoot(["import"]) as? ReportGenCommand.Import)
        #expect(importCommand.manifest == nil && importCommand.into == nil)
    }

    @Test("--points adds the Kitas: coordinate columns, the zone-prefixed UTM, a count and a sum per Stadtteil")
    func points() throws {
        let base = try PDFInspection.temporaryDirectory()
        let project = base.appendingPathComponent("neustadt")
        let files = ["stadtteile.shp", "bezirke.shp", "stadtteilprofil.xlsx", "kitas.csv"].map {
            Self.fixtures.appendingPathComponent($0).path
        }
        let initOutput = try reportgen(
            [
                "init", project.path, "--geometry", files[0], "--geometry", files[1], "--table", files[2],
                "--points", files[3],
            ],
            in: base)
        #expect(
            initOutput.contains("guess: kitas.csv: coordinates in rechtswert and hochwert, CRS EPSG:4647"),
            "\(initOutput)")
        #expect(
            initOutput.contains(
                "guess: kitas.csv: points of the category kita, id id, name name; summed per area: plaetze"))
        let manifest = try String(contentsOf: project.appendingPathComponent("import.yaml"), encoding: .utf8)
        #expect(manifest.contains("    x: rechtswert\n    y: hochwert\n    crs: EPSG:4647"), "\(manifest)")
        #expect(manifest.contains("assign-to: stadtteil"))
        let imported = try reportgen(["import"], in: project)
        #expect(imported.contains("0 warnings"), "\(imported)")
        let store = try #require(try ProjectFile.find(from: project)?.storeURL)
        let snapshot = try IndicatorStore(at: store, readOnly: true).snapshot()
        let period = try #require(Period("2023-12-31"))
        #expect(snapshot.value("kitas", of: AreaID(level: "stadtteil", key: "209"), period: period).value == 1)
        #expect(snapshot.value("kitas", of: AreaID(level: "stadtteil", key: "302"), period: period).value == 0)
        #expect(snapshot.value("kitas_plaetze", of: AreaID(level: "stadtteil", key: "102"), period: period).value == 80)
        #expect(snapshot.value("kitas_plaetze", of: AreaID(level: "stadtteil", key: "209"), period: period).value == 60)
        #expect(snapshot.pointsOfInterest(category: "kita").count == 5, "K5 has no coordinates")
    }
}
