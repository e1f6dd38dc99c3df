import ArgumentParser
import CairoBridge
import Foundation
import Layout

extension ReportGenCommand {
    /// `reportgen bench`: renders a template for every area and the BZR-Profil benchmark document and prints
    /// pages, time, milliseconds per page, PDF size and peak memory; times single figures; and measures how time
    /// and memory grow on a synthetic city with ten times the areas. Each part runs in a process of its own.
    struct Bench: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Measure rendering speed and memory on the demo data.",
            discussion: "Writes into a temporary folder; prints figures, asserts nothing.")

        @Option(help: "The template to render for every area (part \"reports\").")
        var template: String = "templates/statusbericht.yaml"

        @Option(help: "The benchmark document (part \"benchmark\"), one PDF of 143 × 2 pages.")
        var benchmark: String = "benchmarks/bzr-profil.yaml"

        @Option(help: "The indicator store; by default the Berlin demo store.")
        var store: String?

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int?

        @Option(help: "How often each single figure is drawn for its timing.")
        var repeats: Int = 50

        @Option(
            help:
                "Measure only this part: reports, benchmark, figures or growth (default: all, each in a process of its own)."
        )
        var part: BenchPart?

        @Option(
            parsing: .upToNextOption,
            help:
                "Part \"growth\": the sizes of the synthetic city, in multiples of 143 Bezirksregionen; the first is the base."
        )
        var scale: [Int] = [1, 10]

        @Flag(
            help:
                "Write plain tagged PDFs instead of PDF/UA-1 and PDF/A-2a files (no Artifacts, XMP claims or OutputIntent)."
        )
        var noPdfStandards = false

        @Flag(
            help:
                "Write Cairo's own PDFs, without the PDF/UA and PDF/A pass at all (as before it existed), to measure what the pass costs."
        )
        var withoutPdfPass = false

        func run() throws {
            try CommandErrors.reporting {
                guard let part else {
                    for part in BenchPart.allCases {
                        print("== \(part.rawValue)")
                        _ = try child(withStore: part != .growth).run(part)
                    }
                    return
                }
                try run(part)
            }
        }

        private func run(_ part: BenchPart) throws {
            let workers = jobs ?? ProcessInfo.processInfo.activeProcessorCount
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportgen-bench-\(getpid())")
            defer { try? FileManager.default.removeItem(at: folder) }
            if withoutPdfPass { ContentCompression.leaveToCairoWithoutPass() }
            switch part {
            case .reports, .benchmark:
                let run = DocumentRun(
                    template: part == .reports ? template : benchmark, storePath: store, workers: workers,
                    pdfStandards: !noPdfStandards)
                let measurement = try run.measure(into: folder)
                let standards = !noPdfStandards && !withoutPdfPass
                for line in measurement.lines(workers: workers, pdfStandards: standards) { print(line) }
            case .figures:
                let run = try TemplateRun(template: template, storePath: store, audience: nil)
                let resolver = ReportResolver(context: run.context)
                let scopes = resolver.scopes()
                print(glyphTiming(resolver, scopes: scopes, theme: run.plan.settings.theme.theme))
                let scope = scopes.first
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try FigureBench(context: run.context, scope: scope, repeats: max(1, repeats), folder: folder).run()
                for timing in try CoreBenchmark.run() { print(timing) }
            case .pass:
                try PassBench(child: child(withStore: true, pdfFlags: false)).run()
            case .growth:
                try GrowthBench(child: child(withStore: false), scales: scale.map { max(1, $0) }).run()
            }
        }

        /// Starts parts with this command's options; a synthetic city brings its own store, and the pass's part
        /// chooses the PDF flags of its runs itself.
        private func child(withStore: Bool, pdfFlags: Bool = true) -> BenchChild {
            var common = ["--template", template, "--benchmark", benchmark, "--repeats", String(repeats)]
            if let jobs { common += ["--jobs", String(jobs)] }
            if withStore, let store { common += ["--store", store] }
            if pdfFlags, noPdfStandards { common.append("--no-pdf-standards") }
            if pdfFlags, withoutPdfPass { common.append("--without-pdf-pass") }
            return BenchChild(common: common)
        }
    }
}

extension ReportGenCommand.Bench {
    /// What the check for characters no font can draw (`GlyphCoverage`, run on every document `render` writes)
    /// costs: the first document asks Pango about each of its characters, later ones only about new characters.
    func glyphTiming(_ resolver: ReportResolver, scopes: [Scope], theme: Theme) -> String {
        let documents = scopes.prefix(10).map { resolver.report(for: $0).document }
        var glyphs = GlyphCoverage(theme: theme)
        var milliseconds: [Double] = []
        for document in documents {
            let start = Date()
            _ = glyphs.findings(in: document, subject: "")
            milliseconds.append(Date().timeIntervalSince(start) * 1000)
        }
        let later = milliseconds.dropFirst()
        return String(
            format: "glyph check     %.1f ms for the first document, %.2f ms for each later one (of %d)",
            milliseconds.first ?? 0, later.reduce(0, +) / Double(max(later.count, 1)), documents.count)
    }
}
