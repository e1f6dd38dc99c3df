import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Tables keep the Zeichenerklärung of the source: "–" for a true zero, "…" for a value published later, "k. A."
/// with its reason for what is withheld or invalid, and a key under the table to the signs it used.
@Suite("Tables print the signs of official statistics and explain them")
struct SignKeyTests {
    func plain(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text), .bold(let text), .italic(let text), .link(let text, _): text
            }
        }.joined()
    }

    func value(_ status: ValueStatus, _ number: Double? = nil, note: String? = nil) -> IndicatorValue {
        IndicatorValue(value: number, status: status, note: note)
    }

    @Test("each sign comes from the value's status and the meaning the import stored with it")
    func signs() {
        var signs = TableSigns()
        #expect(signs.sign(for: value(.valid, 12)) == nil)
        #expect(signs.key == nil, "a table of numbers has no key")
        #expect(signs.sign(for: value(.valid, 0)) == nil, "an unmarked zero is printed as the number 0")
        #expect(signs.sign(for: value(.valid, 0, note: "– = nichts vorhanden (genau null)")) == "–")
        #expect(signs.sign(for: value(.missing, note: "… = Angabe fällt später an")) == "…")
        #expect(
            signs.sign(for: value(.suppressed, note: "x = Tabellenfach gesperrt, weil Aussage nicht sinnvoll"))
                == "k. A.")
        #expect(signs.sign(for: value(.suppressed, note: "sekundär: schützt ew_u6 in 01100101")) == "k. A.")
        #expect(signs.sign(for: value(.missing)) == "k. A.")
        #expect(
            signs.key == "Zeichenerklärung: – nichts vorhanden (genau null) · … Angabe fällt später an · k. A. keine "
                + "Angabe (Tabellenfach gesperrt, weil Aussage nicht sinnvoll; Zahlenwert unbekannt oder geheimzuhalten)"
        )
        #expect(signs.key?.contains("sekundär") == false, "the key never says which value a suppression protects")
    }

    @Test("a note the import wrote for a sign gives its meaning back, any other note none")
    func meanings() {
        for meaning in TableMarker.Meaning.allCases {
            guard let note = meaning.note(sign: "#") else { continue }
            #expect(TableMarker.Meaning(note: note) == meaning)
        }
        #expect(TableMarker.Meaning(note: "aus 3 von 4 Teilgebieten") == nil)
        #expect(TableMarker.Meaning(note: "primär: Fallzahl unter 3") == nil)
    }

    @Test("Neustadt's Süd: Am See prints – and …, Große Heide k. A., and the key explains them under the table")
    func neustadt() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let store = folder.appendingPathComponent("neustadt.sqlite")
        try Importer.run(
            manifest: TestSupport.fixtures.appendingPathComponent("neustadt/import.yaml"), into: store)
        let template = folder.appendingPathComponent("bericht.yaml")
        try TestSupport.write(
            """
            report:
              title: "Bericht {{ area.name }}"
              audience: public
              for-each: { level: bezirk, sort: key }
            body:
              - table: { rows: [children], columns: [arbeitslose, ew_u18], caption: "Stadtteile" }
              - text: "Ende"
            """, to: template)
        let plan = try TemplateParser().parse(fileAt: template.path)
        let snapshot = try IndicatorStore(at: store, readOnly: true).snapshot()
        #expect(TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan).isEmpty)
        let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
        let scope = try #require(resolver.scopes(only: ["003"]).first)
        let blocks = resolver.report(for: scope).document.blocks
        let tableIndex = try #require(blocks.firstIndex { if case .table = $0 { true } else { false } })
        guard case .table(let table) = blocks[tableIndex], case .paragraph(let key) = blocks[tableIndex + 1] else {
            Issue.record("no key paragraph after the table: \(blocks)")
            return
        }
        let rows = Dictionary(
            uniqueKeysWithValues: table.rows.map { row in (plain(row.cells[0]), row.cells.map(plain)) })
        #expect(rows["Am See"] == ["Am See", "–", "…"], "\(rows)")
        #expect(rows["Große Heide"]?[1] == "k. A.", "\(rows)")
        let text = plain(key.content)
        #expect(text.hasPrefix("Zeichenerklärung: – nichts vorhanden (genau null) · … Angabe fällt später an · k. A."))
        #expect(text.contains("Tabellenfach gesperrt, weil Aussage nicht sinnvoll"), "\(text)")
        #expect(key.role == .small)
    }
}
