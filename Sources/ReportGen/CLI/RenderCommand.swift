import ArgumentParser
import Dispatch
import Formats
import Foundation
import IndicatorData
import Layout

extension ReportGenCommand {
    /// `reportgen render TEMPLATE`: one PDF per area (or one combined PDF) plus `manifest.json`.
    struct Render: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render a report template for one, several or all areas.",
            discussion: """
                Validates the template against the store first: nothing is drawn while it has errors. Each PDF \
                is written atomically; when one area fails the others are still rendered, and the command ends \
                with a summary and a non-zero exit status.
                """)

        @Argument(help: "The report template (YAML), e.g. templates/statusbericht.yaml.")
        var template: String

        @Option(
            help: "The indicator store; by default the project's (reportgen.yaml here or above), else the Berlin demo.")
        var store: String?

        @Option(name: .customLong("area"), help: "Render only this area key (or Kita number); repeat for several.")
        var areas: [String] = []

        @Option(name: .shortAndLong, help: "The folder the PDFs and manifest.json are written to.")
        var output: String = "output"

        @Option(help: "Override the template's audience: public or internal.")
        var audience: String?

        @Option(
            name: .customLong("set"),
            help: "A parameter the template declares under params:, as name=value (e.g. drucksache=DS/1234/XXI).")
        var parameters: [String] = []

        @Option(help: "Worker threads (default: all cores).")
        var jobs: Int?

        @Flag(help: "Also write every figure as PNG, SVG and CSV (its data) into OUTPUT/abbildungen/.")
        var figures = false

        @Flag(
            help:
                "Write plain tagged PDFs instead of PDF/UA-1 and PDF/A-2a files (no Artifacts, XMP claims or OutputIntent)."
        )
        var noPdfStandards = false

        @Option(
            name: .customLong("format"),
            help:
                "The formats to write, separated by commas: pdf, html, docx, odt, xlsx (default: the template's formats, else pdf)."
        )
        var formats: String?

        func run() throws {
            try CommandErrors.reporting {
                let run = try TemplateRun(
                    template: template, storePath: store, audience: audience, settings: parameters, useSamples: false)
                let resolver = ReportResolver(context: run.context)
                let scopes = resolver.scopes(only: areas.isEmpty ? nil : Set(areas))
                let found = Set(scopes.map { $0.point?.sourceID ?? $0.area.id.key })
                let unknown = areas.filter { !found.contains($0) }
                guard unknown.isEmpty, !scopes.isEmpty else {
                    let known = resolver.scopes().map { $0.point?.sourceID ?? $0.area.id.key }
                    let names = unknown.map { "\"\($0)\"." + Suggestions.phrase(for: $0, in: known) }
                    printError(
                        unknown.isEmpty
                            ? "error: the template's for-each selects no area; check its filter."
                            : "error: no report of this template is about " + names.joined(separator: " ")
                                + " `reportgen list areas --level LEVEL` lists the keys.")
                    throw ExitCode.validationFailure
                }
                let chosen = try formats.map(OutputFormat.list) ?? run.plan.settings.formats
                let folder = URL(fileURLWithPath: output)
                let interrupt = InterruptCleanup(folder: folder)
                defer { interrupt.cancel() }
                let started = Date()
                let outcomes = try BatchRenderer(
                    resolver: resolver, output: folder, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount,
                    exportsFigures: figures, pdfStandards: !noPdfStandards, formats: chosen
                ).render(scopes)
                try RunManifest(run: run, outcomes: outcomes).write(to: folder.appendingPathComponent("manifest.json"))
                let failed = outcomes.filter { $0.error != nil }
                let pages = outcomes.reduce(0) { $0 + $1.pageCount }
                let seconds = Date().timeIntervalSince(started)
                print(
                    "rendered \(outcomes.count - failed.count) of \(outcomes.count) documents, \(pages) pages, "
                        + "in \(String(format: "%.2f", seconds)) s into \(output)/")
                for warning in outcomes.flatMap(\.warnings) { print(warning) }
                for warning in run.context.snapshot.suspectRateWarnings() { print("warning: \(warning)") }
                guard failed.isEmpty else {
                    for outcome in failed { printError("error: [\(outcome.subject)] \(outcome.error ?? "")") }
                    throw ExitCode.failure
                }
            }
        }
    }
}

/// Removes the temporary files of a run that is interrupted with Ctrl-C or `kill`, then exits.
final class InterruptCleanup: @unchecked Sendable {
    // @unchecked: the sources are only touched on init and cancel, from the main thread.
    private var sources: [DispatchSourceSignal] = []

    init(folder: URL) {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                AtomicFile.removeStale(in: folder, includingOwn: true)
                exit(128 + number)
            }
            source.resume()
            sources.append(source)
        }
    }

    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
