import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("Statusbericht for every Bezirksregion", .serialized)
struct StatusberichtTests {
    @Test("all 143 Bezirksregionen lay out on exactly two pages without errors, overflow or scaled figures")
    func everyArea() throws {
        let fixture = try ReportFixture(template: "templates/statusbericht.yaml")
        let scopes = fixture.resolver.scopes()
        #expect(scopes.count == 143)
        let renderer = try PDFRenderer()
        var pages = 0
        for scope in scopes {
            let report = fixture.resolver.report(for: scope)
            #expect(report.findings.filter { $0.severity == .error }.isEmpty, "\(report.subject): \(report.findings)")
            let laidOut = renderer.layout(report.document)
            #expect(laidOut.warnings.isEmpty, "\(report.subject): \(laidOut.warnings)")
            #expect(laidOut.pages.count == 2, "\(report.subject): \(laidOut.pages.count) pages")
            pages += laidOut.pages.count
            // Page 1 ("Auf einen Blick"): the key-figures box and the area's own map, zoomed (with a locator inset).
            let first = report.document.blocks.prefix { if case .pageBreak = $0 { false } else { true } }
            #expect(
                first.contains {
                    if case .table(let table) = $0 { table.caption.hasPrefix("Kennzahlen") } else { false }
                })
            let maps = first.flatMap { block -> [Figure] in
                if case .figureRow(let figures) = block { return figures }
                if case .figure(let figure) = block { return [figure] }
                return []
            }.compactMap { $0.drawing as? ChoroplethMap }
            #expect(maps.count == 1 && maps.first?.spec.locator != nil, "\(report.subject): no zoomed map on page 1")
            for page in laidOut.pages {
                let text = page.plainText
                // German number format: no decimal point between digits before a percent sign.
                #expect(
                    text.range(of: #"\d\.\d\s?%"#, options: .regularExpression) == nil,
                    "\(report.subject) p. \(page.number)")
                for figure in page.items.flatMap(\.figureGroups) {
                    let texts = figure.flatMap(\.textItems).map(\.content)
                    #expect(texts.contains { $0.hasPrefix("Abbildung ") }, "\(report.subject): figure without caption")
                    #expect(
                        texts.contains { $0.hasPrefix("Quelle: ") && $0.contains("Stand: ") },
                        "\(report.subject): no source")
                }
            }
        }
        #expect(pages == 286)
    }

    @Test("every Statusbericht PDF has 2 pages; page 1 the key figures, the zoomed map and the issuer's logo")
    func everyPDF() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let run = try ReportFixture.run(
            ["render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path])
        #expect(run.status == 0, "\(run.output)")
        let snapshot = try BerlinStore.get().snapshot
        let regions = snapshot.areas(level: "bezirksregion")
        #expect(regions.count == 143)
        for region in regions {
            let path = folder.appendingPathComponent("statusbericht-\(region.id.key).pdf").path
            let pages = try PDFInspection.pages(of: path)
            #expect(pages.count == 2, "\(region.name): \(pages.count) pages")
            let first = (pages.first ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(first.contains("Kennzahlen im Vergleich mit Bezirk und Stadt"), "\(region.name)")
            #expect(first.contains("Kinderarmut nach Planungsräumen"), "\(region.name)")
            // The map is zoomed to the area: it names the area's own Planungsräume, which page 1 prints nowhere else.
            let planungsraeume = snapshot.children(of: region.id, level: "planungsraum").map(\.name)
            #expect(
                planungsraeume.contains { first.contains(String($0.split(separator: " ").first ?? "")) },
                "\(region.name): no Planungsraum named on page 1")
            // A Statusbericht has no title page: the logo stands in the header of page 1, and only there.
            let images = try PDFInspection.imagePages(of: path)
            #expect(!images.isEmpty && images.allSatisfy { $0 == 1 }, "\(region.name): images on pages \(images)")
        }
    }

    @Test("the profile compares the Bezirksregion with its Bezirk and with Berlin, values from the store")
    func profileWithBezirk() throws {
        let fixture = try ReportFixture(template: "templates/statusbericht.yaml")
        let scope = try #require(fixture.resolver.scopes(only: ["011001"]).first)
        let document = fixture.resolver.report(for: scope).document
        let profile = try #require(document.figures.compactMap { $0.drawing as? ProfileChart }.first)
        let parent = try #require(scope.parent)
        let city = try #require(scope.city)
        #expect(profile.spec.parentName == "Bezirk \(parent.name)")
        let keys = ["arbeitslosigkeit", "transferbezug", "kinderarmut", "alleinerziehende"]
        #expect(profile.spec.rows.map(\.parentValue) == keys.map { fixture.context.value($0, of: parent.id).value })
        #expect(profile.spec.rows.map(\.cityValue) == keys.map { fixture.context.value($0, of: city.id).value })
        #expect(profile.spec.altText.contains("Bezirk \(parent.name) "))
        #expect(profile.spec.dataRows.first?.contains("Bezirk \(parent.name)") == true)
    }

    @Test("the numbers in a profile are the store's, formatted the German way")
    func numbers() throws {
        let fixture = try ReportFixture(template: "templates/statusbericht.yaml")
        let scope = try #require(fixture.resolver.scopes(only: ["011001"]).first)
        let snapshot = fixture.context.snapshot
        let period = try #require(Period("2020-12-31"))
        let poverty = try #require(snapshot.value("kinderarmut", of: scope.area.id, period: period).value)
        let cityArea = try #require(snapshot.city)
        let city = try #require(snapshot.value("kinderarmut", of: cityArea.id, period: period).value)
        let laidOut = try PDFRenderer().layout(fixture.resolver.report(for: scope).document)
        let text = laidOut.pages.map(\.plainText).joined(separator: "\n")
        #expect(text.contains(GermanNumberFormat.percent(poverty, decimals: 1)))
        let comparison =
            poverty > city * 1.05
            ? "über dem städtischen Durchschnitt"
            : poverty < city * 0.95
                ? "unter dem städtischen Durchschnitt" : "etwa auf dem Niveau"
        #expect(text.replacingOccurrences(of: "\n", with: " ").contains(comparison))
        #expect(text.contains("Tabelle 1: Kennzahlen im Vergleich mit Bezirk und Stadt"))
    }
}

