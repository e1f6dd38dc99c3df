import Foundation
import GRDB

/// Runs an import manifest into a store.
///
/// The import writes into the store itself, in one immediate transaction (see `IndicatorStore.write`): a second
/// import of the same store waits for the first and builds on what it committed, a render reads the store as it
/// was before or after, and on any error the transaction rolls back and the store is left exactly as it was.
public enum Importer {
    @discardableResult
    public static func run(
        manifest manifestURL: URL, into storeURL: URL, options: ImportOptions = ImportOptions(),
        busyTimeout: TimeInterval = IndicatorStore.defaultBusyTimeout
    ) throws -> ImportReport {
        let start = Date()
        let declarations = try ImportDeclarations(manifest: manifestURL)
        try? FileManager.default.createDirectory(
            at: storeURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let store = try IndicatorStore(at: storeURL, busyTimeout: busyTimeout)
        var report = try store.write { db in
            let session = try ImportSession(
                db: db, manifestURL: manifestURL, manifest: declarations.manifest, catalogue: declarations.catalogue)
            session.declaredRelations = declarations.relations
            try session.run()
            session.report.notes += declarations.visibilityNotes
            if options.strict, !session.report.warnings.isEmpty {
                throw DataError.implausible(warnings: session.report.warnings)
            }
            return session.report
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }
}

/// The manifest and the catalogue it names, read and checked before the store is touched.
struct ImportDeclarations {
    let manifest: ImportManifest
    let catalogue: [Indicator]
    /// What the catalogue makes internal because it is computed from an internal indicator.
    let visibilityNotes: [String]
    let relations: [AdditiveRelation]

    init(manifest manifestURL: URL) throws {
        let (manifest, node) = try YAMLFile.decode(
            ImportManifest.self, shape: ImportSchemas.manifest, from: manifestURL, referencedFrom: "the command line")
        try ManifestChecks.checkColumns(of: node, file: manifestURL.path)
        try ManifestChecks.checkParents(of: node, file: manifestURL.path)
        let catalogueURL = FileGlob.url(manifest.catalogue, relativeTo: manifestURL.deletingLastPathComponent())
        let (declared, catalogueNode) = try YAMLFile.decode(
            IndicatorCatalogue.self, shape: ImportSchemas.catalogue, from: catalogueURL,
            referencedFrom: manifestURL.path)
        let validated = try declared.validated(file: catalogueURL.path)
        try IndexChecks(file: catalogueURL.path).check(validated, catalogue: catalogueNode)
        try IndicatorModel.check(catalogue: catalogueNode, file: catalogueURL.path)
        (catalogue, visibilityNotes) = VisibilityPropagation.propagated(validated)
        relations = try AdditiveRelation.declared(in: catalogue, file: catalogueURL.path)
        try MinimumBase.validate(catalogue, file: catalogueURL.path)
        self.manifest = manifest
    }
}
