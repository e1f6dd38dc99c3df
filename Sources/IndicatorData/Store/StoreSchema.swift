import GRDB

/// The tables of the store and the stamp that marks a file as a ReportGen store of one schema version.
///
/// A store carries SQLite's `application_id` (`RGST`) and its schema version in `user_version`. Stores written
/// before the stamp existed are recognised by GRDB's record of migration "v1" and stamped by the next import.
/// Never edit a shipped schema version; add the next one. Version 2 adds `point_source` (the source line of each
/// point layer): a version-1 store is read as it is (its point layers without a source) and migrated by the next
/// import, inside the import's transaction.
enum StoreSchema {
    /// `RGST` in ASCII.
    static let applicationID: Int32 = 0x5247_5354
    /// The schema version this ReportGen reads and writes.
    static let version = 2
    /// The versions this ReportGen reads: older ones are migrated when written to.
    static let readable = 1...version

    /// Creates the tables of an empty file, stamps an unstamped ReportGen store, and refuses anything else.
    /// Runs inside the import's write transaction, so that two imports creating one store cannot both create it.
    static func prepareForWriting(_ db: Database) throws {
        let tables = try tableNames(db)
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") == 0, tables.isEmpty {
            try db.execute(sql: version1)
            try db.execute(sql: version2)
        } else {
            try verify(db, tables: tables)
            try migrate(db, tables: tables)
        }
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }

    /// Throws `StoreSchemaError` unless the file is a ReportGen store of this schema version.
    static func verify(_ db: Database) throws {
        try verify(db, tables: try tableNames(db))
    }

    private static func verify(_ db: Database, tables: Set<String>) throws {
        let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let found = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if application == applicationID {
            guard readable.contains(found) else { throw StoreSchemaError.version(found: found) }
            return
        }
        guard application == 0, tables.isEmpty || tables.contains("grdb_migrations") else {
            throw StoreSchemaError.foreign(tables: tables.sorted())
        }
        guard !tables.isEmpty else { throw StoreSchemaError.empty }
        let legacy =
            try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = 'v1')") ?? false
        guard legacy, tables.isSuperset(of: requiredTables) else {
            throw StoreSchemaError.foreign(tables: tables.sorted())
        }
    }

    /// Brings a verified store of an earlier version up to this one; a step that fails says which and why.
    private static func migrate(_ db: Database, tables: Set<String>) throws {
        guard !tables.contains("point_source") else { return }
        do {
            try db.execute(sql: version2)
        } catch let error as DatabaseError {
            throw StoreSchemaError.migration(to: 2, reason: error.message ?? "\(error)")
        }
    }

    /// Whether the store holds the table `name` (a version-1 store has no `point_source`).
    static func hasTable(_ db: Database, _ name: String) throws -> Bool {
        try tableNames(db).contains(name)
    }

    private static func tableNames(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            .subtracting(["sqlite_sequence"])
    }

    private static let requiredTables: Set<String> = [
        "level", "area", "indicator", "value", "poi", "import", "dataset",
    ]

    private static let version1 = """
        CREATE TABLE level (
            key TEXT PRIMARY KEY, name TEXT NOT NULL, parent TEXT REFERENCES level(key),
            position INTEGER NOT NULL);
        CREATE TABLE area (
            level TEXT NOT NULL REFERENCES level(key), key TEXT NOT NULL, name TEXT NOT NULL,
            parent_key TEXT, geometry BLOB, import_id INTEGER REFERENCES import(id),
            PRIMARY KEY (level, key));
        CREATE TABLE indicator (
            key TEXT PRIMARY KEY, name TEXT NOT NULL, topic TEXT NOT NULL, visibility TEXT NOT NULL,
            definition TEXT NOT NULL);
        CREATE TABLE value (
            indicator TEXT NOT NULL REFERENCES indicator(key), level TEXT NOT NULL, area TEXT NOT NULL,
            period TEXT NOT NULL, value REAL, numerator REAL, denominator REAL,
            source_status TEXT NOT NULL, status TEXT NOT NULL, origin TEXT NOT NULL, note TEXT,
            import_id INTEGER REFERENCES import(id),
            PRIMARY KEY (indicator, level, area, period));
        CREATE INDEX value_by_area ON value(level, area);
        CREATE TABLE poi (
            category TEXT NOT NULL, source_id TEXT NOT NULL, name TEXT NOT NULL, address TEXT NOT NULL,
            x REAL NOT NULL, y REAL NOT NULL, area_level TEXT, area_key TEXT, attributes TEXT NOT NULL,
            import_id INTEGER REFERENCES import(id), PRIMARY KEY (category, source_id));
        CREATE TABLE import (
            id INTEGER PRIMARY KEY AUTOINCREMENT, file TEXT NOT NULL, checksum TEXT NOT NULL,
            rows INTEGER NOT NULL, imported_at TEXT NOT NULL, manifest TEXT NOT NULL);
        CREATE TABLE dataset (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """

    private static let version2 = """
        CREATE TABLE point_source (
            category TEXT PRIMARY KEY, source TEXT NOT NULL, reference_date TEXT);
        """
}

/// Why a file is not a store this ReportGen can use (turned into a `DataError` with the file's path).
enum StoreSchemaError: Error {
    case empty
    case foreign(tables: [String])
    case version(found: Int)
    case migration(to: Int, reason: String)
}
