import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Similar areas: the areas in the same class of an index, in tables and text")
struct SimilarAreasTests {
    private func resolve(_ report: String, body: String, key: String) throws -> (Document, ResolveContext, Scope) {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: x
                  period: 2020-12-31
                \(report)
                body:
                \(body)
                """)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let resolver = ReportResolver(context: context)
        let scope = try #require(resolver.scopes(only: [key]).first)
        return (resolver.report(for: scope).document, context, scope)
    }

    @Test("the rows of similar are the Planungsräume of the area's MSS status class, and text counts the others")
    func categorical() throws {
        let (document, context, scope) = try resolve(
            """
              audience: internal
              for-each: { level: planungsraum, sort: key }
              similar: { by: mss_statusindex, name: "Planungsräume gleichen Status" }
            """,
            body: """
                  - table: { rows: [similar], columns: [mss_statusindex, kinderarmut], sort: name }
                  - text: "{{ similar.count }} weitere; {{ value.kinderarmut | compared-to: similar }}"
                """, key: "01100101")
        let snapshot = context.snapshot
        let own = try #require(context.value("mss_statusindex", of: scope.area.id).value)
        let expected = snapshot.areas(level: "planungsraum").filter {
            context.value("mss_statusindex", of: $0.id).value == own
        }
        let table = try #require(
            document.blocks.compactMap { block -> Layout.Table? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        #expect(Set(table.rows.map { $0.cells[0].map(\.text).joined() }) == Set(expected.map(\.name)))
        #expect(table.rows.count == expected.count && expected.count > 1)
        #expect(table.rows.filter(\.emphasized).count == 1, "the report's own area is marked")
        let text = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.content.map(\.text).joined() }
            return nil
        }.joined()
        #expect(text.hasPrefix("\(expected.count - 1) weitere; "))
        #expect(text.contains("Durchschnitt") && text.contains("der Planungsräume gleichen Status"))
    }

    @Test("a metric index is cut into quantile classes: every area in one class, the classes in order of value")
    func quantiles() throws {
        let (_, context, _) = try resolve(
            """
              for-each: { level: bezirksregion, sort: key }
              similar: { by: transferbezug, classes: 5 }
            """, body: "  - heading: x", key: "011001")
        let areas = context.snapshot.areas(level: "bezirksregion").filter {
            context.value("transferbezug", of: $0.id).value != nil
        }
        var groups: [[Area]] = []
        for area in areas where !groups.contains(where: { $0.contains { $0.id == area.id } }) {
            let group = context.similarAreas(to: area)
            #expect(group.contains { $0.id == area.id })
            groups.append(group)
        }
        #expect(groups.count == 5)
        #expect(groups.map(\.count).reduce(0, +) == areas.count)
        let ranges = groups.map { group in group.compactMap { context.value("transferbezug", of: $0.id).value } }
            .map { ($0.min() ?? 0, $0.max() ?? 0) }.sorted { $0.0 < $1.0 }
        for (lower, upper) in zip(ranges, ranges.dropFirst()) { #expect(lower.1 < upper.0, "classes do not overlap") }
    }

    @Test("the similar areas' value taken together is a weighted mean of theirs, not a plain mean")
    func combined() throws {
        let (_, context, scope) = try resolve(
            """
              for-each: { level: bezirksregion, sort: key }
              similar: { by: transferbezug, classes: 5 }
            """, body: "  - heading: x", key: "011001")
        let indicator = try #require(context.snapshot.indicator(key: "kinderarmut"))
        let others = context.similarAreas(to: scope.area).filter { $0.id != scope.area.id }
        let values = others.map { context.value("kinderarmut", of: $0.id) }
        let weights = values.compactMap(\.denominator)
        #expect(weights.count == values.count)
        let expected = zip(values.compactMap(\.value), weights).map { $0 * $1 }.reduce(0, +) / weights.reduce(0, +)
        let combined = try #require(context.combinedValue(indicator, of: others).value)
        #expect(abs(combined - expected) < 1e-9)
    }

    @Test("an internal index may not choose the comparison areas of a public report")
    func internalIndex() throws {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: x
                  for-each: { level: planungsraum, sort: key }
                  similar: { by: mss_statusindex }
                body:
                  - table: { rows: [similar], columns: [kinderarmut] }
                """)
        let errors = TemplateValidator(vocabulary: try BerlinStore.get().snapshot.vocabulary).validate(plan).map(
            \.description)
        #expect(errors.contains { $0.contains("t.yaml:4") && $0.contains("mss_statusindex") })
    }
}
