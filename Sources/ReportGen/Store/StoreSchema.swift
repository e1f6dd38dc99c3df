import GRDB

/// The tables of the store. One migration per schema version; never edit a shipped migration.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
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
                    """)
        }
        return migrator
    }
}
