import ArgumentParser

/// The `reportgen` command: turns indicator data and report templates into finished documents.
public struct ReportGenCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "reportgen",
        abstract: "Turns municipal indicator data into finished report documents (PDF).",
        discussion: """
            ReportGen imports indicator tables and geometries into a store, and renders reports \
            with maps, charts, tables and text from declarative templates.
            """,
        subcommands: [Render.self, Check.self, Import.self, Init.self, List.self, Demo.self, Bench.self]
    )

    public init() {}
}
