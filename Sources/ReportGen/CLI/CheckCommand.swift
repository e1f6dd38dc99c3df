import ArgumentParser
import Formats
import Foundation
import Layout

extension ReportGenCommand {
    /// `reportgen check TEMPLATE`: validation and a preflight over every area, without writing PDFs.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a template and run a preflight over every area.",
            discussion: """
                Reports unknown names (with file:line:column), values that are missing or suppressed, tables \
                without rows, text or figures that had to be cut or scaled to fit a page, pages more than 40 % \
                empty without a page break, figure labels that collide or are cut, a dropped locator, and blocks \
                a format shows differently from the PDF (and what it shows instead).
                """)

        @Argument(help: "The report template (YAML).")
        var template: String

        @Option(help: "The indicator store; by default the Berlin demo store.")
        var store: String?

        @Option(name: .customLong("area"), help: "Check only this area key; repeat for several.")
        var areas: [String] = []

        @Option(
            name: .customLong("format"),
            help: "The formats to check for, separated by commas (default: the template's formats, else pdf).")
        var formats: String?

        @Flag(help: "Also list notes (values that the text explains instead of showing).")
        var verbose = false

        func run() throws {
            try CommandErrors.reporting {
                let run = try TemplateRun(template: template, storePath: store, audience: nil)
                let resolver = ReportResolver(context: run.context)
                let scopes = resolver.scopes(only: areas.isEmpty ? nil : Set(areas))
                let renderer = try PDFRenderer(theme: run.plan.settings.theme.theme)
                let chosen = try formats.map(OutputFormat.list) ?? run.plan.settings.formats
                var glyphs = GlyphCoverage(theme: run.plan.settings.theme.theme)
                var counts: [Finding.Severity: Int] = [:]
                var formatNotes: [String] = []
                for scope in scopes {
                    let report = resolver.report(for: scope)
                    for format in chosen {
                        formatNotes += FormatLimits.messages(for: report.document, in: format).filter {
                            !formatNotes.contains($0)
                        }
                    }
                    var findings = report.findings + glyphs.findings(in: report.document, subject: report.subject)
                    let laidOut = renderer.layout(report.document)
                    findings += laidOut.warnings.map {
                        Finding(severity: .warning, subject: report.subject, location: nil, message: $0.description)
                    }
                    findings += renderer.auditFigures(laidOut).map {
                        Finding(severity: .warning, subject: report.subject, location: nil, message: $0.description)
                    }
                    for finding in findings {
                        counts[finding.severity, default: 0] += 1
                        if finding.severity != .note || verbose { print(finding) }
                    }
                }
                for note in formatNotes { print("note: \(note)") }
                counts[.note, default: 0] += formatNotes.count
                for warning in run.context.snapshot.suspectRateWarnings() {
                    counts[.warning, default: 0] += 1
                    print("warning: \(warning)")
                }
                print(
                    "checked \(scopes.count) reports: \(counts[.error] ?? 0) errors, \(counts[.warning] ?? 0) warnings, "
                        + "\(counts[.note] ?? 0) notes")
                if (counts[.error] ?? 0) > 0 { throw ExitCode.failure }
            }
        }
    }
}
