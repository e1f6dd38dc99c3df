import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

/// The report side of declared indices: each area's components, the "Methodik" block and class names in tables,
/// all from the Berlin demo store, whose MSS indices the import computes.
@Suite("Index reports: components per area, Methodik, class names")
struct IndexReportTests {
    @Test("an area's components add up to its index, and the largest in the index's direction is named")
    func componentsAddUp() throws {
        let fixture = try ReportFixture(template: "templates/sozialmonitoring-intern.yaml")
        let snapshot = fixture.context.snapshot
        let index = try #require(snapshot.indicator(key: "mss_statuswert"))
        let components = IndexComponents(context: fixture.context)
        var checked = 0
        for area in snapshot.areas(level: "planungsraum") {
            let value = fixture.context.value(index.key, of: area.id)
            guard let total = value.value else {
                #expect(components.contributions(to: index, of: area.id) == nil, "\(area.name) has no index")
                continue
            }
            let parts = try #require(components.contributions(to: index, of: area.id))
            #expect(parts.map(\.indicator.key) == ["arbeitslosigkeit", "transferbezug", "kinderarmut"])
            #expect(abs(parts.map(\.value).reduce(0, +) - total) < 1e-9, "\(area.name)")
            let phrase = IndexComponents.phrase(parts)
            let direction: Double = total < 0 ? -1 : 1
            let largest = try #require(parts.max { $0.value * direction < $1.value * direction })
            #expect(phrase.hasSuffix("den größten Beitrag leistet \(largest.indicator.shortName)"), "\(phrase)")
            checked += 1
        }
        #expect(checked == 536)
    }

    @Test("the phrase signs each contribution the German way and lists them with 'und'")
    func phrase() throws {
        let snapshot = try BerlinStore.get().snapshot
        let names = ["arbeitslosigkeit", "transferbezug", "kinderarmut"]
        let parts = try zip(names, [-0.5, 1.234, -2.0]).map { key, value in
            IndexComponents.Contribution(indicator: try #require(snapshot.indicator(key: key)), value: value)
        }
        // The sum is negative, so the most negative part moves the index furthest.
        #expect(
            IndexComponents.phrase(parts)
                == "Arbeitslosigkeit (−0,50), Transferbezug (+1,23) und Kinderarmut (−2,00); "
                + "den größten Beitrag leistet Kinderarmut")
    }

    @Test("the Methodik block gives components, base, limits and the areas per class as the store holds them")
    func methodBlock() throws {
        let fixture = try ReportFixture(template: "templates/sozialmonitoring-intern.yaml")
        let snapshot = fixture.context.snapshot
        let blocks = IndexMethodResolver(context: fixture.context).resolve("mss_status_dynamik")
        let tables = blocks.compactMap { block -> Layout.Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(tables.count == 2)
        let text = Catalogue.texts(of: blocks).joined(separator: "\n")
        #expect(text.contains("Statuswert: Summe der z-Werte von Arbeitslosigkeit, Transferbezug und Kinderarmut."))
        #expect(text.contains("Dynamikwert: Summe der z-Werte von"))
        let planungsraeume = snapshot.areas(level: "planungsraum")
        let withIndex = planungsraeume.filter { fixture.context.value("mss_statuswert", of: $0.id).status == .valid }
        let suppressed = planungsraeume.filter {
            fixture.context.value("mss_statuswert", of: $0.id).status == .suppressed
        }
        #expect(
            text.contains(
                "über die \(withIndex.count) Planungsräume, die die Basis erreichen (Einwohner mindestens 300"))
        #expect(text.contains("\(suppressed.count) Planungsräume liegen darunter"), "\(text)")
        #expect(text.contains("Statusindex: 4 Klassen nach Standardabweichungen"))
        // Limits −1, +1, +1,5 and the count of each class, recounted from the class values.
        let status = try #require(tables.first)
        #expect(
            status.rows.map { $0.cells[1].map(\.text).joined() } == [
                "unter −1,0", "−1,0 bis unter +1,0", "+1,0 bis unter +1,5", "+1,5 und mehr",
            ])
        for (code, row) in status.rows.enumerated() {
            let count = planungsraeume.filter {
                fixture.context.value("mss_statusindex", of: $0.id).value == Double(code + 1)
            }.count
            #expect(
                row.cells.map { $0.map(\.text).joined() } == [
                    ["hoch", "mittel", "niedrig", "sehr niedrig"][code], row.cells[1].map(\.text).joined(),
                    GermanNumberFormat.number(Double(count)),
                ])
        }
    }

    @Test("show: label prints a categorical value's name, not its code")
    func labelColumn() throws {
        let fixture = try ReportFixture(template: "templates/sozialmonitoring-intern.yaml")
        let scope = try #require(fixture.resolver.scopes().first)
        let tables = fixture.resolver.report(for: scope).document.blocks.compactMap { block -> Layout.Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        let table = try #require(tables.first { $0.header.first?.cells.last?.first?.text == "Status/Dynamik" })
        let names = try #require(fixture.context.snapshot.indicator(key: "mss_status_dynamik")).categories.values
        let cells = table.rows.compactMap { $0.cells.last.map { $0.map(\.text).joined() } }
        #expect(cells.count == 15)
        #expect(cells.allSatisfy { names.contains($0) }, "\(cells)")
    }

    @Test("show: label, components. and index-method refuse indicators that have no names or no index")
    func refused() throws {
        let snapshot = try BerlinStore.get().snapshot
        let cases = [
            ("  - table: { rows: [city], columns: [{ indicator: kinderarmut, show: label }] }", "is metric"),
            ("  - text: \"{{ components.kinderarmut }}\"", "\"components\" names the parts of a declared index"),
            ("  - index-method: kinderarmut", "describes a declared index"),
        ]
        for (block, message) in cases {
            let plan = try Catalogue.plan(text: "report:\n  title: x\n  audience: internal\nbody:\n\(block)\n")
            let errors = TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan)
            #expect(errors.count == 1, "\(block): \(errors)")
            #expect(errors.first?.location.line == 5, "\(block)")
            #expect(errors.first?.message.contains(message) == true, "\(block): \(errors)")
        }
    }

    @Test("the rendered report carries the component sentences, the Methodik and the class names as text")
    func renderedWords() throws {
        let store = try BerlinStore.get().url
        let folder = try PDFInspection.temporaryDirectory()
        let result = try ReportFixture.run([
            "render", "templates/sozialmonitoring-intern.yaml", "--store", store.path, "-o", folder.path,
        ])
        #expect(result.status == 0, "\(result.output)")
        let pdf = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".pdf") })
        let text = try PDFInspection.text(of: folder.appendingPathComponent(pdf).path)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("den größten Beitrag leistet"))
        #expect(text.contains("Methodik"))
        #expect(text.contains("Abgrenzung"))
        #expect(text.contains("sehr niedrig, stabil") || text.contains("niedrig, stabil"))
    }
}
