import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Tables as offices publish them: titles, multi-row headers, ranges, row selection, levels per row.
@Suite("Tables as published")
struct PublishedTableTests {
    @Test("a title row is skipped and a two-row header joined, a merged cell's name carried to the right")
    func headerRows() throws {
        let text = "Bevölkerung 2023;;;\nNr;Einwohner;;Anteil\n;2022;2023;in %\n1;10;11;2,5\n"
        let table = try Table.readDelimited(
            text: text, path: "t.csv", layout: TableLayout(skipRows: 1, headerRows: 2, delimiter: ";"))
        #expect(table.header == ["Nr", "Einwohner 2022", "Einwohner 2023", "Anteil in %"])
        #expect(table.rows.count == 1)
        #expect(table.rows.first?.line == 4)
        #expect(table.rows.first?.fields["Einwohner 2023"] == "11")
    }

    @Test("a cell range cuts columns and rows; a column without a header is named by its letter")
    func range() throws {
        let text = "x;x;x;x\nx;Nr;;Wert\nx;1;a;5\nx;2;b;6\nx;Summe;;11\n"
        let table = try Table.readDelimited(
            text: text, path: "t.csv", layout: TableLayout(range: CellRange("B2:D4"), delimiter: ";"))
        #expect(table.header == ["Nr", "C", "Wert"])
        #expect(table.rows.map { $0.fields["Wert"] } == ["5", "6"])
        #expect(CellRange("B2:D4") == CellRange("b2:d4"))
        #expect(CellRange("D2:B4") == nil)
        #expect(CellRange.letters(of: 27) == "AB")
    }

    @Test("period formats: a year is its 31 December, a month its last day")
    func periods() {
        #expect(PeriodReading.period("2012", format: .year)?.iso == "2012-12-31")
        #expect(PeriodReading.period("2012", format: nil) == nil)
        #expect(PeriodReading.period("2024-02", format: .month)?.iso == "2024-02-29")
        #expect(PeriodReading.period("03/2023", format: .month)?.iso == "2023-03-31")
        #expect(PeriodReading.period("31.12.2022", format: nil)?.iso == "2022-12-31")
        #expect(PeriodReading.period("31.02.2022", format: .date) == nil)
    }

    @Test("keys are padded and prefixed; a spreadsheet's 7.0 is 007")
    func keys() throws {
        let rule = try YAMLFileTestDecoder.decode(ColumnRule.self, "{ column: Nr, pad: 3, prefix: \"09\" }")
        #expect(rule.apply(to: ["Nr": "7"]) == "09007")
        #expect(rule.apply(to: ["Nr": "7.0"]) == "09007")
        #expect(rule.apply(to: ["Nr": "1234"]) == "091234")
    }

    @Test("rows chosen by value and pattern, levels from a column, an ambiguous key pattern refused")
    func rowsAndLevels() throws {
        let data = try MiniDataset()
        try data.write(
            "values.csv",
            "Ebene;key;pop;kids\nStadt;C;2400;30\nGebiet;A1;1000;10\nGebiet;A2;900;10\nGebiet;A3;500;10\nSumme;;2400;30\n"
        )
        let manifest = MiniDataset.manifestYAML.replacingOccurrences(
            of: "level: area, period: 2020-12-31, key: key,",
            with: """
                level-by-column: { column: Ebene, values: { Stadt: city, Gebiet: area } },
                      where: { Ebene: [Stadt, "/Geb.*/"] }, period: 2020-12-31, key: key,
                """)
        try data.write("import.yaml", manifest)
        let report = try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let period = try #require(Period("2020-12-31"))
        #expect(snapshot.value("pop", of: AreaID(level: "city", key: "C"), period: period).value == 2400)
        #expect(snapshot.value("pop", of: AreaID(level: "area", key: "A3"), period: period).value == 500)
        #expect(report.warnings.isEmpty, "the delivered city total equals the sum of its areas")

        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(
                of: "level: area, period: 2020-12-31,",
                with: "level-by-key: { \"A.\": area, \"A[0-9]\": city }, period: 2020-12-31,"))
        try data.write("values.csv", MiniDataset.valuesCSV)
        let error = try #require(throws: DataError.self) { try data.importAll() }
        #expect(error.description.contains("the key 'A1' fits several patterns of `level-by-key:`"))
    }

    @Test("a unit without a polygon of its own: one area carries its value, with a note that stays")
    func carriedValue() throws {
        let data = try MiniDataset()
        try data.write("values.csv", "key;pop;kids\nA12;2000;10\nA3;500;–\n")
        try data.write(
            "import.yaml",
            MiniDataset.manifestYAML.replacingOccurrences(
                of: "key: key, missing:",
                with:
                    "key: key, carried-by: { A12: { area: A1, note: \"Wert für Nordstraße und Süd zusammen\" } }, missing:"
            ))
        try data.importAll()
        // Another import into the same store that does not read this table keeps its values and their notes.
        try data.write("other.csv", "key;pop;kids\n")
        let manifest = try String(contentsOf: data.manifest, encoding: .utf8)
        try data.write("import.yaml", manifest.replacingOccurrences(of: "file: values.csv", with: "file: other.csv"))
        try data.importAll()
        let snapshot = try IndicatorStore(at: data.store).snapshot()
        let period = try #require(Period("2020-12-31"))
        let a1 = snapshot.value("pop", of: AreaID(level: "area", key: "A1"), period: period)
        #expect(a1.value == 2000 && a1.note == "Wert für Nordstraße und Süd zusammen")
        #expect(snapshot.value("pop", of: AreaID(level: "area", key: "A2"), period: period).status == .missing)
        #expect(snapshot.value("kids", of: AreaID(level: "area", key: "A3"), period: period).status == .missing)
        #expect(
            snapshot.value("kids", of: AreaID(level: "area", key: "A3"), period: period).note == nil,
            "– is missing here")
    }

    @Test("two columns of the same name are refused when the manifest names one of them")
    func duplicateColumnNames() throws {
        let data = try MiniDataset()
        try data.write("values.csv", "key;pop;pop;kids\n;2022;2023;\nA1;1;2;3\nA2;1;2;3\nA3;1;2;3\n")
        let error = try #require(throws: DataError.self) { try data.importAll() }
        #expect(error.description.contains("the columns B and C are both named 'pop'"))
        #expect(error.description.contains("header-rows"))
    }
}
