import ArgumentParser
import CairoBridge
import Foundation
import Layout

extension ReportGenCommand {
    /// `reportgen bench`: renders a template for every area and prints pages per second, milliseconds per
    /// page and peak memory, then times single figures (the city map of all Planungsräume, a bar chart).
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure rendering speed and memory on the demo data.",
            discussion: "Writes into a temporary folder; prints figures, asserts nothing.")

        @Option(help: "The template to render for every area.")
        var template: String = "templates/statusbericht.yaml"

        @Option(help: "The indicator store; by default the Berlin demo store.")
        var store: String?

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int?

        @Option(help: "How often each single figure is drawn for its timing.")
        var repeats: Int = 50

        @Flag(help: "Write plain tagged PDFs instead of PDF/UA-1 and PDF/A-2a files (no Artifacts, XMP claims or OutputIntent).")
        var noPdfStandards = false

        func run() throws {
            try CommandErrors.reporting {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportgen-bench-\(getpid())")
                defer { try? FileManager.default.removeItem(at: folder) }
                let started = Date()
                let run = try TemplateRun(template: template, storePath: store, audience: nil)
                let prepared = Date()
                let resolver = ReportResolver(context: run.context)
                let scopes = resolver.scopes()
                let cpuBefore = PDFConformanceClock.processSeconds
                let passBefore = PDFConformanceClock.seconds
                let outcomes = try BatchRenderer(
                    resolver: resolver, output: folder, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                    showProgress: false, pdfStandards: !noPdfStandards
                ).render(scopes)
                let finished = Date()
                let cpu = PDFConformanceClock.processSeconds - cpuBefore
                let pass = PDFConformanceClock.seconds - passBefore
                let pages = outcomes.reduce(0) { $0 + $1.pageCount }
                let seconds = finished.timeIntervalSince(prepared)
                let bytes = outcomes.compactMap(\.file).reduce(0) { total, name in
                    total + ((try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[.size] as? Int) ?? 0)
                }
                print("template        \(template)")
                print("documents       \(outcomes.count) (\(outcomes.filter { $0.error != nil }.count) failed)")
                print("pages           \(pages)" + (noPdfStandards ? " (plain tagged PDF)" : " (PDF/UA-1 and PDF/A-2a)"))
                print(String(format: "load + prepare  %.2f s (store snapshot, validation, map classes and simplification)",
                             prepared.timeIntervalSince(started)))
                print(String(format: "render          %.2f s on %d threads", seconds, jobs ?? ProcessInfo.processInfo.activeProcessorCount))
                print(String(format: "render CPU      %.2f s, of which %.2f s (%.1f %%) in the PDF/UA and PDF/A pass (qpdf, Artifacts, XMP, compressing the page content)",
                             cpu, pass, pass * 100 / max(cpu, 1e-9)))
                print(String(format: "total           %.2f s", finished.timeIntervalSince(started)))
                print(String(format: "pages/second    %.1f", Double(pages) / max(seconds, 1e-9)))
                print(String(format: "ms/page         %.2f", seconds * 1000 / Double(max(pages, 1))))
                print(String(format: "PDF size        %.1f MB (%.0f KB per document)", Double(bytes) / 1e6, Double(bytes) / 1e3 / Double(max(outcomes.count, 1))))
                print(String(format: "peak memory     %.0f MB", PeakMemory.megabytes))
                try FigureBench(context: run.context, scope: scopes.first, repeats: max(1, repeats), folder: folder).run()
                for timing in try CoreBenchmark.run() { print(timing) }
            }
        }
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
