import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// A one-block report per area of `level`, with the Bezirksregionen of 2017 continuing those of 2021.
private func resolved(_ block: String, level: String, key: String) throws -> (
    document: Document, context: ResolveContext, scope: Scope
) {
    let plan = try Catalogue.plan(
        text: """
            report:
              title: "Entwicklung"
              for-each: { level: \(level), sort: key }
              period: 2020-12-31
              earlier-layouts: { bezirksregion: bezirksregion-2017 }
            body:
            \(block)
            """)
    let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
    let resolver = ReportResolver(context: context)
    let scope = try #require(resolver.scopes(only: [key]).first)
    return (resolver.report(for: scope).document, context, scope)
}

private func value(_ indicator: String, level: String, key: String, period: String) throws -> Double {
    let snapshot = try BerlinStore.get().snapshot
    let date = try #require(Period(period))
    return try #require(snapshot.value(indicator, of: AreaID(level: level, key: key), period: date).value)
}

private func paragraphs(_ document: Document) -> String {
    document.blocks.compactMap { block -> String? in
        if case .paragraph(let paragraph) = block { return paragraph.content.map(\.text).joined() }
        return nil
    }.joined(separator: "\n")
}

@Suite("Change over time: series across an earlier area layout, change columns, trend words, breaks")
struct ChangeOverTimeTests {
    @Test("a Bezirksregion's series starts with its namesake of 2017 and marks the new layout and source as breaks")
    func seriesAcrossLayouts() throws {
        let (_, context, scope) = try resolved("  - heading: x", level: "bezirksregion", key: "011001")
        let indicator = try #require(context.snapshot.indicator(key: "kinderarmut"))
        let series = context.series(indicator, of: scope.area)
        #expect(series.points.map(\.period.iso) == ["2017-12-31", "2020-12-31"])
        let predecessor = try #require(series.points.first?.area)
        #expect(predecessor.id.level == "bezirksregion-2017" && predecessor.name == scope.area.name)
        #expect(predecessor.parent == scope.area.parent)
        #expect(series.breaks(before: 1) == [.layout, .source])
        let change = try #require(context.change(indicator, of: scope.area))
        let before = try value(
            "kinderarmut", level: "bezirksregion-2017", key: predecessor.id.key, period: "2017-12-31")
        let after = try value("kinderarmut", level: "bezirksregion", key: "011001", period: "2020-12-31")
        #expect(abs(change.difference - (after - before)) < 1e-9)
    }

