import CairoBridge
import Foundation

/// One timed run of a template over all its areas, as `render` does it: documents, pages, time, CPU, PDF size and
/// the process's peak memory (a part of `bench` runs in a process of its own, so the peak is the run's).
struct DocumentRun {
    var template: String
    var storePath: String?
    var workers: Int
    var pdfStandards: Bool

    struct Measurement {
        var template: String
        var documents: Int
        var failed: Int
        var pages: Int
        var prepareSeconds: Double
        var renderSeconds: Double
        var cpuSeconds: Double
        var passSeconds: Double
        var bytes: Int
        var peakMegabytes: Double

        var totalSeconds: Double { prepareSeconds + renderSeconds }
    }

    /// Renders into `folder` (removed by the caller) and measures.
    func measure(into folder: URL) throws -> Measurement {
        let started = Date()
        let run = try TemplateRun(template: template, storePath: storePath, audience: nil)
        let prepared = Date()
        let resolver = ReportResolver(context: run.context)
        let scopes = resolver.scopes()
        let cpuBefore = PDFConformanceClock.processSeconds
        let passBefore = PDFConformanceClock.seconds
        let outcomes = try BatchRenderer(
            resolver: resolver, output: folder, workers: workers, showProgress: false, pdfStandards: pdfStandards
        ).render(scopes)
        let finished = Date()
        let bytes = outcomes.compactMap(\.file).reduce(0) { total, name in
            let path = folder.appendingPathComponent(name).path
            return total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        return Measurement(
            template: template, documents: outcomes.count, failed: outcomes.filter { $0.error != nil }.count,
            pages: outcomes.reduce(0) { $0 + $1.pageCount }, prepareSeconds: prepared.timeIntervalSince(started),
            renderSeconds: finished.timeIntervalSince(prepared),
            cpuSeconds: PDFConformanceClock.processSeconds - cpuBefore,
            passSeconds: PDFConformanceClock.seconds - passBefore,
            bytes: bytes, peakMegabytes: PeakMemory.megabytes)
    }
}

extension DocumentRun.Measurement {
    /// The lines `bench` prints; `scripts/bench-peer.sh` reads "total", "pages", "PDF size" and "peak memory".
    func lines(workers: Int, pdfStandards: Bool) -> [String] {
        [
            "template        \(template)",
            "documents       \(documents) (\(failed) failed)",
            "pages           \(pages)" + (pdfStandards ? " (PDF/UA-1 and PDF/A-2a)" : " (plain tagged PDF)"),
            String(
                format: "load + prepare  %.2f s (store snapshot, validation, map classes and simplification)",
                prepareSeconds),
            String(format: "render          %.2f s on %d threads", renderSeconds, workers),
            String(
                format:
                    "render CPU      %.2f s, of which %.2f s (%.1f %%) in the PDF/UA and PDF/A pass (reading and splicing the file, Artifacts, XMP, compressing the page content)",
                cpuSeconds, passSeconds, passSeconds * 100 / max(cpuSeconds, 1e-9)),
            String(format: "total           %.2f s", totalSeconds),
            String(format: "pages/second    %.1f", Double(pages) / max(renderSeconds, 1e-9)),
            String(format: "ms/page         %.2f", renderSeconds * 1000 / Double(max(pages, 1))),
            String(
                format: "PDF size        %.1f MB (%.0f KB per document)", Double(bytes) / 1e6,
                Double(bytes) / 1e3 / Double(max(documents, 1))),
            String(format: "peak memory     %.0f MB", peakMegabytes),
        ]
    }
}

/// The process's peak resident memory.
enum PeakMemory {
    static var megabytes: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
