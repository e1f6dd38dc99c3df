import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Each bad input must fail with a message naming the file and the line or key and saying how to fix it, and must
/// leave the store byte for byte as it was.
@Suite("Bad input")
struct BadInputTests {
    /// Imports the good dataset, breaks it with `damage`, imports again and returns the error; checks the store.
    func failure(_ damage: (MiniDataset) throws -> Void) throws -> DataError {
        let data = try MiniDataset()
        try data.importAll()
        let before = try Data(contentsOf: data.store)
        try damage(data)
        let error = try #require(throws: DataError.self) { try data.importAll() }
        #expect(try Data(contentsOf: data.store) == before, "the store changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: data.folder.path).filter {
            $0.contains(".importing-")
        }
        #expect(leftovers.isEmpty)
        #expect(error.description.contains("Fix:"))
        return error
    }

    @Test("a table with an unknown delimiter")
    func wrongDelimiter() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("values.csv")
            try data.write("values.csv", MiniDataset.valuesCSV.replacingOccurrences(of: ";", with: "|"))
        }
        #expect(error == .noDelimiter(file: file, header: "key|name|pop|kids"))
    }

    @Test("a table that is not UTF-8 reports the line")
    func brokenEncoding() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("values.csv")
            try data.write(
                "values.csv",
                bytes: Data("key;name;pop;kids\nA1;N;1;2\nA2;Wei".utf8) + Data([0xDF]) + Data("e;3;4\n".utf8))
        }
        #expect(error == .notUTF8(file: file, line: 3))
        #expect(error.description.contains("windows-1252"))
    }

    @Test("a column the manifest names is missing")
    func missingColumn() throws {
        let error = try failure { data in
            try data.write("values.csv", MiniDataset.valuesCSV.replacingOccurrences(of: "pop", with: "population"))
        }
        guard case .missingColumn(_, let column, let available) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(column == "pop")
        #expect(available.contains("population"))
    }

    @Test("an area key appears twice")
    func duplicateKey() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("values.csv")
            try data.write("values.csv", MiniDataset.valuesCSV + "A1;Nordstraße;7;8\n")
        }
        #expect(error == .duplicateKey(file: file, line: 5, key: "A1", firstLine: 2))
    }

    @Test("a long table names the same area and indicator twice")
    func duplicateLongRow() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("long.csv")
            try data.write("long.csv", "key;indicator;value\nA1;pop;10\nA2;pop;20\nA1;pop;30\n")
            try data.write(
                "import.yaml",
                MiniDataset.manifestYAML.replacingOccurrences(
                    of: """
                        points:
                        """,
                    with: """
                          - { file: long.csv, level: area, period: 2021-12-31, key: key, shape: long,
                              indicator-column: indicator, value-column: value, columns: { pop: pop } }
                        points:
                        """))
        }
        #expect(error == .duplicateKey(file: file, line: 4, key: "A1 pop", firstLine: 2))
    }

    @Test("text in a number column")
    func textInNumberColumn() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("values.csv")
            try data.write("values.csv", MiniDataset.valuesCSV.replacingOccurrences(of: "500", with: "viele"))
        }
        #expect(error == .notANumber(file: file, line: 4, column: "pop", text: "viele"))
        #expect(error.description.contains(":4:"))
    }

    @Test("a polygon without area is reported with its key")
    func brokenPolygon() throws {
        let error = try failure { data in
            let flat = "[[[375000,5815000],[385000,5815000],[375000,5815000]]]"
            try data.write(
                "areas.geojson",
                MiniDataset.areasGeoJSON.replacingOccurrences(
                    of: MiniDataset.square(375_000, 5_815_000), with: flat))
        }
        #expect(error.description.contains("A3"))
    }

    @Test("points with coordinates but no CRS")
    func unknownCRS() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("kitas.csv")
            try data.write(
                "import.yaml",
                MiniDataset.manifestYAML.replacingOccurrences(
                    of: ", crs: \"EPSG:4326\"",
                    with: ""))
        }
        #expect(error == .unknownCRS(file: file))
    }

    @Test("a CRS that does not exist")
    func invalidCRS() throws {
        let error = try failure { data in
            try data.write(
                "import.yaml",
                MiniDataset.manifestYAML.replacingOccurrences(
                    of: "crs: EPSG:25833", with: "crs: EPSG:999999"))
        }
        guard case .invalidCRS(_, let definition, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(definition == "EPSG:999999")
    }

    @Test("a file the manifest names does not exist")
    func missingFile() throws {
        let error = try failure { data in
            try FileManager.default.removeItem(atPath: data.path("values.csv"))
        }
        guard case .fileNotFound(let file, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(file.hasSuffix("values.csv"))
    }

    @Test("a key that no area has")
    func unknownAreaKey() throws {
        let error = try failure { data in
            try data.write("values.csv", MiniDataset.valuesCSV.replacingOccurrences(of: "A3;", with: "A9;"))
        }
        guard case .unknownAreaKey(_, let line, let key, let level) = error else {
            Issue.record("\(error)")
            return
        }
        #expect((line, key, level) == (4, "A9", "area"))
    }

    @Test("an indicator the catalogue does not know, with a suggestion")
    func unknownIndicator() throws {
        let error = try failure { data in
            try data.write(
                "import.yaml",
                MiniDataset.manifestYAML.replacingOccurrences(
                    of: "kids: kids }", with: "kids: kid }"))
        }
        guard case .unknownIndicator(_, let indicator, let suggestions) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(indicator == "kid")
        #expect(suggestions.contains("kids"))
    }

    @Test("a YAML syntax error names line and column")
    func yamlSyntax() throws {
        let error = try failure { data in
            try data.write(
                "import.yaml",
                MiniDataset.manifestYAML.replacingOccurrences(
                    of: "levels:", with: "levels: [unclosed"))
        }
        guard case .yamlSyntax(_, let line, _, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(line >= 4)
    }

    @Test("computed indicators that depend on each other in a circle")
    func formulaCycle() throws {
        let error = try failure { data in
            try data.write(
                "indicators.yaml",
                MiniDataset.catalogueYAML + """

                      - { key: x, name: X, topic: T, source: S, formula: { sum: [y] } }
                      - { key: y, name: Y, topic: T, source: S, formula: { sum: [x] } }
                    """)
        }
        guard case .formulaCycle(_, let indicators) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(indicators.contains("x") && indicators.contains("y"))
    }
}

extension BadInputTests {
    @Test("a declared delimiter that the file does not use")
    func declaredDelimiterDiffers() throws {
        var file = ""
        let error = try failure { data in
            file = data.path("values.csv")
            try data.write(
                "import.yaml",
                MiniDataset.manifestYAML.replacingOccurrences(
                    of: "key: key, missing", with: "key: key, delimiter: \",\", missing"))
        }
        #expect(error == .wrongDelimiter(file: file, declared: ",", header: "key;name;pop;kids"))
    }
}
