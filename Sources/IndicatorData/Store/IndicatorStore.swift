import Foundation
import GRDB

/// The embedded SQLite store of levels, areas, indicators, values, points of interest and import provenance.
///
/// The store is a database, never a file to replace: imports write into it in one immediate transaction, so that
/// SQLite's own locking serialises them (a busy store is waited for up to `busyTimeout`, then reported), a failed
/// import rolls back, and renders read a consistent `StoreSnapshot` while an import runs. A file that is not a
/// ReportGen store of `StoreSchema.version` is refused.
public final class IndicatorStore: Sendable {
    /// How long an import or a read waits for another process's write lock.
    public static let defaultBusyTimeout: TimeInterval = 120

    public let url: URL
    let busyTimeout: TimeInterval
    let queue: DatabaseQueue

    /// Opens the store at `url`; for writing, an empty or missing file becomes a new store at the first `write`.
    public init(at url: URL, readOnly: Bool = false, busyTimeout: TimeInterval = defaultBusyTimeout) throws {
        self.url = url
        self.busyTimeout = busyTimeout
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(busyTimeout)
        if readOnly, !FileManager.default.fileExists(atPath: url.path) {
            throw DataError.fileNotFound(file: url.path, referencedFrom: "the command line")
        }
        queue = try Self.mapErrors(file: url.path, busyTimeout: busyTimeout) {
            try DatabaseQueue(path: url.path, configuration: configuration)
        }
        if readOnly { try read { _ in } }  // `read` checks the schema version
    }

    /// Reads the whole store into memory for fast, thread-safe lookups.
    public func snapshot() throws -> StoreSnapshot {
        try read { db in try StoreSnapshot(db) }
    }

    /// Where the data came from: every file of every import, oldest first.
    public func provenance() throws -> [ProvenanceRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, file, checksum, rows, imported_at FROM import ORDER BY id").map {
                let row = StoreRow(row: $0, table: "import", identity: ["id"])
                return ProvenanceRecord(
                    file: try row.value("file"), checksum: try row.value("checksum"), rows: try row.value("rows"),
                    importedAt: try row.value("imported_at"))
            }
        }
    }

    /// Reads in one transaction, after checking that the file is a store of this schema version.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(file: url.path, busyTimeout: busyTimeout) {
            try queue.read { db in
                try StoreSchema.verify(db)
                return try body(db)
            }
        }
    }

    /// Writes in one transaction, IMMEDIATE as GRDB begins every transaction of a writable connection: it waits for
    /// other writers (up to `busyTimeout`), creates the tables of a new store, and commits only when `body`
    /// returns; on any error nothing is written.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Self.mapErrors(file: url.path, busyTimeout: busyTimeout) {
            try queue.write { db in
                try StoreSchema.prepareForWriting(db)
                return try body(db)
            }
        }
    }

    /// Every value withheld by disclosure control, with its reason.
    public func suppressions() throws -> [Suppression] {
        try read { db in
            let sql = """
                SELECT indicator, level, area, period, note FROM value
                WHERE status = 'suppressed' ORDER BY indicator, period, level, area
                """
            return try Row.fetchAll(db, sql: sql).map {
                let row = StoreRow(row: $0, table: "value", identity: ["indicator", "level", "area", "period"])
                return Suppression(
                    indicator: try row.value("indicator"),
                    area: AreaID(level: try row.value("level"), key: try row.value("area")),
                    period: try row.period("period"), reason: try row.optional("note") ?? "")
            }
        }
    }

    /// Turns SQLite's and the schema's errors into messages that name the store and say what to do.
    private static func mapErrors<T>(file: String, busyTimeout: TimeInterval, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_BUSY, .SQLITE_LOCKED: throw DataError.storeBusy(file: file, seconds: busyTimeout)
            case .SQLITE_NOTADB: throw DataError.notAStore(file: file, reason: "the file is not an SQLite database")
            default: throw DataError.database(file: file, reason: error.message ?? "\(error)")
            }
        } catch let error as StoreSchemaError {
            switch error {
            case .empty:
                throw DataError.notAStore(file: file, reason: "the file is empty (no import has been committed to it)")
            case .foreign(let tables):
                let listed = tables.prefix(8).joined(separator: ", ")
                throw DataError.notAStore(file: file, reason: "it holds the tables \(listed), not those of a store")
            case .version(let found):
                throw DataError.storeVersion(file: file, found: found, expected: StoreSchema.version)
            case .migration(let version, let reason):
                throw DataError.storeMigration(file: file, version: version, reason: reason)
            }
        } catch let error as StoreCellError {
            throw DataError.invalidStoreCell(
                file: file, table: error.table, row: error.row, column: error.column, found: error.found,
                expected: error.expected)
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
