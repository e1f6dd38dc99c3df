import GRDB

/// Point ids that appeared more than once at import (only the first point of each was kept). A report per point
/// (`for-each: { points: … }`) is refused for such a category: its reports would silently lose points.
package enum DuplicatePointIDs {
    private static func key(_ category: String) -> String { "duplicate-ids/\(category)" }

    static func record(_ ids: [String], category: String, in db: Database) throws {
        if ids.isEmpty {
            try db.execute(sql: "DELETE FROM dataset WHERE key = ?", arguments: [key(category)])
        } else {
            try db.execute(
                sql: "INSERT OR REPLACE INTO dataset (key, value) VALUES (?, ?)",
                arguments: [key(category), ids.joined(separator: ", ")])
        }
    }

    package static func refuse(category: Located<String>, in store: IndicatorStore) throws {
        let ids = try store.read { db in
            try String.fetchOne(db, sql: "SELECT value FROM dataset WHERE key = ?", arguments: [key(category.value)])
        }
        guard let ids else { return }
        throw DataError.conflict(
            at: category.location.description,
            problem: "the \(category.value) points have ids that appear more than once in their source (\(ids)), "
                + "so a report per point would leave points out",
            fix: "give every point its own id in the source file and import again")
    }
}