@Suite("The city map of child poverty")
struct CityMapTests {
    @Test("all 542 Planungsräume are coloured by their class, the six invalid ones hatched and counted as k. A.")
    func cityMap() throws {
        let fixture = try ReportFixture(template: "templates/abbildungen.yaml")
        let plan = try #require(
            fixture.context.plan.figurePlans.compactMap(\.map).first {
                $0.extent == .city && $0.level?.value == "planungsraum"
            })
        let prepared = try fixture.context.preparedMap(plan)
        let scope = try #require(fixture.resolver.scopes().first)
        let spec = try FigureResolver(context: fixture.context).mapSpec(plan, prepared, scope: scope)
        #expect(spec.areas.count == 542)
        let hatched = spec.areas.filter { if case .missing = $0.fill { true } else { false } }
        #expect(hatched.count == 6)
        let entries = spec.legend.entries
        #expect(entries.count == 6)
        #expect(entries.last?.hatched == true && entries.last?.count == 6)
        #expect(entries.last?.label.hasPrefix("k. A.") == true)
        #expect(entries.dropLast().compactMap(\.count).reduce(0, +) == 536)
        #expect(entries.first?.label.hasPrefix("bis ") == true && entries.first?.label.hasSuffix("%") == true)
        // Every coloured area has the colour of the class its value falls into.
        for area in spec.areas {
            guard case .color(let color) = area.fill, let value = area.value,
                let index = prepared.classes.classification.classIndex(of: value)
            else { continue }
            #expect(color == prepared.classes.colors[index], "\(area.name)")
        }
        #expect(spec.highlight != nil, "the Bezirk is outlined over the Planungsräume")
    }
}

