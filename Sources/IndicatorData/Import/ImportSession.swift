import Foundation
import GDALBridge
import GRDB
import Values

/// One run of a manifest inside one database transaction: reads every source, keeps what it read in memory for
/// joins, and finally derives aggregates, computed indicators and suppressions for the whole store.
final class ImportSession {
    struct AreaRow {
        var name: String
        var parentKey: String?
        var geometry: MultiPolygon?
    }

    let db: Database
    let manifestURL: URL
    let manifest: ImportManifest
    let workingCRS: SpatialReference
    let indicators: [Indicator]
    let indicatorsByKey: [String: Indicator]
    let levels: [String: SpatialLevel]
    var areas: [AreaID: AreaRow] = [:]
    /// Delivered values (also those of earlier imports into the same store).
    var imported = ValueTable()
    /// OGR geometries kept for dissolving a level into a fixed area's outline.
    var geometriesToDissolve: [String: [OwnedGeometry]] = [:]
    var report = ImportReport()
    /// Totals the catalogue declares as sums of other indicators (`parts:`).
    var declaredRelations: [AdditiveRelation] = []

    var baseURL: URL { manifestURL.deletingLastPathComponent() }

    init(db: Database, manifestURL: URL, manifest: ImportManifest, catalogue: [Indicator]) throws {
        self.db = db
        self.manifestURL = manifestURL
        self.manifest = manifest
        workingCRS = try SpatialReference(definition: manifest.crs, file: manifestURL.path)
        indicators = catalogue
        indicatorsByKey = Dictionary(catalogue.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        levels = Dictionary(
            manifest.levels.map { ($0.key, SpatialLevel(key: $0.key, name: $0.name, parent: $0.parent)) },
            uniquingKeysWith: { a, _ in a })
    }

    /// Runs every step of the manifest.
    func run() throws {
        try writeDatasetAndLevels()
        try writeCatalogue()
        try loadExistingStore()
        for source in manifest.areas { try importAreas(source) }
        try dissolveFixedAreas()
        for source in manifest.tables { try importTable(source) }
        for source in manifest.points { try importPoints(source) }
        checkPlausibility()
        try deriveAndWriteValues()
    }

    /// The file a manifest entry names, resolved against the manifest's folder; throws when it does not exist.
    func resolve(_ path: String) throws -> URL {
        let url = FileGlob.url(path, relativeTo: baseURL)
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw DataError.fileNotFound(file: url.path, referencedFrom: manifestURL.path)
        }
        return url
    }

    func requireLevel(_ level: String) throws {
        guard levels[level] != nil else {
            throw DataError.unknownLevel(file: manifestURL.path, level: level, known: manifest.levels.map(\.key))
        }
    }

    func requireIndicator(_ key: String) throws -> Indicator {
        guard let indicator = indicatorsByKey[key] else {
            throw DataError.unknownIndicator(
                file: manifestURL.path, indicator: key,
                suggestions: Suggestions.nearest(to: key, in: Array(indicatorsByKey.keys)))
        }
        return indicator
    }

    /// Records where data came from; returns the provenance id for the rows read from `url`.
    func recordProvenance(of url: URL, rows: Int) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO import (file, checksum, rows, imported_at, manifest) VALUES (?, ?, ?, ?, ?)",
            arguments: [
                url.path, Checksum.fnv1a(of: url), rows, ISO8601DateFormatter().string(from: Date()),
                manifestURL.path,
            ])
        return db.lastInsertedRowID
    }

    private func writeDatasetAndLevels() throws {
        for (key, value) in [("name", manifest.dataset), ("crs", manifest.crs)] {
            try db.execute(sql: "INSERT OR REPLACE INTO dataset (key, value) VALUES (?, ?)", arguments: [key, value])
        }
        for (position, level) in manifest.levels.enumerated() {
            if let parent = level.parent, levels[parent] == nil {
                throw DataError.unknownLevel(
                    file: manifestURL.path, level: parent, known: manifest.levels.map(\.key))
            }
            try db.execute(
                sql: "INSERT OR REPLACE INTO level (key, name, parent, position) VALUES (?, ?, ?, ?)",
                arguments: [level.key, level.name, level.parent, position])
        }
    }

    private func writeCatalogue() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for indicator in indicators {
            let definition = String(decoding: try encoder.encode(indicator), as: UTF8.self)
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO indicator (key, name, topic, visibility, definition) VALUES (?, ?, ?, ?, ?)
                    """,
                arguments: [indicator.key, indicator.name, indicator.topic, indicator.visibility.rawValue, definition])
        }
    }

    private func loadExistingStore() throws {
        let areaSQL = "SELECT level, key, name, parent_key, geometry FROM area"
        for found in try Row.fetchAll(db, sql: areaSQL) {
            let row = StoreRow(row: found, table: "area", identity: ["level", "key"])
            let geometry = try row.optional("geometry", as: Data.self).flatMap(GeometryCodec.decode)
            areas[AreaID(level: try row.value("level"), key: try row.value("key"))] = AreaRow(
                name: try row.value("name"), parentKey: try row.optional("parent_key"), geometry: geometry)
        }
        let sql = """
            SELECT indicator, level, area, period, value, numerator, denominator, status, source_status, note,
                import_id FROM value WHERE origin = 'imported'
            """
        for found in try Row.fetchAll(db, sql: sql) {
            let row = StoreRow(row: found, table: "value", identity: ["indicator", "level", "area", "period"])
            let sourceStatus: String = try row.value("source_status")
            let status = ValueStatus(rawValue: sourceStatus) ?? .invalid
            // A note on a value whose status disclosure control kept is the import's own (a sign's meaning, a
            // carried unit); one it changed is derived again.
            let kept = (try row.optional("status", as: String.self)) == sourceStatus
            let keptNote: String? = kept ? try row.optional("note") : nil
            let indicator: String = try row.value("indicator")
            var weighted = false
            if case .weightedMean = indicatorsByKey[indicator]?.aggregation { weighted = true }
            let area = AreaID(level: try row.value("level"), key: try row.value("area"))
            imported[indicator, area, try row.period("period")] = ValueRecord(
                value: try row.optional("value"), numerator: try row.optional("numerator"),
                denominator: weighted ? nil : try row.optional("denominator"), sourceStatus: status, status: status,
                origin: .imported, note: keptNote, importID: try row.optional("import_id"))
        }
    }
}
