import Foundation
import PDFInspection

@testable import IndicatorData
@testable import ReportGen

/// Paths and temporary folders for tests.
enum TestSupport {
    /// The repository root, found from this file's path.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let fixtures = repoRoot.appendingPathComponent("Tests/ReportGenTests/Fixtures")

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }
}

/// The Berlin demo data imported once per test run into a temporary store (the static is initialised once,
/// thread-safely).
enum BerlinStore {
    struct Imported: Sendable {
        var report: ImportReport
        var snapshot: StoreSnapshot
        var url: URL
    }

    static let shared: Result<Imported, DataError> = {
        do {
            let folder = try PDFInspection.temporaryDirectory()
            let url = folder.appendingPathComponent("berlin.sqlite")
            let report = try Importer.run(
                manifest: TestSupport.repoRoot.appendingPathComponent("data/berlin/import.yaml"), into: url)
            return .success(Imported(report: report, snapshot: try IndicatorStore(at: url).snapshot(), url: url))
        } catch let error as DataError {
            return .failure(error)
        } catch {
            return .failure(.database(file: "berlin", reason: "\(error)"))
        }
    }()

    static func get() throws -> Imported { try shared.get() }
}
