import IndicatorData

/// Every table and map of points names where the points come from: the store keeps each layer's source from the
/// import manifest. A store imported before it did (schema version 1) has none, and a table without its source
/// line is not printed.
enum PointSources {
    /// The points of `categories` whose layer has no source in the store.
    static func unknown(_ categories: [String], in snapshot: StoreSnapshot) -> [String] {
        categories.filter { snapshot.pointSource(category: $0) == nil }
    }

    /// Why a table or map of `category` points is left out, and what to do.
    static func missing(_ category: String) -> String {
        "the store keeps no source for the \(category) points (it was imported before ReportGen kept them), so "
            + "their table or map would print no source line. Fix: give the points entry of the import manifest "
            + "a \"source:\" and import again"
    }
}
