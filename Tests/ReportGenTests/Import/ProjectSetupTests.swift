import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// The guesses `reportgen init` makes from names and values.
@Suite("Guesses of reportgen init")
struct ProjectSetupTests {
    @Test("levels are named from the longest word of the file name, in the singular")
    func levelNames() {
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/stadtteile.shp")) == "stadtteil")
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/lor_bezirksregionen_2021.shp")) == "bezirksregion")
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/lor_planungsraeume_2021.shp")) == "planungsraum")
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/Bezirke.geojson")) == "bezirk")
    }

    @Test("a column title gives the indicator, its reference date and a unit")
    func columnTitles() {
        let column = TableInspection.valueColumn("Einwohner unter 18 Jahren 31.12.2023")
        #expect(column.indicatorName == "Einwohner unter 18 Jahren" && column.period?.iso == "2023-12-31")
        #expect(TableInspection.valueColumn("Arbeitslose 2022").period?.iso == "2022-12-31")
        #expect(ProjectSetup.unit(of: "Anteil unter 18") == "%")
        #expect(ProjectSetup.unit(of: "Haushalte") == "Haushalte")
        #expect(ProjectSetup.unit(of: "Arbeitslose") == "Personen")
        #expect(NameSlug.slug("Einwohner unter 18 Jahren") == "einwohner_unter_18_jahren")
        #expect(NameSlug.slug("Ausländer") == "auslaender")
    }

    @Test("a reference date from the file name")
    func fileDates() {
        #expect(TableInspection.period(inFileName: "einwohnerbestand_06-2022_plr.csv")?.iso == "2022-06-30")
        #expect(TableInspection.period(inFileName: "ortsteile_20231231.csv")?.iso == "2023-12-31")
        #expect(TableInspection.period(inFileName: "mss_2021_index.csv")?.iso == "2021-12-31")
        #expect(TableInspection.period(inFileName: "profil.xlsx") == nil)
    }

    @Test("signs of official statistics and sentinel numbers")
    func signs() {
        #expect(TableInspection.sign("–") == .zero)
        #expect(TableInspection.sign(".") == .secret)
        #expect(TableInspection.sign("x") == .locked)
        #expect(TableInspection.sign("…") == .later)
        #expect(TableInspection.sign("-9999") == .invalid)
        #expect(TableInspection.sign("12") == nil)
    }

    @Test("key patterns tell the levels apart, or list the keys when ranges overlap")
    func keyPatterns() {
        let patterns = KeyPatterns.exclusive([
            ("stadt", ["000"]), ("bezirk", ["001", "002", "003"]), ("stadtteil", ["101", "209", "304"]),
        ])
        #expect(patterns.map(\.pattern) == ["000", "00[1-3]", "[1-3]0[1-9]"])
        let overlapping = KeyPatterns.exclusive([("a", ["11", "22"]), ("b", ["12"])])
        #expect(overlapping.map(\.pattern) == ["11|22", "12"])
    }

    @Test("keys lose a spreadsheet's .0 and gain the zeros a geometry's keys have")
    func keys() {
        #expect(TableInspection.normalisedKey("1", lengths: [3]) == ("001", true))
        #expect(TableInspection.normalisedKey("101.0", lengths: [3]) == ("101", false))
        #expect(TableInspection.normalisedKey("A1", lengths: [3]) == ("A1", false))
    }

