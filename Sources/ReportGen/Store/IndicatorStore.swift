import Foundation
import GRDB

/// The embedded SQLite store of levels, areas, indicators, values, points of interest and import provenance.
///
/// Importers write to it (see `Importer`); reports read a `StoreSnapshot` loaded once per run. The store can
/// list what disclosure control withheld, and why.
public final class IndicatorStore: Sendable {
    public let url: URL
    let queue: DatabaseQueue

    /// Opens (and if needed creates) the store at `url`.
    public init(at url: URL, readOnly: Bool = false) throws {
        self.url = url
        var configuration = Configuration()
        configuration.readonly = readOnly
        do {
            if readOnly, !FileManager.default.fileExists(atPath: url.path) {
                throw DataError.fileNotFound(file: url.path, referencedFrom: "the command line")
            }
            queue = try DatabaseQueue(path: url.path, configuration: configuration)
            if !readOnly { try StoreSchema.migrator.migrate(queue) }
        } catch let error as DatabaseError {
            throw DataError.database(file: url.path, reason: error.message ?? "\(error)")
        }
    }

    /// Reads the whole store into memory for fast, thread-safe lookups.
    public func snapshot() throws -> StoreSnapshot {
        try read { db in try StoreSnapshot(db) }
    }

    /// Every value withheld by disclosure control, with its reason.
    public func suppressions() throws -> [Suppression] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT indicator, level, area, period, note FROM value
                    WHERE status = 'suppressed' ORDER BY indicator, period, level, area
                    """
            ).compactMap { row in
                guard let period = Period(row["period"]) else { return nil }
                return Suppression(
                    indicator: row["indicator"], area: AreaID(level: row["level"], key: row["area"]),
                    period: period, reason: row["note"] ?? "")
            }
        }
    }

    /// Where the data came from: every file of every import, oldest first.
    public func provenance() throws -> [ProvenanceRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT file, checksum, rows, imported_at FROM import ORDER BY id").map { row in
                ProvenanceRecord(
                    file: row["file"], checksum: row["checksum"], rows: row["rows"], importedAt: row["imported_at"])
            }
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError {
            throw DataError.database(file: url.path, reason: error.message ?? "\(error)")
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.write(body)
        } catch let error as DatabaseError {
            throw DataError.database(file: url.path, reason: error.message ?? "\(error)")
        }
    }
}

/// One file read by an import: path, checksum, number of rows or features, and when (ISO 8601).
public struct ProvenanceRecord: Hashable, Sendable {
    public var file: String
    public var checksum: String
    public var rows: Int
    public var importedAt: String
}
