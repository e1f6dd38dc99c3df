import ArgumentParser
import Testing

@testable import ReportGen

@Suite("Command line")
struct CommandLineTests {
    @Test("import and list parse their arguments")
    func parses() throws {
        let importCommand = try ReportGenCommand.parseAsRoot([
            "import", "data/berlin/import.yaml", "--into", "s.sqlite",
        ])
        #expect((importCommand as? ReportGenCommand.Import)?.into == "s.sqlite")
        let list = try ReportGenCommand.parseAsRoot([
            "list", "values", "--indicator", "kinderarmut", "--level", "bezirk",
        ])
        #expect((list as? ReportGenCommand.List)?.what == .values)
        #expect(throws: (any Error).self) { try ReportGenCommand.parseAsRoot(["list", "streets"]) }
    }

    @Test("the help of import explains the manifest and the store")
    func help() {
        let help = ReportGenCommand.Import.helpMessage()
        #expect(help.contains("MANIFEST") || help.contains("<manifest>"))
        #expect(help.contains("--into"))
        #expect(help.contains("left unchanged"))
    }
}
