import Foundation
import GRDB
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// A store is read as a database that may have been changed by hand: a wrong cell is a located error, a file that
/// is no ReportGen store of this schema version is refused, and nothing crashes.
@Suite("A damaged or foreign store is refused with a located message")
struct StoreIntegrityTests {
    @Test("a text in the value column is an error naming table, row and column, in list, check and render")
    func textInValueColumn() throws {
        let fixture = try StoreFixture()
        try fixture.execute("UPDATE value SET value = 'zwölf' WHERE indicator = 'pop' AND area = 'A1'")
        let expected = try #require(throws: DataError.self) {
            try IndicatorStore(at: fixture.store, readOnly: true).snapshot()
        }
        guard case .invalidStoreCell(_, let table, let row, let column, let found, _) = expected else {
            Issue.record("\(expected)")
            return
        }
        #expect(table == "value" && column == "value" && found == "'zwölf'")
        #expect(row.contains("'pop'") && row.contains("'A1'") && row.contains("'2020-12-31'"))
        let store = fixture.store.path
        for arguments in [
            ["list", "values", "--store", store],
            ["check", fixture.template.path, "--store", store],
            [
                "render", fixture.template.path, "--store", store, "-o",
                fixture.data.folder.appendingPathComponent("out").path,
            ],
        ] {
            let result = try fixture.run(arguments)
            #expect(result.status == 1, "\(arguments[0]) exited with \(result.status): \(result.output)")
            #expect(result.output.contains("column value holds 'zwölf'"), "\(arguments[0]): \(result.output)")
            #expect(result.output.contains("Fix:"))
        }
    }

    @Test("a damaged definition stops a render, binary data in a numerator stops an import, both located")
    func otherDamagedCells() throws {
        let fixture = try StoreFixture()
        try fixture.execute("UPDATE indicator SET definition = '{' WHERE key = 'kids'")
        let read = try #require(throws: DataError.self) {
            try IndicatorStore(at: fixture.store, readOnly: true).snapshot()
        }
        #expect(read.description.contains("table indicator, row (key 'kids'): column definition holds '{'"))
        try fixture.execute("UPDATE value SET numerator = X'00FF' WHERE indicator = 'pop' AND area = 'A2'")
        let before = try Data(contentsOf: fixture.store)
        let written = try #require(throws: DataError.self) { try fixture.data.importAll() }
        #expect(written.description.contains("column numerator holds 2 bytes of binary data, not a number"))
        #expect(try Data(contentsOf: fixture.store) == before)
    }

    @Test(
        "a point's attributes that are no JSON object of texts are a located error",
        arguments: ["{\"plaetze\": 12}", "[\"12\"]", "{\"plaetze\": \"12\"", "12"])
    func damagedAttributes(attributes: String) throws {
        let fixture = try StoreFixture()
        let source = try #require(
            try DatabaseQueue(path: fixture.store.path).read { db in
                try String.fetchOne(db, sql: "SELECT source_id FROM poi ORDER BY source_id LIMIT 1")
            })
        try fixture.execute("UPDATE poi SET attributes = '\(attributes)' WHERE source_id = '\(source)'")
        let error = try #require(throws: DataError.self) {
            try IndicatorStore(at: fixture.store, readOnly: true).snapshot()
        }
        #expect(error.description.contains("table poi, row (category 'kita', source_id '\(source)')"), "\(error)")
        #expect(error.description.contains("column attributes holds '\(attributes)'"), "\(error)")
    }

    @Test("a file that is not an SQLite database is refused, and an import leaves it as it was")
    func notADatabase() throws {
        let fixture = try StoreFixture()
        let file = fixture.data.folder.appendingPathComponent("notes.sqlite")
        try TestSupport.write("Einkaufsliste: Milch, Brot\n", to: file)
        let error = try #require(throws: DataError.self) { try IndicatorStore(at: file, readOnly: true) }
        #expect(error == .notAStore(file: file.path, reason: "the file is not an SQLite database"))
        #expect(throws: DataError.self) { try Importer.run(manifest: fixture.data.manifest, into: file) }
        #expect(try String(contentsOf: file, encoding: .utf8) == "Einkaufsliste: Milch, Brot\n")
    }

    @Test("another program's SQLite database is refused by render and import and stays untouched")
    func foreignDatabase() throws {
        let fixture = try StoreFixture()
        let file = fixture.data.folder.appendingPathComponent("firefox.sqlite")
        try DatabaseQueue(path: file.path).write { db in
            try db.execute(
                sql:
                    "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places VALUES (1, 'x')"
            )
        }
        let before = try Data(contentsOf: file)
        let read = try #require(throws: DataError.self) { try IndicatorStore(at: file, readOnly: true) }
        #expect(read.description.contains("not a ReportGen store") && read.description.contains("moz_places"))
        let written = try #require(throws: DataError.self) {
            try Importer.run(manifest: fixture.data.manifest, into: file)
        }
        #expect(written.description.contains("not a ReportGen store"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test("a store of another schema version is refused, naming both versions")
    func otherVersion() throws {
        let fixture = try StoreFixture()
        try fixture.execute("PRAGMA user_version = 7")
        let error = try #require(throws: DataError.self) { try IndicatorStore(at: fixture.store, readOnly: true) }
        #expect(error == .storeVersion(file: fixture.store.path, found: 7, expected: StoreSchema.version))
        #expect(throws: DataError.storeVersion(file: fixture.store.path, found: 7, expected: StoreSchema.version)) {
            try fixture.data.importAll()
        }
    }

    @Test("a store written before the schema stamp is still read, and the next import stamps it")
    func unstampedStore() throws {
        let fixture = try StoreFixture()
        try fixture.execute(
            """
            PRAGMA application_id = 0; PRAGMA user_version = 0;
            CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY); INSERT INTO grdb_migrations VALUES ('v1')
            """)
        #expect(try IndicatorStore(at: fixture.store, readOnly: true).snapshot().areas(level: "area").count == 3)
        try fixture.data.importAll()
        let stamp = try DatabaseQueue(path: fixture.store.path).read { db in
            try Int32.fetchOne(db, sql: "PRAGMA application_id")
        }
        #expect(stamp == StoreSchema.applicationID)
    }

    @Test("an empty file is refused by render and becomes a store on import")
    func emptyFile() throws {
        let fixture = try StoreFixture()
        let file = fixture.data.folder.appendingPathComponent("empty.sqlite")
        try Data().write(to: file)
        let error = try #require(throws: DataError.self) { try IndicatorStore(at: file, readOnly: true) }
        #expect(error.description.contains("empty"))
        try Importer.run(manifest: fixture.data.manifest, into: file)
        #expect(try IndicatorStore(at: file, readOnly: true).snapshot().areas(level: "area").count == 3)
    }
}
