import ArgumentParser
import Foundation
import IndicatorData

extension ReportGenCommand {
    /// `reportgen init FOLDER --geometry FILE --table FILE`
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a project for a new city from its geometry files and tables.",
            discussion: """
                Inspects the files (encoding, header rows, decimal style, key columns that join the geometry, \
                levels, value columns and their units and reference dates, the signs of the Zeichenerklärung, the \
                coordinate reference system) and writes a new project folder: the files under daten/, a commented \
                import.yaml and indicators.yaml, templates/statusbericht.yaml and reportgen.yaml. Every guess is \
                listed; check them, then run `reportgen import` and `reportgen render templates/statusbericht.yaml` \
                in the folder.
                """)

        @Argument(help: "The new project folder.")
        var folder: String

        @Option(
            name: .customLong("geometry"),
            help: "A geometry file of one level (Shapefile, GeoJSON, GeoPackage); repeat for each level.")
        var geometries: [String] = []

        @Option(name: .customLong("table"), help: "A table of values (CSV, XLSX) as published; repeat for several.")
        var tables: [String] = []

        @Option(
            name: .customLong("points"),
            help:
                "Points of interest (Kitas, schools): a CSV with coordinate columns or a vector file; repeat for several."
        )
        var points: [String] = []

        func run() throws {
            try CommandErrors.reporting {
                let setup = try ProjectSetup(
                    project: URL(fileURLWithPath: folder), geometries: geometries.map { URL(fileURLWithPath: $0) },
                    tables: tables.map { URL(fileURLWithPath: $0) }, points: points.map { URL(fileURLWithPath: $0) })
                try setup.write()
                for guess in setup.guesses { print("guess: \(guess)") }
                print(
                    """
                    wrote \(folder)/import.yaml, indicators.yaml, templates/statusbericht.yaml and reportgen.yaml.
                    Check the guesses above (marked GUESS in the files), then in \(folder):
                      reportgen import
                      reportgen render templates/statusbericht.yaml
                    """)
            }
        }
    }
}
