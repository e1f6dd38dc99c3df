import CairoBridge
import Formats
import Foundation
import IndicatorData
import Layout

/// Renders the reports of a plan: resolves each scope, lays it out and writes its PDF (and the other formats
/// asked for) atomically, on all cores, going on when one report fails. One `PDFRenderer` (one Pango context) per worker thread.
public struct BatchRenderer: Sendable {
    public let resolver: ReportResolver
    public let output: URL
    public let workers: Int
    public let showProgress: Bool
    /// Also write every figure as PNG, SVG and CSV into `<output>/abbildungen/`.
    public let exportsFigures: Bool
    /// PDF/UA-1 and PDF/A-2a files (the default); false writes tagged PDFs that claim neither.
    public let pdfStandards: Bool

    /// The formats each document is written in, all from the same resolved document.
    public let formats: [OutputFormat]

    public init(
        resolver: ReportResolver, output: URL, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        showProgress: Bool = true, exportsFigures: Bool = false, pdfStandards: Bool = true,
        formats: [OutputFormat] = [.pdf]
    ) {
        self.resolver = resolver
        self.output = output
        self.workers = max(1, workers)
        self.showProgress = showProgress
        self.exportsFigures = exportsFigures
        self.pdfStandards = pdfStandards
        self.formats = formats
    }

    /// Renders `scopes` (or one combined document) and returns an outcome per file. A full disk or an unwritable
    /// folder stops the run with `DataError.cannotWriteOutput` (the caller then keeps the previous manifest).
    public func render(_ scopes: [Scope]) throws -> [RenderOutcome] {
        let folder = OutputFolder(url: output)
        try folder.prepare()
        AtomicFile.removeStale(in: output)
        let combined = resolver.context.plan.settings.output == .combined
        let jobs: [[Scope]] = combined ? [scopes] : scopes.map { [$0] }
        let names = Self.unique(
            jobs.map { resolver.fileName(for: $0) },
            keys: jobs.map { $0.first.map { $0.point?.sourceID ?? $0.area.id.key } ?? "" })
        let queue = JobQueue(count: jobs.count, progress: showProgress ? ProgressBar.forTerminal() : nil)
        let threads = min(workers, jobs.count)
        DispatchQueue.concurrentPerform(iterations: max(1, threads)) { _ in
            let renderer: PDFRenderer
            do {
                renderer = try PDFRenderer(
                    theme: resolver.context.plan.settings.theme.theme, pdfStandards: pdfStandards)
            } catch {
                while let index = queue.take() {
                    queue.finish(
                        index,
                        RenderOutcome(
                            subject: "", file: nil, pageCount: 0, findings: [], layoutWarnings: [],
                            error: "\(error)"))
                }
                return
            }
            var glyphs = GlyphCoverage(theme: resolver.context.plan.settings.theme.theme)
            while let index = queue.take() {
                // A single document (a combined one) has all threads: it lays out and prepares figures on them.
                let (outcome, storage) = render(
                    jobs[index], named: names[index], combined: combined, with: renderer,
                    threads: jobs.count == 1 ? workers : 1, glyphs: &glyphs)
                queue.finish(index, outcome)
                if let storage { queue.stop(because: storage) }
            }
        }
        if let problem = queue.stopReason { throw DataError.cannotWriteOutput(folder: output.path, reason: problem) }
        return queue.results
    }

    /// File names made unique before anything is written: a name two reports share (two Bezirksregionen
    /// called "Heerstraße" with `file-name: "{{ area.name }}"`) gets each report's area key.
    static func unique(_ names: [String], keys: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for name in names { counts[name, default: 0] += 1 }
        var seen = Set<String>()
        return zip(names, keys).map { name, key in
            var result = name
            if counts[name, default: 0] > 1 { result = String(name.dropLast(4)) + "-" + FileName.safe(key) + ".pdf" }
            while !seen.insert(result).inserted { result = String(result.dropLast(4)) + "-1.pdf" }
            return result
        }
    }

    /// The outcome of one file, and the reason when the file system refused to write it (which stops the run).
    private func render(
        _ scopes: [Scope], named fileName: String, combined: Bool, with renderer: PDFRenderer, threads: Int,
        glyphs: inout GlyphCoverage
    ) -> (RenderOutcome, storage: String?) {
        guard let first = scopes.first else {
            return (
                RenderOutcome(
                    subject: "", file: nil, pageCount: 0, findings: [], layoutWarnings: [], error: "no areas"), nil
            )
        }
        var report =
            combined ? resolver.combinedReport(for: scopes, threads: threads) : resolver.report(for: first)
        report.findings += glyphs.findings(in: report.document, subject: report.subject)
        // What `check` reports as an error stops the document before anything is written.
        let errors = report.findings.filter { $0.severity == .error }
        guard errors.isEmpty else {
            return (
                RenderOutcome(
                    subject: report.subject, file: nil, pageCount: 0, findings: report.findings, layoutWarnings: [],
                    error: errors.map { ($0.location.map { "\($0): " } ?? "") + $0.message }.joined(separator: "\n")),
                nil
            )
        }
        let url = output.appendingPathComponent(fileName)
        do {
            let summary = formats.contains(.pdf) ? try renderer.render(report.document, to: url, threads: threads) : nil
            let others = try writeOtherFormats(of: report.document, besides: url)
            if exportsFigures {
                _ = try FigureFiles(folder: output.appendingPathComponent("abbildungen"))
                    .write(report.document, baseName: url.deletingPathExtension().lastPathComponent)
            }
            return (
                RenderOutcome(
                    subject: report.subject, file: summary == nil ? others.first : fileName,
                    pageCount: summary?.pageCount ?? 0, findings: report.findings,
                    layoutWarnings: summary?.warnings.map(\.description) ?? [], error: nil,
                    otherFormats: summary == nil ? Array(others.dropFirst()) : others), nil
            )
        } catch {
            let storage = (error as? CairoError)?.systemError.map { String(cString: strerror($0)) }
            return (
                RenderOutcome(
                    subject: report.subject, file: nil, pageCount: 0, findings: report.findings,
                    layoutWarnings: [], error: "\(error)"), storage
            )
        }
    }
}
