import Foundation
import GRDB

/// Runs an import manifest into a store.
///
/// The import works on a copy of the store (or a new file) next to it, in one transaction, and replaces the store
/// by renaming only when everything succeeded: on any error the store is left exactly as it was.
public enum Importer {
    @discardableResult
    public static func run(
        manifest manifestURL: URL, into storeURL: URL, options: ImportOptions = ImportOptions()
    ) throws -> ImportReport {
        let start = Date()
        let (manifest, node) = try YAMLFile.decode(
            ImportManifest.self, shape: ImportSchemas.manifest, from: manifestURL, referencedFrom: "the command line")
        try ManifestChecks.checkColumns(of: node, file: manifestURL.path)
        let catalogueURL = FileGlob.url(manifest.catalogue, relativeTo: manifestURL.deletingLastPathComponent())
        let (declared, catalogueNode) = try YAMLFile.decode(
            IndicatorCatalogue.self, shape: ImportSchemas.catalogue, from: catalogueURL,
            referencedFrom: manifestURL.path)
        let catalogue = try declared.validated(file: catalogueURL.path)
        try IndexChecks(file: catalogueURL.path).check(catalogue, catalogue: catalogueNode)

        let fileManager = FileManager.default
        let folder = storeURL.deletingLastPathComponent()
        try? fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        let workURL = folder.appendingPathComponent(".\(storeURL.lastPathComponent).importing-\(UUID().uuidString)")
        defer { try? fileManager.removeItem(at: workURL) }
        if fileManager.fileExists(atPath: storeURL.path) {
            do {
                try fileManager.copyItem(at: storeURL, to: workURL)
            } catch {
                throw DataError.database(
                    file: storeURL.path, reason: "cannot copy the store: \(error.localizedDescription)")
            }
        }
        var report = try importInto(
            workURL, manifestURL: manifestURL, manifest: manifest, catalogue: catalogue, options: options)
        guard rename(workURL.path, storeURL.path) == 0 else {
            throw DataError.database(file: storeURL.path, reason: "cannot replace the store (errno \(errno))")
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    private static func importInto(
        _ url: URL, manifestURL: URL, manifest: ImportManifest, catalogue: [Indicator], options: ImportOptions
    )
        throws -> ImportReport
    {
        let store = try IndicatorStore(at: url)
        return try store.write { db in
            let session = try ImportSession(db: db, manifestURL: manifestURL, manifest: manifest, catalogue: catalogue)
            try session.run()
            if options.strict, !session.report.warnings.isEmpty {
                throw DataError.implausible(warnings: session.report.warnings)
            }
            return session.report
        }
    }
}
