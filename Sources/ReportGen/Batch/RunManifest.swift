import Foundation
import IndicatorData

/// The record of a run, written next to the PDFs as `manifest.json`: inputs with checksums, the class breaks
/// of every map, the suppressed cells its reports show as "k. A." (never an internal indicator in a public run),
/// and every file with its page count.
struct RunManifest: Encodable {
    struct File: Encodable {
        var subject: String
        var file: String?
        var pages: Int
        var error: String?
        var otherFormats: [String]
    }

    struct Input: Encodable {
        var path: String
        var checksum: String
    }

    var template: Input
    var store: Input
    var period: String?
    var audience: String
    var classBreaks: [String: [Double]]
    var suppressedCells: [String]
    var files: [File]

    /// Writes the manifest atomically: when the disk refuses, the previous manifest stays.
    func write(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try encoder.encode(self).write(to: url, options: .atomic)
        } catch {
            throw DataError.cannotWriteOutput(
                folder: url.deletingLastPathComponent().path, reason: "manifest.json: \(error.localizedDescription)")
        }
    }
}

extension RunManifest {
    init(run: TemplateRun, outcomes: [RenderOutcome]) {
        let templateURL = URL(fileURLWithPath: run.plan.file)
        self.init(
            template: Input(path: run.plan.file, checksum: Checksum.fnv1a(of: templateURL)),
            store: Input(path: run.store.url.path, checksum: Checksum.fnv1a(of: run.store.url)),
            period: run.plan.settings.period?.value, audience: run.plan.settings.audience.rawValue,
            classBreaks: run.context.classBreaks,
            suppressedCells: run.context.snapshot.shownSuppressions(for: run.plan.settings.audience).map {
                "\($0.indicator) \($0.period) \($0.area): \($0.reason)"
            }.sorted(),
            files: outcomes.map {
                File(
                    subject: $0.subject, file: $0.file, pages: $0.pageCount, error: $0.error,
                    otherFormats: $0.otherFormats)
            })
    }
}
