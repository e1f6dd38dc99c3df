import ArgumentParser
import Foundation
import IndicatorData

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

        @Argument(help: "The import manifest (YAML), e.g. data/berlin/import.yaml; by default the project's.")
        var manifest: String?

        @Option(help: "The store to create or update (SQLite); by default the project's (reportgen.yaml).")
        var into: String?

        @Flag(help: "Treat implausible values, areas and points as errors and leave the store unchanged.")
        var strict = false

        @Flag(help: "Print the lines behind summary warnings (e.g. every point that lies in no area).")
        var details = false

        func run() throws {
            try CommandErrors.reporting {
                let project = try ProjectFile.find(from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
                guard let manifestURL = manifest.map({ URL(fileURLWithPath: $0) }) ?? project?.manifestURL,
                    let storeURL = into.map({ URL(fileURLWithPath: $0) }) ?? project?.storeURL
                else {
                    throw DataError.conflict(
                        at: "reportgen import",
                        problem: "no manifest or store given, and no reportgen.yaml in this folder",
                        fix: "give MANIFEST --into STORE, or run it in a project folder (see `reportgen init`)")
                }
                let report = try Importer.run(
                    manifest: manifestURL, into: storeURL, options: ImportOptions(strict: strict))
                for line in report.unmatchedNames { print("unmatched: \(line)") }
                for line in report.warnings { print("warning: \(line)") }
                for line in report.notes { print("note: \(line)") }
                for line in details ? report.details : [] { print("detail: \(line)") }
                let target = project.map { "\($0.name) (\(storeURL.path))" } ?? storeURL.path
                print("imported into \(target): \(report.summary) in \(String(format: "%.2f", report.seconds)) s")
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