    @Test("a Bezirksregion of 2021 without a namesake or an area of the same ground in 2017 has no change")
    func noNamesake() throws {
        let (_, context, _) = try resolved("  - heading: x", level: "bezirksregion", key: "011001")
        let snapshot = context.snapshot
        let indicator = try #require(snapshot.indicator(key: "kinderarmut"))
        let earlier = Set(snapshot.areas(level: "bezirksregion-2017").map { NameMatcher.normalise($0.name) })
        let orphans = snapshot.areas(level: "bezirksregion").filter {
            !earlier.contains(NameMatcher.normalise($0.name))
        }
        let alone = orphans.filter { context.predecessors[$0.id] == nil }
        #expect(!alone.isEmpty)
        for orphan in alone { #expect(context.change(indicator, of: orphan) == nil, "\(orphan.name)") }
        // An area under a new name continues a series only from an area of the same ground, never a reshaped one,
        // and the change says that the name was another.
        for orphan in orphans { #expect(context.predecessors[orphan.id]?.reshaped != true, "\(orphan.name)") }
        let renamed = orphans.filter { context.predecessors[$0.id] != nil }
        #expect(!renamed.isEmpty)
        for area in renamed {
            let earlierName = try #require(context.predecessors[area.id]?.area.name)
            #expect(earlierName != area.name)
            let breaks = context.change(indicator, of: area)?.breaks ?? []
            #expect(breaks.first == .renamed(from: earlierName), "\(area.name)")
            // The words under a table or in a sentence name the earlier name.
            #expect(
                GermanNarrative.limitedComparability(breaks).contains("„\(earlierName)“"),
                "\(area.name): \(GermanNarrative.limitedComparability(breaks))")
        }
    }

    @Test("Britz of 2017 also held today's Britz Nord: today's Britz continues it, marked as cut differently")
    func britz() throws {
        let block = """
              - text: "{{ change.kinderarmut | trend }}"
              - table:
                  rows: [area]
                  columns: [{ indicator: kinderarmut, show: change }]
            """
        let (document, context, scope) = try resolved(block, level: "bezirksregion", key: "082007")
        #expect(scope.area.name == "Britz")
        let snapshot = context.snapshot
        let old = try #require(snapshot.areas(level: "bezirksregion-2017").first { $0.name == "Britz" })
        let north = try #require(snapshot.areas(level: "bezirksregion").first { $0.name == "Britz Nord" })
        #expect(context.predecessors[scope.area.id]?.area.id == old.id)
        #expect(context.predecessors[scope.area.id]?.reshaped == true)
        // Britz Nord has no namesake and the old Britz is not its ground alone: no series before 2020.
        #expect(context.predecessors[north.id] == nil)
        let indicator = try #require(snapshot.indicator(key: "kinderarmut"))
        #expect(context.change(indicator, of: scope.area)?.breaks == [.reshaped, .source])
        // Its inhabitants of 2017 included Britz Nord's: a count has no change across a reshaped area.
        let inhabitants = try #require(snapshot.indicator(key: "einwohner"))
        #expect(context.change(inhabitants, of: scope.area) == nil)
        let text = paragraphs(document)
        #expect(text.contains("eingeschränkt vergleichbar: Gebiet damals anders abgegrenzt, andere Datenquelle"))
        // Where the extent stayed, the namesake continues the series without that remark.
        let same = snapshot.areas(level: "bezirksregion").filter { area in
            context.predecessors[area.id].map { !$0.reshaped && $0.area.name == area.name } ?? false
        }
        #expect(same.count > 50, "\(same.count) Bezirksregionen keep their extent")
    }

    @Test("trend says gesunken or gestiegen with the amount in Prozentpunkte, nahezu unverändert below the threshold")
    func trendWords() throws {
        let block = """
              - text: "A {{ change.kinderarmut | trend }}."
              - text: "B {{ change.kinderarmut | trend: 50 }}."
            """
        for key in ["01", "03"] {
            let (document, _, _) = try resolved(block, level: "bezirk", key: key)
            let text = paragraphs(document)
            let difference =
                try value("kinderarmut", level: "bezirk", key: key, period: "2020-12-31")
                - (try value("kinderarmut", level: "bezirk", key: key, period: "2017-12-31"))
            let amount = GermanNumberFormat.number(abs(difference), decimals: 1)
            let word = difference > 0 ? "gestiegen" : "gesunken"
            let limit = "(eingeschränkt vergleichbar: andere Datenquelle)"
            if amount == "0,0" {
                #expect(text.contains("A seit dem 31.12.2017 nahezu unverändert geblieben"), "\(text)")
            } else {
                #expect(text.contains("A seit dem 31.12.2017 um \(amount) Prozentpunkte \(word) \(limit)."), "\(text)")
            }
            #expect(text.contains("B seit dem 31.12.2017 nahezu unverändert geblieben ("), "\(text)")
        }
    }

    @Test("change is refused for trend on a value, and similar needs the report's similar:")
    func validation() throws {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: x
                  for-each: { level: bezirk, sort: key }
                body:
                  - text: "{{ value.kinderarmut | trend }} {{ similar.count }}"
                """)
        let errors = TemplateValidator(vocabulary: try BerlinStore.get().snapshot.vocabulary).validate(plan).map(
            \.description)
        #expect(
            errors.contains {
                $0.contains("t.yaml:5") && $0.contains("\"trend\"") && $0.contains("change.kinderarmut | trend")
            })
        #expect(errors.contains { $0.contains("t.yaml:5") && $0.contains("similar: { by:") })
    }

    @Test("a table shows the values of two periods and the change, and names the break under it")
    func changeColumns() throws {
        let (document, _, scope) = try resolved(
            """
              - table:
                  rows: [area, parent, city]
                  columns:
                    - { indicator: kinderarmut, period: 2017-12-31 }
                    - kinderarmut
                    - { indicator: kinderarmut, show: change }
            """, level: "bezirksregion", key: "011001")
        let table = try #require(
            document.blocks.compactMap { block -> Layout.Table? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        let header = table.header.first?.cells.map { $0.map(\.text).joined() } ?? []
        #expect(
            header == [
                "Gebiet", "Kinderarmut (%) 31.12.2017", "Kinderarmut (%)", "Veränderung Kinderarmut (Prozentpunkte)",
            ])
        let snapshot = try BerlinStore.get().snapshot
        let parent = try #require(snapshot.parent(of: scope.area.id))
        let predecessor = try #require(snapshot.areas(level: "bezirksregion-2017").first { $0.name == scope.area.name })
        let city = try #require(snapshot.city)
        let rows = [(scope.area, predecessor), (parent, parent), (city, city)]
        for ((area, earlier), row) in zip(rows, table.rows) {
            let cells = row.cells.map { $0.map(\.text).joined() }
            let before = try value("kinderarmut", level: earlier.id.level, key: earlier.id.key, period: "2017-12-31")
            let after = try value("kinderarmut", level: area.id.level, key: area.id.key, period: "2020-12-31")
            #expect(cells[1] == GermanNumberFormat.number(before, decimals: 1))
            #expect(cells[2] == GermanNumberFormat.number(after, decimals: 1))
            #expect(
                cells[3] == ValueText.change(after - before, snapshot.indicator(key: "kinderarmut"), withUnit: false))
        }
        #expect(table.source.contains("Kernindikatoren 2017 (D5), Stand: 31.12.2017"))
        #expect(
            table.source.contains(
                "Veränderung 31.12.2017 bis 31.12.2020, eingeschränkt vergleichbar: neue Gebietsabgrenzung, andere Datenquelle"
            ))
    }

    @Test("a line chart joins no line across a break and marks it, in the PDF too")
    func lineBreak() throws {
        let (document, _, scope) = try resolved(
            "  - chart: { type: line, indicator: kinderarmut }", level: "bezirksregion", key: "011001")
        let figure = try #require(document.figures.first)
        let chart = try #require(figure.drawing as? LineChart)
        #expect(chart.spec.periods == ["31.12.2017", "31.12.2020"])
        #expect(
            chart.spec.breaks == [
                LineChartSpec.Break(index: 1, label: "Bruch: neue Gebietsabgrenzung, andere Datenquelle")
            ])
        #expect(chart.spec.series.map(\.name).first == scope.area.name)
        #expect(chart.spec.series.allSatisfy { $0.values.allSatisfy { $0 != nil } })
        #expect(figure.altText.contains("Bruch: neue Gebietsabgrenzung, andere Datenquelle (31.12.2017 – 31.12.2020)"))
        let marks = chart.marks(in: Rect(x: 0, y: 0, width: 400, height: 220), text: TextEngine())
        #expect(
            marks.contains { if case .text(let layout, _) = $0.shape { layout.text.hasPrefix("Bruch") } else { false } }
        )
        let pdf = try PDFInspection.temporaryDirectory().appendingPathComponent("c.pdf")
        _ = try PDFRenderer().render(document, to: pdf)
        #expect(try PDFInspection.text(of: pdf.path).contains("Bruch: neue Gebietsabgrenzung"))
    }

    @Test("a line chart's source line names exactly the periods the chart plots, not every period of the indicator")
    func lineSourcePeriods() throws {
        // The Bezirksregion's line reaches into 2017 through its namesake; a Planungsraum has 2020 alone, though the
        // store holds kinderarmut of 2017 for other levels.
        let charts = [
            ("bezirksregion", "011001", "{ type: line, indicator: kinderarmut }", ["31.12.2017", "31.12.2020"]),
            ("planungsraum", "01100101", "{ type: line, indicator: kinderarmut, areas: [area] }", ["31.12.2020"]),
        ]
        for (level, key, chart, periods) in charts {
            let (document, _, _) = try resolved("  - chart: \(chart)", level: level, key: key)
            let figure = try #require(document.figures.first)
            let chart = try #require(figure.drawing as? LineChart)
            let named = figure.source.matches(of: /Stand: (\d\d\.\d\d\.\d{4})/).map { String($0.output.1) }
            #expect(chart.spec.periods == periods)
            #expect(Set(named) == Set(periods), "\(figure.source)")
        }
    }
}
