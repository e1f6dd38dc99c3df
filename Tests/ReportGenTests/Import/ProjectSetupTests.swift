import Foundation
import Testing

@testable import ReportGen

/// The guesses `reportgen init` makes from names and values.
@Suite("Guesses of reportgen init")
struct ProjectSetupTests {
    @Test("levels are named from the longest word of the file name, in the singular")
    func levelNames() {
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/stadtteile.shp")) == "stadtteil")
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/lor_bezirksregionen_2021.shp")) == "bezirksregion")
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/lor_planungsraeume_2021.shp")) == "planungsraum")
        #expect(ProjectSetup.levelKey(of: URL(fileURLWithPath: "/x/Bezirke.geojson")) == "bezirk")
    }

    @Test("a column title gives the indicator, its reference date and a unit")
    func columnTitles() {
        let column = TableInspection.valueColumn("Einwohner unter 18 Jahren 31.12.2023")
        #expect(column.indicatorName == "Einwohner unter 18 Jahren" && column.period?.iso == "2023-12-31")
        #expect(TableInspection.valueColumn("Arbeitslose 2022").period?.iso == "2022-12-31")
        #expect(ProjectSetup.unit(of: "Anteil unter 18") == "%")
        #expect(ProjectSetup.unit(of: "Haushalte") == "Haushalte")
        #expect(ProjectSetup.unit(of: "Arbeitslose") == "Personen")
        #expect(NameSlug.slug("Einwohner unter 18 Jahren") == "einwohner_unter_18_jahren")
        #expect(NameSlug.slug("Ausländer") == "auslaender")
    }

    @Test("a reference date from the file name")
    func fileDates() {
        #expect(TableInspection.period(inFileName: "einwohnerbestand_06-2022_plr.csv")?.iso == "2022-06-30")
        #expect(TableInspection.period(inFileName: "ortsteile_20231231.csv")?.iso == "2023-12-31")
        #expect(TableInspection.period(inFileName: "mss_2021_index.csv")?.iso == "2021-12-31")
        #expect(TableInspection.period(inFileName: "profil.xlsx") == nil)
    }

    @Test("signs of official statistics and sentinel numbers")
    func signs() {
        #expect(TableInspection.sign("–") == .zero)
        #expect(TableInspection.sign(".") == .secret)
        #expect(TableInspection.sign("x") == .locked)
        #expect(TableInspection.sign("…") == .later)
        #expect(TableInspection.sign("-9999") == .invalid)
        #expect(TableInspection.sign("12") == nil)
    }

    @Test("key patterns tell the levels apart, or list the keys when ranges overlap")
    func keyPatterns() {
        let patterns = KeyPatterns.exclusive([
            ("stadt", ["000"]), ("bezirk", ["001", "002", "003"]), ("stadtteil", ["101", "209", "304"]),
        ])
        #expect(patterns.map(\.pattern) == ["000", "00[1-3]", "[1-3]0[1-9]"])
        let overlapping = KeyPatterns.exclusive([("a", ["11", "22"]), ("b", ["12"])])
        #expect(overlapping.map(\.pattern) == ["11|22", "12"])
    }

    @Test("keys lose a spreadsheet's .0 and gain the zeros a geometry's keys have")
    func keys() {
        #expect(TableInspection.normalisedKey("1", lengths: [3]) == ("001", true))
        #expect(TableInspection.normalisedKey("101.0", lengths: [3]) == ("101", false))
        #expect(TableInspection.normalisedKey("A1", lengths: [3]) == ("A1", false))
    }
}