    @Test("the CRS of point coordinates from their size, and categories in the singular")
    func pointGuesses() {
        let working = "EPSG:25832"
        #expect(PointsInspection.crs(x: [13.4, 13.5], y: [52.5, 52.6], working: working) == "EPSG:4326")
        #expect(PointsInspection.crs(x: [32_560_900, 32_569_000], y: [5_930_500], working: working) == "EPSG:4647")
        #expect(PointsInspection.crs(x: [33_390_000], y: [5_820_000], working: working) == "EPSG:5650")
        #expect(PointsInspection.crs(x: [560_900, 569_000], y: [5_930_500], working: working) == working)
        #expect(PointsInspection.crs(x: [4_468_000], y: [5_333_000], working: working) == "EPSG:31468")
        #expect(PointsInspection.crs(x: [12], y: [7], working: working) == "EPSG:4326")
        #expect(PointsInspection.crs(x: [1_000], y: [2_000], working: working) == nil)
        #expect(PointsInspection.singular("kitas") == "kita")
        #expect(PointsInspection.singular("schulen") == "schule")
        #expect(PointsInspection.singular("einrichtungen") == "einrichtung")
        #expect(throws: DataError.self) {
            try PointsInspection.coordinateColumns(["id", "name", "plz"], file: "p.csv")
        }
        let columns = try? PointsInspection.coordinateColumns(["id", "Postleitzahl", "x", "y"], file: "p.csv")
        #expect(columns?.x == "x" && columns?.y == "y")
    }

    /// Two districts (01 Ost covers A and B, 02 West covers C) and three areas whose keys do not name them.
    func geometries(childFields: (String) -> String) throws -> (folder: URL, parents: URL, children: URL) {
        let folder = try PDFInspection.temporaryDirectory()
        func collection(_ features: [String]) -> String {
            #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::25833"}},"#
                + #""features":["# + features.joined(separator: ",") + "]}"
        }
        func feature(_ properties: String, _ square: String) -> String {
            #"{"type":"Feature","properties":{"# + properties + #"},"geometry":{"type":"Polygon","coordinates":"#
                + square + "}}"
        }
        let parents = folder.appendingPathComponent("bezirke.geojson")
        try TestSupport.write(
            collection([
                feature(#""nr":"01","name":"Ost""#, MiniDataset.square(385_000, 5_815_000, size: 20_000)),
                feature(#""nr":"02","name":"West""#, MiniDataset.square(365_000, 5_815_000, size: 20_000)),
            ]), to: parents)
        let children = folder.appendingPathComponent("stadtteile.geojson")
        try TestSupport.write(
            collection(
                zip(["A", "B", "C"], [385_000, 395_000, 375_000]).map { key, x in
                    feature(childFields(key), MiniDataset.square(x, 5_815_000))
                }), to: children)
        try TestSupport.write(
            "Nr;Name;Einwohner 31.12.2023\n000;Stadt;600\nA;Nordstraße;100\nB;Süd;200\nC;West;300\n",
            to: folder.appendingPathComponent("werte.csv"))
        return (folder, parents, children)
    }

    @Test("a column of the child that holds its parent's keys (without their zeros) is the parent rule")
    func parentColumn() throws {
        let files = try geometries { key in #""key":"\#(key)","name":"Gebiet \#(key)","bez":"\#(key == "C" ? 2 : 1)""# }
        let parent = try GeometryInspection(url: files.parents)
        let child = try GeometryInspection(url: files.children)
        #expect(ProjectSetup.parentRule(of: child, in: parent) == "{ column: bez, pad: 2 }")
    }

    @Test("without such a column init writes parent-by-location, and the import finds each area's district")
    func parentByLocation() throws {
        let files = try geometries { key in #""key":"\#(key)","name":"Gebiet \#(key)""# }
        #expect(
            ProjectSetup.parentRule(
                of: try GeometryInspection(url: files.children), in: try GeometryInspection(url: files.parents)) == nil)
        let project = files.folder.appendingPathComponent("projekt")
        let setup = try ProjectSetup(
            project: project, geometries: [files.children, files.parents],
            tables: [files.folder.appendingPathComponent("werte.csv")])
        #expect(
            setup.guesses.contains { $0.contains("parent: the bezirk area that contains each area") },
            "\(setup.guesses)")
        try setup.write()
        let manifest = try String(contentsOf: project.appendingPathComponent("import.yaml"), encoding: .utf8)
        #expect(manifest.contains("parent-by-location: true"), "\(manifest)")
        let store = project.appendingPathComponent("test.sqlite")
        try Importer.run(manifest: project.appendingPathComponent("import.yaml"), into: store)
        let snapshot = try IndicatorStore(at: store, readOnly: true).snapshot()
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "B"))?.parent == AreaID(level: "bezirk", key: "01"))
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "C"))?.parent == AreaID(level: "bezirk", key: "02"))
    }

    @Test("a points file without a column that tells the points apart is refused with the fix")
    func pointsWithoutIDs() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let file = folder.appendingPathComponent("kitas.csv")
        try TestSupport.write("name;x;y\nKita;560000;5930000\nKita;560000;5930000\n", to: file)
        #expect {
            try PointsInspection(url: file, workingCRS: "EPSG:25832")
        } throws: { error in
            let text = "\(error)"
            return text.contains("kitas.csv") && text.contains("no column has a different value for every point")
                && text.contains("add a column with an id per point")
        }
    }
}
