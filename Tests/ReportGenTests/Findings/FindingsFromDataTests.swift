import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Recomputes every ranking from the store's values, not through the code under test.
@Suite("Findings name the highest, lowest and most changed areas from the data, never as fixed strings")
struct FindingsFromDataTests {
    /// The paragraphs of the one report of `template` for the area `key`.
    private func paragraphs(_ body: String, for key: String, forEach: String = "for-each: { level: bezirk, sort: key }")
        throws -> [String]
    {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Befunde"
                  period: 2020-12-31
                  \(forEach)
                body:
                \(body)
                """)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scope = try #require(key.isEmpty ? resolver.scopes().first : resolver.scopes(only: [key]).first)
        return Catalogue.texts(of: resolver.report(for: scope).document.blocks)
    }

    /// (name, value) of the areas of `level` inside `within`, valid in the report period, sorted.
    private func expected(_ indicator: String, level: String, within: String?, descending: Bool, count: Int) throws
        -> [(String, Double)]
    {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let areas = snapshot.areas(level: level).filter { area in
            within.map { snapshot.isWithin(area.id, AreaID(level: "bezirk", key: $0)) } ?? true
        }
        let valued = areas.compactMap { area -> (String, Double)? in
            let value = snapshot.value(indicator, of: area.id, period: period)
            return value.status == .valid ? value.value.map { (area.name, $0) } : nil
        }
        let sorted = valued.sorted { $0.1 == $1.1 ? $0.0 < $1.0 : descending ? $0.1 > $1.1 : $0.1 < $1.1 }
        return Array(sorted.prefix(count))
    }

    @Test(
        "\"highest: 3\" names the three Bezirksregionen of the Bezirk with the highest child poverty, with their values"
    )
    func highest() throws {
        let text = try paragraphs("  - text: \"Am höchsten: {{ value.kinderarmut | highest: 3 }}.\"", for: "08")
        let top = try expected("kinderarmut", level: "bezirksregion", within: "08", descending: true, count: 3)
        try #require(top.count == 3)
        let named = top.map { "\($0.0) (\(GermanNumberFormat.percent($0.1, decimals: 1)))" }
        #expect(text == ["Am höchsten: \(named[0]), \(named[1]) und \(named[2])."])
    }

    @Test("\"lowest: 2, \\\"planungsraum\\\"\" ranks another level, from the lowest value")
    func lowestOfLevel() throws {
        let text = try paragraphs("  - text: \"{{ value.kinderarmut | lowest: 2, \\\"planungsraum\\\" }}\"", for: "08")
        let low = try expected("kinderarmut", level: "planungsraum", within: "08", descending: false, count: 2)
        try #require(low.count == 2)
        let named = low.map { "\($0.0) (\(GermanNumberFormat.percent($0.1, decimals: 1)))" }
        #expect(text == ["\(named[0]) und \(named[1])"])
    }

    @Test(
        "\"change.x | highest\" names the Bezirke with the largest rise since the previous period, and a top table of: change selects the same"
    )
    func largestChanges() throws {
        let snapshot = try BerlinStore.get().snapshot
        let now = try #require(Period("2020-12-31"))
        let changes = snapshot.areas(level: "bezirk").compactMap { area -> (String, Double)? in
            let periods = snapshot.values.keys.filter { $0.indicator == "kinderarmut" && $0.area == area.id }.map(
                \.period)
            guard let before = periods.filter({ $0 < now }).max() else { return nil }
            let (a, b) = (
                snapshot.value("kinderarmut", of: area.id, period: now),
                snapshot.value("kinderarmut", of: area.id, period: before)
            )
            guard a.status == .valid, b.status == .valid, let x = a.value, let y = b.value else { return nil }
            return (area.name, x - y)
        }.sorted { $0.1 == $1.1 ? $0.0 < $1.0 : $0.1 > $1.1 }
        try #require(changes.count >= 2, "the demo store has two periods of kinderarmut per Bezirk")
        let indicator = try #require(snapshot.indicator(key: "kinderarmut"))
        let named = changes.prefix(2).map { "\($0.0) (\(ValueText.change($0.1, indicator)))" }
        let text = try paragraphs(
            """
              - text: "{{ change.kinderarmut | highest: 2 }}"
              - table: { rows: [{ top: { count: 2, level: bezirk, by: kinderarmut, of: change } }], columns: [kinderarmut] }
            """, for: "", forEach: "")
        #expect(text.first == "\(named[0]) und \(named[1])")
        // The table's rows: name and value of each of the two areas, the largest rise first.
        #expect(text.count == 5)
        #expect(text.count == 5 && text[1] == changes[0].0 && text[3] == changes[1].0)
    }

    @Test("a third argument keeps the areas on the side of need of the city's value: high need and little supply")
    func needSide() throws {
        let text = try paragraphs(
            "  - text: \"{{ value.kita_plaetze_je_100_u6 | lowest: 3, \\\"planungsraum\\\", value.kinderarmut }}\"",
            for: "08")
        let plan = try Catalogue.plan(text: "report: { title: x, period: 2020-12-31 }\nbody:\n  - text: x\n")
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let snapshot = context.snapshot
        func number(_ key: String, _ area: Area) -> Double? {
            let value = context.value(key, of: area.id)
            return value.status == .valid ? value.value : nil
        }
        let city = try #require(snapshot.city.flatMap { number("kinderarmut", $0) })
        let candidates = snapshot.areas(level: "planungsraum").filter {
            snapshot.isWithin($0.id, AreaID(level: "bezirk", key: "08"))
        }
        .compactMap { area -> (Area, Double, Double)? in
            guard let places = number("kita_plaetze_je_100_u6", area), let poverty = number("kinderarmut", area),
                poverty > city
            else { return nil }
            return (area, places, poverty)
        }
        .sorted { $0.1 == $1.1 ? ($0.2 == $1.2 ? $0.0.name < $1.0.name : $0.2 > $1.2) : $0.1 < $1.1 }
        try #require(candidates.count >= 3)
        let named = candidates.prefix(3).map { "\($0.0.name) (\(GermanNumberFormat.number($0.1, decimals: 1)))" }
        #expect(text == [GermanNarrative.enumeration(named)])
    }

    @Test("without two periods a change finding is unavailable and \"default:\" speaks instead")
    func noEarlierPeriod() throws {
        let text = try paragraphs(
            "  - text: \"{{ change.ew_u6 | highest: 2 | default: \\\"keine Zeitreihe\\\" }}\"", for: "08")
        #expect(text == ["keine Zeitreihe"])
    }

    @Test("\"points.kita | within: 500\" counts the Kitas within 500 m of the report's Kita")
    func within() throws {
        let snapshot = try BerlinStore.get().snapshot
        let text = try paragraphs(
            "  - text: \"{{ points.kita | within: 500 | plural: \\\"Kita\\\", \\\"Kitas\\\" }}\"", for: "08142880",
            forEach: "for-each: { points: kita }")
        let own = try #require(snapshot.pointsOfInterest(category: "kita").first { $0.sourceID == "08142880" })
        let count = snapshot.pointsOfInterest(category: "kita").filter {
            let (dx, dy) = ($0.position.x - own.position.x, $0.position.y - own.position.y)
            return (dx * dx + dy * dy).squareRoot() <= 500
        }.count
        #expect(count > 1)
        #expect(text == ["\(count) Kitas"])
    }

    @Test(
        "\"areas.<level>\" counts the store's areas of that level, whatever the report's area; a wrong level is refused"
    )
    func areaCounts() throws {
        let snapshot = try BerlinStore.get().snapshot
        let text = try paragraphs(
            "  - text: \"{{ areas.bezirk }} Bezirke, {{ areas.bezirksregion-2017 }} und {{ areas.planungsraum | number }}\"",
            for: "08")
        let counts = ["bezirk", "bezirksregion-2017", "planungsraum"].map { snapshot.areas(level: $0).count }
        #expect(counts.allSatisfy { $0 > 1 })
        #expect(text == ["\(counts[0]) Bezirke, \(counts[1]) und \(GermanNumberFormat.number(Double(counts[2])))"])
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Zahlen"
                body:
                  - text: "{{ areas.bezirke }}"
                """)
        let messages = TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan).map { "\($0)" }
        #expect(messages.contains { $0.contains(":4:") && $0.contains("bezirke") && $0.contains("bezirk") })
    }

    @Test("a finding after anything but a value or change, or of an unknown level, is refused where it is written")
    func refused() throws {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Befunde"
                  for-each: { level: bezirk }
                body:
                  - text: "{{ area.name | highest: 3 }} {{ value.kinderarmut | lowest: 2, \\"planungsraeume\\" }} {{ value.einwohner | within: 5 }}"
                """)
        let vocabulary = try BerlinStore.get().snapshot.vocabulary
        let messages = TemplateValidator(vocabulary: vocabulary).validate(plan).map { "\($0)" }
        #expect(
            messages.contains { $0.contains(":5:") && $0.contains("\"highest\" ranks areas by a value or a change") })
        #expect(messages.contains { $0.contains("planungsraeume") && $0.contains("planungsraum") })
        #expect(messages.contains { $0.contains("\"within\" counts points") })
    }
}
