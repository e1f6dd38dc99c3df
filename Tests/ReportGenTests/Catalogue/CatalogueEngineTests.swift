import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Engine features of the catalogue")
struct CatalogueEngineTests {
    @Test("ancestors of a Planungsraum are its Bezirksregion, its Bezirk and the city, nearest first")
    func ancestors() throws {
        let snapshot = try BerlinStore.get().snapshot
        let chain = snapshot.ancestors(of: AreaID(level: "planungsraum", key: "01100101"))
        #expect(
            chain.map(\.id) == [
                AreaID(level: "bezirksregion", key: "011001"), AreaID(level: "bezirk", key: "01"),
                AreaID(level: "stadt", key: "11000000"),
            ])
        #expect(snapshot.city.map { snapshot.ancestors(of: $0.id) }?.isEmpty == true)
    }

    @Test("a top list ranks its areas across the whole city: 1 to 10 in the order of their values")
    func topRanks() throws {
        let plan = try Catalogue.plan(
            text: """
                report: { title: Rangfolge, period: 2020-12-31 }
                body:
                  - table:
                      rows: [{ top: { count: 10, level: planungsraum, by: kinderarmut } }]
                      columns: [{ indicator: kinderarmut, label: Rang, show: rank }, kinderarmut]
                """)
        let snapshot = try BerlinStore.get().snapshot
        let context = ResolveContext(snapshot: snapshot, plan: plan)
        let resolver = ReportResolver(context: context)
        let scope = try #require(resolver.scopes().first)
        let table = try #require(
            resolver.report(for: scope).document.blocks.compactMap { block -> Layout.Table? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        #expect(table.header.first?.cells.map { $0.map(\.text).joined() } == ["Gebiet", "Rang", "Kinderarmut (%)"])
        let ranks = table.rows.map { $0.cells[1].map(\.text).joined() }
        #expect(ranks == (1...10).map(String.init))
        let period = try #require(Period("2020-12-31"))
        let values = snapshot.areas(level: "planungsraum").compactMap { area -> Double? in
            let value = snapshot.value("kinderarmut", of: area.id, period: period)
            return value.status == .valid ? value.value : nil
        }.sorted(by: >)
        let shown = table.rows.map { $0.cells[2].map(\.text).joined() }
        #expect(shown == values.prefix(10).map { GermanNumberFormat.number($0, decimals: 1) })
    }

    @Test("a sample names areas of the iteration's level; an unknown one is an error at its line with a suggestion")
    func sampleValidation() throws {
        let vocabulary = try BerlinStore.get().snapshot.vocabulary
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: x
                  for-each: { level: bezirk }
                  sample: ["08", "123"]
                body:
                  - text: "{{ area.name }}"
                """)
        let errors = TemplateValidator(vocabulary: vocabulary).validate(plan)
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 4)
        #expect(errors.first?.message.contains("unknown area key \"123\"") == true)
        let city = try Catalogue.plan(text: "report: { title: x, sample: [\"08\"] }\nbody:\n  - text: x\n")
        #expect(TemplateValidator(vocabulary: vocabulary).validate(city).first?.message.contains("sample") == true)
    }

    @Test("indicator-overview lists the indicators of a model area with their levels and periods, or the empty text")
    func indicatorOverview() throws {
        let plan = try Catalogue.plan(
            text: """
                report: { title: x, period: 2020-12-31 }
                body:
                  - indicator-overview: { area: C, caption: Frühkindliche Bildung }
                  - indicator-overview: { area: E, empty: "Keine Indikatoren." }
                """)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let resolver = ReportResolver(context: context)
        let blocks = resolver.report(for: try #require(resolver.scopes().first)).document.blocks
        #expect(blocks.count == 2)
        guard case .table(let table) = blocks[0], case .paragraph(let empty) = blocks[1] else {
            Issue.record("expected a table and a paragraph")
            return
        }
        let rows = table.rows.map { $0.cells.map { $0.map(\.text).joined() } }
        // In the model's order: C6 (Einrichtungen) before C7 (Beteiligung) before C16 (Kompetenzen).
        #expect(rows.map { $0[0] } == ["C6", "C6", "C6", "C7", "C16", "C16"])
        let quota = try #require(rows.first { $0[1] == "Kitaplätze je 100 Kinder unter 6 Jahren" })
        #expect(quota[3] == "Stadt, Bezirk, Bezirksregion, Planungsraum")
        #expect(quota[4] == "31.12.2022")
        #expect(empty.content.map(\.text).joined() == "Keine Indikatoren.")
        let wrong = try Catalogue.plan(text: "report: { title: x }\nbody:\n  - indicator-overview: { area: K }\n")
        let errors = TemplateValidator(vocabulary: context.snapshot.vocabulary).validate(wrong)
        #expect(errors.first?.location.line == 3)
    }

    @Test("a source line names each publication once with its codes, and own calculations at the end")
    func sourceLine() {
        var line = SourceLine()
        line.add("SenStadt Berlin, Monitoring Soziale Stadtentwicklung 2021 (S4)", date: "31.12.2020")
        line.add("SenStadt Berlin, Monitoring Soziale Stadtentwicklung 2021 (S1)", date: "31.12.2020")
        line.add("Amt für Statistik Berlin-Brandenburg, A I 16; eigene Berechnung", date: "30.06.2022")
        line.add("SenStadt Berlin, Monitoring Soziale Stadtentwicklung 2021 (S4)", date: "31.12.2020")
        #expect(
            line.text == "SenStadt Berlin, Monitoring Soziale Stadtentwicklung 2021 (S4, S1), Stand: 31.12.2020; "
                + "Amt für Statistik Berlin-Brandenburg, A I 16, Stand: 30.06.2022; eigene Berechnung")
    }

    @Test("a when: condition on a missing value does not turn the text it guards into a 'no data' sentence")
    func conditionDoesNotMarkMissing() throws {
        let plan = try Catalogue.plan(
            text: """
                report: { title: x, for-each: { level: planungsraum }, period: 2020-12-31 }
                body:
                  - text: "Hier lebten {{ value.einwohner | number }} Menschen."
                    when: "not value.kinderarmut | available"
                """)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let resolver = ReportResolver(context: context)
        let invalid = resolver.scopes().filter { scope in
            context.value("kinderarmut", of: scope.area.id).status == .invalid
                && context.value("einwohner", of: scope.area.id).status == .valid
        }
        let scope = try #require(invalid.first)
        let text = Catalogue.texts(of: resolver.report(for: scope).document.blocks)
        #expect(text.count == 1)
        #expect(text.first?.hasPrefix("Hier lebten") == true)
    }
}

extension CatalogueEngineTests {
    @Test("a time series joined from two publications names the one of the period shown")
    func periodSources() throws {
        let snapshot = try BerlinStore.get().snapshot
        let indicator = try #require(snapshot.indicator(key: "kinderarmut"))
        #expect(indicator.source(of: Period("2017-12-31")).contains("Bezirksregionenprofile"))
        #expect(indicator.source(of: Period("2020-12-31")).contains("Monitoring Soziale Stadtentwicklung"))
        #expect(!indicator.source(of: Period("2020-12-31")).contains("2017"))
        #expect(indicator.source(of: nil) == indicator.source)
    }
}

extension CatalogueEngineTests {
    @Test("titles print a unit only where the short name does not already say it")
    func unitTitles() throws {
        let snapshot = try BerlinStore.get().snapshot
        let title = { (key: String) in snapshot.indicator(key: key).map(ValueText.title) }
        #expect(title("kinderarmut") == "Kinderarmut (%)")
        #expect(title("kita_plaetze_je_100_u6") == "Kitaplätze je 100 Kinder unter 6")
        #expect(title("kita_plaetze") == "Kitaplätze")
        #expect(title("einwohner") == "Einwohner")
    }

    @Test("short names, printed in legends, axes and key figures, are words rather than office jargon")
    func readableShortNames() throws {
        let snapshot = try BerlinStore.get().snapshot
        // "je 100 u6", "Anteil 65+", "Anteil unter 18": abbreviations and bare age limits a reader must decode
        // (age bands such as "unter 6" beside "6 bis 15" in a chart of age groups read well).
        let jargon = try Regex(#"\bu\d|\d\+|^Anteil (unter|ab) \d+$"#)
        let names = snapshot.indicators.map(\.shortName)
        #expect(names.count > 30)
        #expect(names.filter { $0.contains(jargon) }.isEmpty, "\(names.filter { $0.contains(jargon) })")
    }
}

extension CatalogueEngineTests {
    @Test("a map's highlight: selection outlines exactly those areas and names them in the legend")
    func mapHighlight() throws {
        let resolver = try Catalogue.resolver("angebote-und-bedarfe.yaml")
        let scope = try #require(resolver.scopes().first)
        let plan = try #require(resolver.context.plan.figurePlans.compactMap(\.map).first { $0.highlight != nil })
        let prepared = try resolver.context.preparedMap(plan)
        let spec = try FigureResolver(context: resolver.context).mapSpec(plan, prepared, scope: scope)
        let top = resolver.context.snapshot.areas(try #require(plan.highlight), scope: scope, context: resolver.context)
        #expect(top.count == 10)
        let expected = top.reduce(0) { $0 + (prepared.geometry[$1.id]?.polygons.count ?? 0) }
        #expect(spec.highlight?.polygons.count == expected)
        #expect(spec.highlightedKey == nil)
        #expect(spec.legend.highlightLabel == "Die 10 Planungsräume mit den höchsten Werten")
    }
}
