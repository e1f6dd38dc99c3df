import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("Intro, body and closing")
struct CombinedReportTests {
    func plan(output: String) throws -> ReportResolver {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("bezirke.yaml").path
        try """
        report:
          title: "Bezirke"
          output: \(output)
          for-each: { level: bezirk, sort: name }
        intro:
          - title-page
          - text: "Einleitung über {{ city.name }}"
        body:
          - heading: "{{ area.name }}"
          - text: "{{ value.einwohner | number }} Menschen"
        closing:
          - text: "Schluss"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        return ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
    }

    static func texts(_ blocks: [Block]) -> [String] {
        blocks.compactMap { block in
            switch block {
            case .paragraph(let paragraph):
                paragraph.content.map { if case .text(let text) = $0 { text } else { "" } }.joined()
            case .heading(let heading): heading.text
            case .titlePage: "TITEL"
            default: nil
            }
        }
    }

    @Test("a combined document has the intro once, the body for each of the twelve Bezirke, then the closing")
    func combined() throws {
        let resolver = try plan(output: "combined")
        let report = resolver.combinedReport(for: resolver.scopes())
        let texts = Self.texts(report.document.blocks)
        #expect(texts.first == "TITEL")
        #expect(texts[1] == "Einleitung über Berlin")
        #expect(texts.last == "Schluss")
        #expect(texts.filter { $0 == "TITEL" || $0 == "Schluss" }.count == 2)
        #expect(texts.filter { $0.hasSuffix(" Menschen") }.count == 12)
        #expect(texts[2] == "Charlottenburg-Wilmersdorf")
    }

    @Test("a document per area has its own intro and closing around its body")
    func perArea() throws {
        let resolver = try plan(output: "per-area")
        let scope = try #require(resolver.scopes(only: ["08"]).first)
        let texts = Self.texts(resolver.report(for: scope).document.blocks)
        let people = try #require(resolver.context.value("einwohner", of: scope.area.id).value)
        #expect(
            texts == [
                "TITEL", "Einleitung über Berlin", "Neukölln", GermanNumberFormat.number(people) + " Menschen",
                "Schluss",
            ])
    }
}

@Suite("Rank words")
struct RankPhraseTests {
    @Test("the rank from the lowest value counts from the other end")
    func lowest() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("rank.yaml").path
        try """
        report:
          title: x
          for-each: { level: bezirk }
          period: 2020-12-31
        body:
          - text: "{{ rank.kinderarmut | rank-phrase }} / {{ rank.kinderarmut | rank-phrase: \\"niedrigsten\\" }}"
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        // Neukölln has the highest share of the twelve Bezirke.
        let scope = try #require(resolver.scopes(only: ["08"]).first)
        let texts = CombinedReportTests.texts(resolver.report(for: scope).document.blocks)
        #expect(texts == ["den höchsten Wert / Rang 12 von 12"])
    }
}

@Suite("Population pyramid")
struct PyramidTests {
    func resolver(_ chart: String) throws -> ReportResolver {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("p.yaml").path
        try """
        report:
          title: x
          for-each: { level: bezirk }
        body:
        \(chart)
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        return ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
    }

    @Test("age groups by sex become shares of the area's population, with the city as an outline")
    func shares() throws {
        // The demo data has no age groups by sex; two pairs of age groups stand in for them here.
        let resolver = try resolver("  - chart: { type: pyramid, men: [ew_u6, ew_6_15], women: [ew_15_18, ew_18_27] }")
        let scope = try #require(resolver.scopes(only: ["08"]).first)
        guard case .pyramid(let plan) = try #require(resolver.context.plan.figurePlans.first).kind else {
            Issue.record("expected a pyramid")
            return
        }
        let spec = try FigureResolver(context: resolver.context).pyramid(plan, scope: scope).spec
        #expect(spec.bands == ["unter 6", "6 bis 15"])
        let shares = (spec.men + spec.women).compactMap { $0 }
        #expect(shares.count == 4)
        #expect(abs(shares.reduce(0, +) - 100) < 1e-9)
        let counts = ["ew_u6", "ew_6_15", "ew_15_18", "ew_18_27"].compactMap {
            resolver.context.value($0, of: scope.area.id).value
        }
        #expect(abs((spec.men[0] ?? 0) - counts[0] / counts.reduce(0, +) * 100) < 1e-9)
        #expect(spec.comparisonMen.count == 2 && spec.comparisonLabel == "Berlin")
    }

    @Test("a pyramid needs as many women's as men's groups")
    func unbalanced() throws {
        #expect(throws: TemplateError.self) {
            try resolver("  - chart: { type: pyramid, men: [ew_u6, ew_6_15], women: [ew_15_18] }")
        }
    }
}
