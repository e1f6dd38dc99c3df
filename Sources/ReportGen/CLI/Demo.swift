import ArgumentParser
import Formats
import Foundation
import IndicatorData

extension ReportGenCommand {
    /// `reportgen demo`: builds the Berlin demo store when missing and renders every template of the
    /// catalogue into `output/<template>/`; a template with `sample:` only for those examples, which (like the
    /// single-document reports) are written in every format: PDF, HTML, DOCX, ODT, XLSX.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render the report catalogue from the Berlin demo data into the output folder.",
            discussion: "Builds data/berlin.sqlite from data/berlin/ first when it is missing.")

        @Option(name: .shortAndLong, help: "The folder the documents are written to.")
        var output: String = "output"

        @Option(help: "The folder with the report templates.")
        var templates: String = "templates"

        func run() throws {
            try CommandErrors.reporting {
                let root = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
                let store = try DemoData.ensureStore(at: root)
                let names = try FileManager.default.contentsOfDirectory(atPath: templates)
                    .filter { $0.hasSuffix(".yaml") }.sorted()
                var failures = 0
                for name in names {
                    let template = URL(fileURLWithPath: templates).appendingPathComponent(name)
                    let folder = URL(fileURLWithPath: output).appendingPathComponent(
                        template.deletingPathExtension().lastPathComponent)
                    let run = try TemplateRun(template: template.path, storePath: store.path, audience: nil)
                    let resolver = ReportResolver(context: run.context)
                    let started = Date()
                    let sample = run.plan.settings.sample.map(\.value)
                    let scopes = resolver.scopes(only: sample.isEmpty ? nil : Set(sample))
                    // Figures alone (PNG, SVG, CSV) and every format for the single-document reports and samples;
                    // the template's formats for the 143 profiles.
                    let single = scopes.count == 1 || run.plan.settings.output == .combined || !sample.isEmpty
                    let outcomes = try BatchRenderer(
                        resolver: resolver, output: folder, exportsFigures: single,
                        formats: single ? OutputFormat.allCases : run.plan.settings.formats
                    ).render(scopes)
                    try RunManifest(run: run, outcomes: outcomes).write(
                        to: folder.appendingPathComponent("manifest.json"))
                    let pages = outcomes.reduce(0) { $0 + $1.pageCount }
                    print(
                        String(
                            format: "%@: %d documents, %d pages in %.2f s → %@/", name, outcomes.count, pages,
                            Date().timeIntervalSince(started), folder.path))
                    for warning in outcomes.flatMap(\.warnings) { print(warning) }
                    for outcome in outcomes where outcome.error != nil {
                        failures += 1
                        printError("error: [\(outcome.subject)] \(outcome.error ?? "")")
                    }
                }
                if failures > 0 { throw ExitCode.failure }
            }
        }
    }
}
