import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// "–" in official statistics means nichts vorhanden (genau null): the Berlin population table's dashes are zeros,
/// and a manifest that reads a dash as missing is warned about, with the table's line and the fix.
@Suite("A dash is a true zero unless the manifest says otherwise, and then it is warned about")
struct DashTests {
    @Test("Berlin's population dashes are zeros: published, and each row still adds up")
    func berlin() throws {
        let berlin = try BerlinStore.get()
        let period = try #require(Period("2022-06-30"))
        // Row 101 of einwohnerbestand_06-2022_plr.csv: 52;4;6;3;–;9;–;18;12;22;6;03300515
        let area = AreaID(level: "planungsraum", key: "03300515")
        let zero = berlin.snapshot.value("ew_18_27", of: area, period: period)
        #expect(zero.status == .valid && zero.value == 0, "\(zero)")
        #expect(zero.note == "– = nichts vorhanden (genau null)")
        let groups = ["ew_u6", "ew_6_15", "ew_15_18", "ew_18_27", "ew_27_45", "ew_45_55", "ew_55_65", "ew_65plus"]
        let raw = [4.0, 6, 3, 0, 9, 0, 18, 12]
        #expect(raw.reduce(0, +) == 52, "the hand-written row adds up to its Gesamt")
        for (group, expected) in zip(groups, raw) {
            let value = berlin.snapshot.value(group, of: area, period: period)
            #expect(value.status != .valid || value.value == expected, "\(group): \(value)")
        }
        #expect(!berlin.report.warnings.contains { $0.contains("is read as missing") }, "\(berlin.report.warnings)")
    }

    @Test("a dash read as missing is a warning with the file, the first line, the count and the fix")
    func warning() throws {
        let data = try MiniDataset()
        try data.write("values.csv", "key;name;pop;kids\nA1;Nordstraße;1.234;–\nA2;Süd;1.675;–\nA3;West;500;7\n")
        let warnings = try data.importAll().warnings.filter { $0.contains("is read as missing") }
        #expect(warnings.count == 1, "\(warnings)")
        let warning = try #require(warnings.first)
        #expect(warning.contains("values.csv:2: '–' in 2 rows is read as missing"), "\(warning)")
        #expect(warning.contains("nichts vorhanden (genau null)") && warning.contains("Fix: if the source means zero"))
    }

    @Test("declared as zero, the dash gives 0 and no warning")
    func declaredZero() throws {
        let data = try MiniDataset()
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(of: #"missing: ["–"]"#, with: #"markers: { "–": zero }"#))
        let report = try data.importAll()
        #expect(!report.warnings.contains { $0.contains("is read as missing") })
        let snapshot = try IndicatorStore(at: data.store, readOnly: true).snapshot()
        let kids = snapshot.value(
            "kids", of: AreaID(level: "area", key: "A2"), period: try #require(Period("2020-12-31")))
        #expect(kids.status == .valid && kids.value == 0)
    }
}
