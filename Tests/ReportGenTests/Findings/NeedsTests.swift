import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("\"needs:\" writes one sentence per indicator against the comparison areas, the strongest need first")
struct NeedsTests {
    private let indicators = ["kinderarmut", "kita_plaetze_je_100_u6", "transferbezug", "alleinerziehende"]

    private func items(for kita: String) throws -> (items: [String], context: ResolveContext, scope: Scope) {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Bedarf"
                  period: 2020-12-31
                  for-each: { points: kita }
                body:
                  - needs: { indicators: [\(indicators.joined(separator: ", "))], compare: [ancestors] }
                """)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let resolver = ReportResolver(context: context)
        let scope = try #require(resolver.scopes(only: [kita]).first)
        let lists = resolver.report(for: scope).document.blocks.compactMap { block -> ListBlock? in
            if case .list(let list) = block { return list }
            return nil
        }
        let list = try #require(lists.first)
        return (list.items.map { $0.map(\.text).joined() }, context, scope)
    }

    @Test(
        "the first sentence is the indicator with the largest gap on the side of need, recomputed from the store",
        arguments: ["08142880", "01010010", "10210190"])
    func largestGapFirst(kita: String) throws {
        let (items, context, scope) = try items(for: kita)
        #expect(items.count == indicators.count)
        let snapshot = context.snapshot
        let references = snapshot.ancestors(of: scope.area.id)
        func number(_ key: String, _ area: AreaID) -> Double? {
            let value = context.value(key, of: area)
            return value.status == .valid ? value.value : nil
        }
        // Largest relative gap towards need against any reference; higher-is-better counts below, -worse above.
        let gaps = indicators.compactMap { key -> (String, Double)? in
            guard let indicator = snapshot.indicator(key: key), let own = number(key, scope.area.id) else { return nil }
            let sign: Double = indicator.polarity == .higherIsWorse ? 1 : indicator.polarity == .higherIsBetter ? -1 : 0
            let gap =
                references.compactMap { number(key, $0.id) }.filter { $0 != 0 }.map { sign * (own - $0) / abs($0) }
                .max() ?? 0
            return (indicator.name, gap)
        }
        let largest = try #require(gaps.max { $0.1 < $1.1 })
        #expect(items.first?.hasPrefix("\(largest.0):") == true, "\(items)")
        for reference in references {
            #expect(items.allSatisfy { $0.contains(reference.name) }, "every sentence names \(reference.name)")
        }
    }

    @Test("the distance reads as a factor when it is large, in Prozentpunkte for shares, relative otherwise")
    func distances() {
        #expect(GermanNarrative.distance(45, from: 90, percentage: false, decimals: 1) == "etwa halb so hoch wie")
        #expect(GermanNarrative.distance(35, from: 14, percentage: true, decimals: 1) == "mehr als doppelt so hoch wie")
        #expect(
            GermanNarrative.distance(20, from: 16.8, percentage: true, decimals: 1) == "3,2 Prozentpunkte höher als")
        #expect(
            GermanNarrative.distance(75, from: 100, percentage: false, decimals: 1) == "um 25\u{00A0}% niedriger als")
        #expect(GermanNarrative.distance(101, from: 100, percentage: false, decimals: 1) == "etwa so hoch wie")
        #expect(NeedsResolver.need(of: 45, against: [90, 60], polarity: .higherIsBetter) == 0.5)
        #expect(NeedsResolver.need(of: 45, against: [90], polarity: .higherIsWorse) == -0.5)
        #expect(NeedsResolver.need(of: 45, against: [90], polarity: .neutral) == 0)
    }

    @Test("\"needs:\" without comparison areas is refused where it is written")
    func needsComparison() throws {
        #expect(throws: TemplateError.self) {
            _ = try Catalogue.plan(
                text: """
                    report: { title: "Bedarf", for-each: { points: kita } }
                    body:
                      - needs: { indicators: [kinderarmut] }
                    """)
        }
    }
}
