import Foundation

/// The Berlin demo dataset shipped in `data/berlin/`.
public enum DemoData {
    /// Builds `data/berlin.sqlite` from `data/berlin/import.yaml` under `root` (the repository) unless it exists,
    /// and returns its URL.
    @discardableResult
    public static func ensureStore(at root: URL) throws -> URL {
        let store = root.appendingPathComponent("data/berlin.sqlite")
        guard !FileManager.default.fileExists(atPath: store.path) else { return store }
        try Importer.run(manifest: root.appendingPathComponent("data/berlin/import.yaml"), into: store)
        return store
    }
}
