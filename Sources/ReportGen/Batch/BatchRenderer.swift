import Foundation
import Layout

/// Renders the reports of a plan: resolves each scope, lays it out and writes its PDF atomically, on all
/// cores, going on when one report fails. One `PDFRenderer` (one Pango context) per worker thread.
public struct BatchRenderer: Sendable {
    public let resolver: ReportResolver
    public let output: URL
    public let workers: Int
    public let showProgress: Bool
    /// Also write every figure as PNG, SVG and CSV into `<output>/abbildungen/`.
    public let exportsFigures: Bool

    public init(resolver: ReportResolver, output: URL, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                showProgress: Bool = true, exportsFigures: Bool = false) {
        self.resolver = resolver
        self.output = output
        self.workers = max(1, workers)
        self.showProgress = showProgress
        self.exportsFigures = exportsFigures
    }

    /// Renders `scopes` (or one combined document) and returns an outcome per file.
    public func render(_ scopes: [Scope]) throws -> [RenderOutcome] {
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        PartialFiles.removeStale(in: output)
        let combined = resolver.context.plan.settings.output == .combined
        let jobs: [[Scope]] = combined ? [scopes] : scopes.map { [$0] }
        let queue = JobQueue(count: jobs.count, progress: showProgress ? ProgressBar.forTerminal() : nil)
        let threads = min(workers, jobs.count)
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { _ in
            let renderer: PDFRenderer
            do {
                renderer = try PDFRenderer(theme: resolver.context.plan.settings.theme.theme)
            } catch {
                while let index = queue.take() {
                    queue.finish(index, RenderOutcome(subject: "", file: nil, pageCount: 0, findings: [], layoutWarnings: [],
                                                      error: "\(error)"))
                }
                return
            }
            while let index = queue.take() {
                queue.finish(index, render(jobs[index], combined: combined, with: renderer))
            }
        }
        return queue.results
    }

    private func render(_ scopes: [Scope], combined: Bool, with renderer: PDFRenderer) -> RenderOutcome {
        guard let first = scopes.first else {
            return RenderOutcome(subject: "", file: nil, pageCount: 0, findings: [], layoutWarnings: [], error: "no areas")
        }
        let report = combined ? resolver.combinedReport(for: scopes) : resolver.report(for: first)
        let url = output.appendingPathComponent(report.fileName)
        do {
            let summary = try renderer.render(report.document, to: url)
            if exportsFigures {
                _ = try FigureFiles(folder: output.appendingPathComponent("abbildungen"))
                    .write(report.document, baseName: url.deletingPathExtension().lastPathComponent)
            }
            return RenderOutcome(subject: report.subject, file: report.fileName, pageCount: summary.pageCount,
                                 findings: report.findings, layoutWarnings: summary.warnings.map(\.description), error: nil)
        } catch {
            return RenderOutcome(subject: report.subject, file: nil, pageCount: 0, findings: report.findings,
                                 layoutWarnings: [], error: "\(error)")
        }
    }
}

/// Temporary files of interrupted runs: renderers write `.<name>.pdf.<pid>.partial` and rename when complete;
/// a run that was killed leaves such a file, which the next run removes. None of them ends in `.pdf`.
enum PartialFiles {
    static func removeStale(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".partial") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
