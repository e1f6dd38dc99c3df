import ArgumentParser
import Foundation
import Layout

extension ReportGenCommand {
    /// `reportgen check TEMPLATE`: validation and a preflight over every area, without writing PDFs.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a template and run a preflight over every area.",
            discussion: """
                Reports unknown names (with file:line:column), values that are missing or suppressed, tables \
                without rows, and text or figures that had to be cut or scaled to fit a page.
                """)

        @Argument(help: "The report template (YAML).")
        var template: String

        @Option(help: "The indicator store; by default the Berlin demo store.")
        var store: String?

        @Option(name: .customLong("area"), help: "Check only this area key; repeat for several.")
        var areas: [String] = []

        @Flag(help: "Also list notes (values that the text explains instead of showing).")
        var verbose = false

        func run() throws {
            try CommandErrors.reporting {
                let run = try TemplateRun(template: template, storePath: store, audience: nil)
                let resolver = ReportResolver(context: run.context)
                let scopes = resolver.scopes(only: areas.isEmpty ? nil : Set(areas))
                let renderer = try PDFRenderer(theme: run.plan.settings.theme.theme)
                let glyphs = GlyphCoverage(theme: run.plan.settings.theme.theme)
                var counts: [Finding.Severity: Int] = [:]
                for scope in scopes {
                    let report = resolver.report(for: scope)
                    var findings = report.findings + glyphs.findings(in: report.document, subject: report.subject)
                    let laidOut = renderer.layout(report.document)
                    findings += laidOut.warnings.map {
                        Finding(severity: .warning, subject: report.subject, location: nil, message: $0.description)
                    }
                    for finding in findings {
                        counts[finding.severity, default: 0] += 1
                        if finding.severity != .note || verbose { print(finding) }
                    }
                }
                for warning in run.context.snapshot.suspectRateWarnings() {
                    counts[.warning, default: 0] += 1
                    print("warning: \(warning)")
                }
                print("checked \(scopes.count) reports: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, "
                    + "\(counts[.note] ?? 0) notes")
                if (counts[.error] ?? 0) > 0 { throw ExitCode.failure }
            }
        }
    }
}
