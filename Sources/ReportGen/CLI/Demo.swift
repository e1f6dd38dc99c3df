import ArgumentParser

extension ReportGenCommand {
    /// Renders the showcase document into the output folder.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render the demo documents into the output folder.")

        @Option(name: .shortAndLong, help: "The folder the documents are written to.")
        var output: String = "output"

        func run() throws {}
    }
}
