import ArgumentParser
import Layout
import Testing

@testable import IndicatorData
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

extension CommandLineTests {
    @Test("list prints values in German format, points inside one area, and refuses unknown areas")
    func listing() throws {
        let berlin = try BerlinStore.get()
        let store = try IndicatorStore(at: berlin.url, readOnly: true)
        let area = AreaID(level: "bezirksregion", key: "011001")
        let period = try #require(Period("2020-12-31"))
        let value = try #require(berlin.snapshot.value("kinderarmut", of: area, period: period).value)
        let values = try Listing(store: store, level: nil, area: "011001", indicator: "kinderarmut", period: nil)
            .lines(.values, category: "kita")
        let formatted = GermanNumberFormat.number(value, decimals: 1)
        #expect(values == ["2020-12-31\t011001\tTiergarten Süd\t\(formatted)\tvalid"])
        let points = try Listing(store: store, level: "bezirksregion", area: "011001", indicator: nil, period: nil)
            .lines(.points, category: "kita")
        #expect(points.count == berlin.snapshot.pointsOfInterest(category: "kita", in: area).count)
        #expect(points.count > 0 && points.count < 2880)
        #expect(throws: DataError.unknownCategory(category: "spielplatz", known: ["kita", "schule"])) {
            try Listing(store: store, level: nil, area: nil, indicator: nil, period: nil)
                .lines(.points, category: "spielplatz")
        }
        #expect(throws: DataError.unknownArea(store: berlin.url.path, key: "9999")) {
            try Listing(store: store, level: nil, area: "9999", indicator: nil, period: nil)
        }
    }
}
