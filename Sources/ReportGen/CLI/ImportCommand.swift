import ArgumentParser
import Foundation

extension ReportGenCommand {
    /// `reportgen import MANIFEST --into STORE`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the files a manifest names into an indicator store.",
            discussion: """
                Reads geometries (Shapefile, GeoJSON, TopoJSON, GeoPackage, KML), tables (CSV, XLSX) and points \
                of interest as the manifest describes, aggregates to every level, computes derived indicators and \
                applies disclosure control. On any error the store is left unchanged.
                """)

        @Argument(help: "The import manifest (YAML), e.g. data/berlin/import.yaml.")
        var manifest: String

        @Option(help: "The store to create or update (SQLite).")
        var into: String

        @Flag(help: "Treat implausible values, areas and points as errors and leave the store unchanged.")
        var strict = false

        @Flag(help: "Print the lines behind summary warnings (e.g. every point that lies in no area).")
        var details = false

        func run() throws {
            try CommandErrors.reporting {
                let report = try Importer.run(
                    manifest: URL(fileURLWithPath: manifest), into: URL(fileURLWithPath: into),
                    options: ImportOptions(strict: strict))
                for line in report.unmatchedNames { print("unmatched: \(line)") }
                for line in report.warnings { print("warning: \(line)") }
                for line in report.notes { print("note: \(line)") }
                for line in details ? report.details : [] { print("detail: \(line)") }
                print("imported into \(into): \(report.summary) in \(String(format: "%.2f", report.seconds)) s")
            }
        }
    }
}

/// Prints a `DataError` as its message (no stack trace) and exits non-zero.
enum CommandErrors {
    static func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as DataError {
            printError(error.description)
            throw ExitCode.failure
        } catch let error as TemplateError {
            printError(error.description)
            throw ExitCode.failure
        } catch let error as TemplateErrors {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}
