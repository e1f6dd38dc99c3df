import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Neustadt, a synthetic second city whose files have the quirks of real publications (see
/// Fixtures/neustadt/make_neustadt.py), imports without preprocessing; every expected number is written by hand.
@Suite("A second city imported as published")
struct NeustadtImportTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("neustadt")

    func imported() throws -> (StoreSnapshot, ImportReport) {
        let store = try PDFInspection.temporaryDirectory().appendingPathComponent("neustadt.sqlite")
        let report = try Importer.run(manifest: Self.folder.appendingPathComponent("import.yaml"), into: store)
        return (try IndicatorStore(at: store).snapshot(), report)
    }

    func period(_ text: String) throws -> Period { try #require(Period(text)) }

    @Test("areas: Latin-1 names, the zone-prefixed .prj, parents from padded keys, and the merged unit")
    func areas() throws {
        let (snapshot, report) = try imported()
        #expect(report.warnings.isEmpty)
        let stadtteile = snapshot.areas(level: "stadtteil")
        #expect(
            stadtteile.map(\.id.key).sorted() == [
                "101", "102", "103", "104", "201", "202", "209", "301", "302", "303", "304",
            ])
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "202"))?.name == "Weißenburg")
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "104"))?.name == "Kämpe")
        #expect(snapshot.area(AreaID(level: "bezirk", key: "003"))?.name == "Süd")
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "209"))?.name == "Nordheide/Südheide")
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "209"))?.parent == AreaID(level: "bezirk", key: "002"))
        #expect(snapshot.area(AreaID(level: "stadtteil", key: "304"))?.parent == AreaID(level: "bezirk", key: "003"))
        let altstadt = try #require(snapshot.geometry(of: AreaID(level: "stadtteil", key: "101"))?.bounds)
        #expect(abs(altstadt.minX - 560_000) < 1 && abs(altstadt.maxX - 562_000) < 1)
        #expect(abs(altstadt.minY - 5_930_000) < 1 && abs(altstadt.maxY - 5_932_000) < 1)
        let merged = try #require(snapshot.geometry(of: AreaID(level: "stadtteil", key: "209"))?.bounds)
        #expect(abs(merged.minX - 564_000) < 1 && abs(merged.maxX - 568_000) < 1)
        #expect(abs(merged.minY - 5_932_000) < 1 && abs(merged.maxY - 5_934_000) < 1)
    }

    @Test("values of three levels from one sheet, each column with its own reference date")
    func values() throws {
        let (snapshot, _) = try imported()
        let dec22 = try period("2022-12-31")
        let dec23 = try period("2023-12-31")
        #expect(snapshot.value("einwohner", of: AreaID(level: "stadtteil", key: "101"), period: dec23).value == 4250)
        #expect(snapshot.value("einwohner", of: AreaID(level: "stadtteil", key: "101"), period: dec22).value == 4210)
        #expect(snapshot.value("einwohner", of: AreaID(level: "stadtteil", key: "209"), period: dec23).value == 7200)
        #expect(snapshot.value("einwohner", of: AreaID(level: "bezirk", key: "002"), period: dec23).value == 16590)
        #expect(snapshot.value("einwohner", of: AreaID(level: "stadt", key: "000"), period: dec22).value == 41420)
        let march = try period("2023-03-31")
        #expect(snapshot.value("arbeitslose", of: AreaID(level: "stadtteil", key: "201"), period: march).value == 220)
        #expect(snapshot.value("arbeitslose", of: AreaID(level: "bezirk", key: "001"), period: march).value == 640)
        let share = snapshot.value("anteil_u18", of: AreaID(level: "stadtteil", key: "101"), period: dec23).value
        #expect(abs((share ?? 0) - 610.0 / 4250.0 * 100) < 1e-9)
    }

    @Test("the Zeichenerklärung: – is 0, . and x are k. A. with their reason, … comes later")
    func markers() throws {
        let (snapshot, _) = try imported()
        let march = try period("2023-03-31")
        let hafen = snapshot.value("arbeitslose", of: AreaID(level: "stadtteil", key: "102"), period: march)
        #expect(hafen.status == .suppressed && hafen.value == nil)
        #expect(hafen.note == ". = Zahlenwert unbekannt oder geheimzuhalten")
        let heide = snapshot.value("arbeitslose", of: AreaID(level: "stadtteil", key: "302"), period: march)
        #expect(heide.status == .suppressed)
        #expect(heide.note == "x = Tabellenfach gesperrt, weil Aussage nicht sinnvoll")
        let see = snapshot.value("arbeitslose", of: AreaID(level: "stadtteil", key: "304"), period: march)
        #expect(see.status == .valid && see.value == 0)
        #expect(see.note == "– = nichts vorhanden (genau null)")
        let later = snapshot.value(
            "ew_u18", of: AreaID(level: "stadtteil", key: "304"), period: try period("2023-12-31"))
        #expect(later.status == .missing && later.note == "… = Angabe fällt später an")
    }

    @Test("year periods are their 31 December")
    func years() throws {
        let (snapshot, _) = try imported()
        let altstadt = AreaID(level: "stadtteil", key: "101")
        #expect(snapshot.value("haushalte", of: altstadt, period: try period("2021-12-31")).value == 2050)
        #expect(snapshot.value("haushalte", of: altstadt, period: try period("2022-12-31")).value == 2080)
        #expect(
            snapshot.value("haushalte", of: AreaID(level: "stadtteil", key: "209"), period: try period("2023-12-31"))
                .value == 3560)
    }

    @Test("Kitas join their Stadtteil through the zone-prefixed CRS; the one without coordinates is skipped")
    func kitas() throws {
        let (snapshot, report) = try imported()
        let dec23 = try period("2023-12-31")
        #expect(report.counts.points == 5)
        #expect(
            report.notes.contains { $0.contains("1 of 6 kita points have no coordinates and were skipped (lines 6)") })
        #expect(snapshot.value("kitas", of: AreaID(level: "stadtteil", key: "209"), period: dec23).value == 1)
        #expect(snapshot.value("kita_plaetze", of: AreaID(level: "stadtteil", key: "209"), period: dec23).value == 60)
        #expect(snapshot.value("kita_plaetze", of: AreaID(level: "stadtteil", key: "102"), period: dec23).value == 80)
        #expect(snapshot.value("kitas", of: AreaID(level: "stadtteil", key: "302"), period: dec23).value == 0)
        #expect(snapshot.pointsOfInterest(category: "kita").map(\.name).contains("Kita Altstadtmäuse"))
    }
}