@Suite("User-defined class limits")
struct UserDefinedBreaksTests {
    @Test("a map with breaks: [10, 20, 40] classifies at those limits and names them in the legend")
    func breaks() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("b.yaml").path
        try """
        report:
          title: x
          period: 2020-12-31
        body:
          - map: { indicator: kinderarmut, level: planungsraum, classes: { breaks: [10, 20, 40] } }
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let figure = try #require(plan.figurePlans.first?.map)
        let classes = try context.preparedMap(figure).classes
        #expect(Array(classes.classification.breaks.prefix(3)) == [10, 20, 40])
        #expect(classes.legend.entries.first?.label == "bis 10,0\u{00A0}%")
        #expect(classes.legend.entries[1].label == "über 10,0 bis 20,0\u{00A0}%")
        let values = context.snapshot.areas(level: "planungsraum").compactMap {
            context.value("kinderarmut", of: $0.id).value
        }
        // Values are classed as published, to one decimal: 10,04 reads "10,0" and belongs to "bis 10,0 %".
        #expect(classes.classification.counts.first == values.filter { ($0 * 10).rounded() / 10 <= 10 }.count)
    }
}

@Suite("Maps of two years")
struct PooledPeriodTests {
    @Test("maps of 2017 and 2020 pooled over both years share their classes and cite each year's source")
    func twoYears() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("y.yaml").path
        let map =
            "{ indicator: kinderarmut, level: bezirk, classes: { scheme: quantiles, k: 4, pooled-periods: [2017-12-31, 2020-12-31] }"
        try """
        report:
          title: x
          period: 2020-12-31
        body:
          - figures:
              - map: \(map), period: 2017-12-31 }
              - map: \(map), period: 2020-12-31 }
        """.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        let context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        let figures = plan.figurePlans.compactMap(\.map)
        #expect(figures.count == 2)
        let first = try context.preparedMap(figures[0]).classes
        let second = try context.preparedMap(figures[1]).classes
        #expect(first.classification.breaks == second.classification.breaks)
        #expect(first.classification.counts.reduce(0, +) == 24, "twelve Bezirke in each of two years")
        #expect(first.legend.title?.hasSuffix("31.12.2017") == true)
        #expect(second.legend.title?.hasSuffix("31.12.2020") == true)
        let resolver = ReportResolver(context: context)
        let scope = try #require(resolver.scopes().first)
        let sources = resolver.report(for: scope).document.figures.map(\.source)
        #expect(sources.count == 2)
        #expect(sources[0].contains("2017") && !sources[0].contains("31.12.2020"))
        #expect(sources[1].contains("31.12.2020"))
    }
}

@Suite("Categorical maps")
struct CategoricalMapTests {
    @Test("a categorical indicator gets one class per value, labelled from the catalogue, in an internal report")
    func statusIndex() throws {
        let fixture = try ReportFixture(template: "templates/sozialmonitoring-intern.yaml")
        let plan = try #require(fixture.context.plan.figurePlans.compactMap(\.map).first)
        let classes = try fixture.context.preparedMap(plan).classes
        let labels = classes.legend.entries.filter { !$0.isMissing }.map(\.label)
        #expect(labels == ["1 – hoch", "2 – mittel", "3 – niedrig", "4 – sehr niedrig"])
        let values = fixture.context.snapshot.areas(level: "planungsraum").compactMap {
            fixture.context.value("mss_statusindex", of: $0.id).value
        }
        #expect(classes.classification.counts == [1.0, 2, 3, 4].map { code in values.filter { $0 == code }.count })
        #expect(classes.legend.entries.last?.isMissing == true && classes.legend.entries.last?.count == 6)
    }
}
