import Foundation
import GRDB
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Every table and map of a published document names its source, also those of points (Kitas, Schulen): the store
/// keeps the source of each point layer from the manifest, and a layer without one is refused as an indicator
/// without one is.
@Suite("A point layer's source is kept in the store and printed under its tables and maps")
struct PointSourceTests {
    static let template = """
        report:
          title: "Kitas {{ area.name }}"
          for-each: { level: area, sort: key }
        body:
          - heading: "{{ area.name }}"
          - catchment: { points: kita, places: plaetze, caption: "Kitas in {{ area.name }}" }
        """

    /// The table the template makes for the area A1, where the Kita lies, and the findings of its report.
    func kitaTable(store: URL, folder: URL) throws -> (table: Layout.Table?, findings: [Finding]) {
        let file = folder.appendingPathComponent("kitas.yaml")
        try TestSupport.write(Self.template, to: file)
        let plan = try TemplateParser().parse(fileAt: file.path)
        let snapshot = try IndicatorStore(at: store, readOnly: true).snapshot()
        let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
        let report = resolver.report(for: try #require(resolver.scopes(only: ["A1"]).first))
        let table = report.document.blocks.compactMap { block -> Layout.Table? in
            if case .table(let table) = block { return table }
            return nil
        }.first
        return (table, report.findings)
    }

    @Test("a points entry without source: is an import error at its line")
    func missingSource() throws {
        let data = try MiniDataset()
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(of: "source: \"Kitaliste Testdorf\", ", with: ""))
        let error = try #require(throws: DataError.self) { try data.importAll() }
        guard case .missingKey(let location, let key, let container) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(key == "source" && container == "points entry" && location.line > 1, "\(error)")
    }

    @Test("the Kitas table says where the Kitas come from, with the date the manifest gives")
    func tableSource() throws {
        let data = try MiniDataset()
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(
                of: "source: \"Kitaliste Testdorf\", ",
                with: "source: \"Kitaliste Testdorf\", reference-date: 2022-12-31, "))
        try data.importAll()
        let (table, findings) = try kitaTable(store: data.store, folder: data.folder)
        #expect(findings.filter { $0.severity == .error }.isEmpty, "\(findings)")
        #expect(table?.rows.count == 1)
        #expect(table?.source == "Kitaliste Testdorf, Stand: 31.12.2022")
    }

    @Test("the Berlin store keeps the sources and dates of its Kitas and Schulen")
    func berlin() throws {
        let snapshot = try BerlinStore.get().snapshot
        #expect(snapshot.pointSource(category: "kita")?.source == "SenBJF Berlin, Kitaverzeichnis (WFS kita)")
        #expect(snapshot.pointSource(category: "schule")?.referenceDate == Period("2023-10-31"))
    }

    @Test("a store of schema version 1 is still read; its point tables are refused until the next import adds sources")
    func versionOneStore() throws {
        let fixture = try StoreFixture()
        try fixture.execute("DROP TABLE point_source; PRAGMA user_version = 1")
        let old = try IndicatorStore(at: fixture.store, readOnly: true).snapshot()
        #expect(old.areas(level: "area").count == 3)
        #expect(old.pointSource(category: "kita") == nil)
        let (table, findings) = try kitaTable(store: fixture.store, folder: fixture.data.folder)
        #expect(table == nil)
        let errors = findings.filter { $0.severity == .error }.map(\.message)
        #expect(errors.count == 1 && errors[0].contains("keeps no source for the kita points"), "\(errors)")
        #expect(errors.first?.contains("Fix:") == true)
        try fixture.data.importAll()
        let version = try DatabaseQueue(path: fixture.store.path).read { db in
            try Int.fetchOne(db, sql: "PRAGMA user_version")
        }
        #expect(version == StoreSchema.version)
        #expect(try kitaTable(store: fixture.store, folder: fixture.data.folder).table?.source == "Kitaliste Testdorf")
    }

    @Test("a version-1 store that cannot be migrated is refused with a message saying so, and nothing is imported")
    func migrationFails() throws {
        let fixture = try StoreFixture()
        // A view where the new table belongs: the step to version 2 cannot create it.
        try fixture.execute("DROP TABLE point_source; CREATE VIEW point_source AS SELECT 1; PRAGMA user_version = 1")
        let error = try #require(throws: DataError.self) { try fixture.data.importAll() }
        guard case .storeMigration(let file, let version, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(file == fixture.store.path && version == 2)
        #expect(error.description.contains("Fix:"), "\(error)")
        let stamp = try DatabaseQueue(path: fixture.store.path).read { db in
            try Int.fetchOne(db, sql: "PRAGMA user_version")
        }
        #expect(stamp == 1)
    }
}
