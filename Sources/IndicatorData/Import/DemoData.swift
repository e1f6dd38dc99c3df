import Foundation

/// The Berlin demo dataset shipped in `data/berlin/`.
public enum DemoData {
    /// Builds `data/berlin.sqlite` from `data/berlin/import.yaml` under `root` (the repository) unless it exists,
    /// is a store of this schema version and is newer than the manifest and the catalogue, and returns its URL.
    @discardableResult
    public static func ensureStore(at root: URL) throws -> URL {
        let store = root.appendingPathComponent("data/berlin.sqlite")
        let sources = ["data/berlin/import.yaml", "data/berlin/indicators.yaml"].map { root.appendingPathComponent($0) }
        func modified(_ url: URL) -> Date? {
            (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate]) as? Date
        }
        if let built = modified(store), sources.allSatisfy({ (modified($0) ?? .distantFuture) <= built }),
            (try? IndicatorStore(at: store, readOnly: true)) != nil
        {
            return store
        }
        try Importer.run(manifest: root.appendingPathComponent("data/berlin/import.yaml"), into: store)
        return store
    }
}
