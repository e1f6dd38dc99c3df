import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// `parent-by-location: true`: an area's parent is the area of the level above that contains it, for geometry files
/// whose keys and columns do not name the parent.
@Suite("Parents found by where the areas lie")
struct ParentByLocationTests {
    /// The mini dataset with two districts: D1 (Ost) covers A1 and A2, D2 (West) covers A3.
    func dataset(areaEntry: String) throws -> MiniDataset {
        let (data, districtManifest) = try MiniDataset.withDistricts()
        let manifest =
            districtManifest
            .replacingOccurrences(of: "file: areas.geojson, key: id, name: name, parent: { value: C }", with: areaEntry)
        try data.write("import.yaml", manifest)
        return data
    }

    @Test("each area gets the district it lies in, and the sums follow")
    func parents() throws {
        let data = try dataset(areaEntry: "file: areas.geojson, key: id, name: name, parent-by-location: true")
        let report = try data.importAll()
        #expect(report.warnings.allSatisfy { !$0.contains("outside its parent") }, "\(report.warnings)")
        let snapshot = try IndicatorStore(at: data.store, readOnly: true).snapshot()
        #expect(snapshot.area(AreaID(level: "area", key: "A1"))?.parent == AreaID(level: "district", key: "D1"))
        #expect(snapshot.area(AreaID(level: "area", key: "A2"))?.parent == AreaID(level: "district", key: "D1"))
        #expect(snapshot.area(AreaID(level: "area", key: "A3"))?.parent == AreaID(level: "district", key: "D2"))
        let period = try #require(Period("2020-12-31"))
        #expect(
            snapshot.value("pop", of: AreaID(level: "district", key: "D1"), period: period).value == 2909,
            "1.234 + 1.675")
        #expect(snapshot.value("pop", of: AreaID(level: "district", key: "D2"), period: period).value == 500)
    }

    @Test("an area outside every district is an error naming the area and the fix")
    func outside() throws {
        let data = try dataset(areaEntry: "file: areas.geojson, key: id, name: name, parent-by-location: true")
        try data.write(
            "areas.geojson",
            MiniDataset.areasGeoJSON.replacingOccurrences(
                of: MiniDataset.square(375_000, 5_815_000), with: MiniDataset.square(375_000, 5_915_000)))
        #expect {
            try data.importAll()
        } throws: { error in
            let text = "\(error)"
            return text.contains("areas.geojson: area A3") && text.contains("finds no parent")
                && text.contains("check the CRS")
        }
    }

    @Test("parent: and parent-by-location: together are an error at the line and column of the second")
    func both() throws {
        let data = try dataset(
            areaEntry: "file: areas.geojson, key: id, name: name, parent: { value: D1 }, parent-by-location: true")
        #expect {
            try data.importAll()
        } throws: { error in
            let text = "\(error)"
            return text.contains("import.yaml:11:") && text.contains("both `parent:` and `parent-by-location:`")
        }
    }

    @Test("a level without a level above cannot find parents by location")
    func noParentLevel() throws {
        let data = try MiniDataset()
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(
                of: "- { level: city, key: { value: C }, name: { value: Testdorf }, dissolve: area }",
                with: "- { level: city, key: { value: C }, name: { value: Testdorf }, dissolve: area }\n"
                    + "  - { level: city, file: areas.geojson, key: id, name: name, parent-by-location: true }"))
        #expect {
            try data.importAll()
        } throws: { error in
            "\(error)".contains("needs a level above city")
        }
    }

    @Test("the level above must be imported first: the error says to move its entry up")
    func parentsFirst() throws {
        let data = try dataset(areaEntry: "file: areas.geojson, key: id, name: name, parent-by-location: true")
        let manifest = try String(contentsOf: data.manifest, encoding: .utf8)
        let lines = manifest.components(separatedBy: "\n")
        let district = try #require(lines.firstIndex { $0.contains("level: district, file:") })
        let area = try #require(lines.firstIndex { $0.contains("parent-by-location") })
        var swapped = lines
        swapped.swapAt(district, area)
        try data.write("import.yaml", swapped.joined(separator: "\n"))
        #expect {
            try data.importAll()
        } throws: { error in
            let text = "\(error)"
            return text.contains("areas entry 'area'") && text.contains("no district area with a geometry")
                && text.contains("put the areas entry of district")
        }
    }
}
