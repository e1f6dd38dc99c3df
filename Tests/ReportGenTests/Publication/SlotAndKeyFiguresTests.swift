import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("Slots take an office's own Markdown per area; check lists the files still missing", .serialized)
struct SlotTests {
    /// A template with a required Ausblick slot and an optional one per area, in a folder of its own.
    func project(ausblick: [String: String]) throws -> URL {
        let folder = try PDFInspection.temporaryDirectory()
        try TestSupport.write(
            """
            report:
              title: "Profil {{ area.name }}"
              for-each: { level: bezirksregion, sort: key }
            body:
              - heading: "{{ area.name }}"
              - text-file: "ausblick/{{ area.key }}.md"
              - text-file: { path: "empfehlungen/{{ area.key }}.md", optional: true }
            """, to: folder.appendingPathComponent("profil.yaml"))
        let slots = folder.appendingPathComponent("ausblick")
        try FileManager.default.createDirectory(at: slots, withIntermediateDirectories: true)
        for (key, text) in ausblick {
            try TestSupport.write(text, to: slots.appendingPathComponent("\(key).md"))
        }
        return folder
    }

    @Test("the file of the area becomes paragraphs, a list and bold text; a missing required file is a warning")
    func perArea() throws {
        let keys = try BerlinStore.get().snapshot.areas(level: "bezirksregion").map(\.id.key).sorted().prefix(2)
        let (written, missing) = (try #require(keys.first), try #require(keys.last))
        let folder = try project(ausblick: [
            written:
                "## Ausblick\n\nDas Bezirksamt plant **zwei neue Kitas**.\nSie öffnen 2027.\n\n- Ausbau der Plätze\n- Elternberatung\n"
        ])
        let plan = try TemplateParser().parse(fileAt: folder.appendingPathComponent("profil.yaml").path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scopes = resolver.scopes(only: [written, missing])
        let first = resolver.report(for: try #require(scopes.first { $0.area.id.key == written }))
        let texts = Catalogue.texts(of: first.document.blocks)
        #expect(texts.contains("Ausblick"))
        #expect(texts.contains("Das Bezirksamt plant zwei neue Kitas. Sie öffnen 2027."))
        let lists = first.document.blocks.compactMap { block -> ListBlock? in
            if case .list(let list) = block { return list }
            return nil
        }
        #expect(lists.first?.items.map { $0.map(\.text).joined() } == ["Ausbau der Plätze", "Elternberatung"])
        let bold = first.document.blocks.contains { block in
            guard case .paragraph(let paragraph) = block else { return false }
            return paragraph.content.contains { if case .bold("zwei neue Kitas") = $0 { true } else { false } }
        }
        #expect(bold)
        #expect(first.findings.filter { $0.severity != .note }.isEmpty)
        let second = resolver.report(for: try #require(scopes.first { $0.area.id.key == missing }))
        // Besides the slot, the section with nothing under its heading is reported as empty.
        let warnings = second.findings.filter { $0.severity == .warning && $0.message.contains("slot file") }.map(
            \.message)
        #expect(warnings.count == 1, "\(warnings)")
        #expect(warnings.first?.contains("ausblick/\(missing).md is missing") == true)
        #expect(!warnings.joined().contains("empfehlungen"))
    }

    @Test("check names every missing required slot file and no optional one")
    func check() throws {
        let keys = try BerlinStore.get().snapshot.areas(level: "bezirksregion").map(\.id.key).sorted().prefix(3)
        let folder = try project(ausblick: [try #require(keys.first): "Text."])
        let run = try ReportFixture.run(
            ["check", folder.appendingPathComponent("profil.yaml").path, "--store", try BerlinStore.get().url.path]
                + keys.flatMap { ["--area", $0] })
        for key in keys.dropFirst() { #expect(run.output.contains("ausblick/\(key).md is missing"), "\(run.output)") }
        #expect(!run.output.contains("ausblick/\(keys.first ?? "").md"))
        #expect(!run.output.contains("empfehlungen/"))
    }

    @Test("check names a slot file's heading that goes two levels deeper, with its file and line and the fix")
    func headingJump() throws {
        let keys = try BerlinStore.get().snapshot.areas(level: "bezirksregion").map(\.id.key).sorted().prefix(2)
        let (jumping, stepping) = (try #require(keys.first), try #require(keys.last))
        let folder = try project(ausblick: [
            jumping: "Vorweg ein Absatz.\n\n### Maßnahmen\n\nText.\n\n## Ausblick\n\n#### Kitas\n",
            stepping: "## Ausblick\n\n### Maßnahmen\n\nText.\n",
        ])
        let run = try ReportFixture.run(
            ["check", folder.appendingPathComponent("profil.yaml").path, "--store", try BerlinStore.get().url.path]
                + keys.flatMap { ["--area", $0] })
        // The template's heading is level 1, so "###" on line 3 jumps from 1 to 3; "####" on line 9 has too many #.
        let file = folder.appendingPathComponent("ausblick/\(jumping).md").path
        let lines = run.output.split(separator: "\n").map(String.init)
        let jump = lines.filter { $0.contains("\(file):3:1:") }
        #expect(jump.count == 1, "\(run.output)")
        #expect(jump.first?.contains("a level-3 heading (###) follows a level-1 heading") == true, "\(jump)")
        #expect(jump.first?.contains("Fix: write it with ##") == true, "\(jump)")
        #expect(lines.contains { $0.contains("\(file):9:1:") && $0.contains("has 4 and is printed as level 3") })
        #expect(!run.output.contains("ausblick/\(stepping).md"), "\(run.output)")
    }
}

@Suite("The key-figures box")
struct KeyFiguresTests {
    func table(level: String, key: String, compare: String) throws -> (Layout.Table, Scope) {
        let plan = try Catalogue.plan(
            text: """
                report:
                  title: "Profil"
                  for-each: { level: \(level), sort: key }
                  period: 2020-12-31
                body:
                  - key-figures: { indicators: [kinderarmut, einwohner], compare: \(compare), caption: "Auf einen Blick" }
                """)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scope = try #require(resolver.scopes(only: [key]).first)
        let table = try #require(
            resolver.report(for: scope).document.blocks.compactMap { block -> Layout.Table? in
                if case .table(let table) = block { return table }
                return nil
            }.first)
        return (table, scope)
    }

    @Test("a Bezirk's values stand beside Berlin's, with an arrow and the change since the earlier period")
    func withChange() throws {
        let snapshot = try BerlinStore.get().snapshot
        let (table, scope) = try table(level: "bezirk", key: "01", compare: "[city]")
        let city = try #require(snapshot.city)
        let earlier = try #require(snapshot.periods(of: "kinderarmut").last { $0 < (Period("2020-12-31") ?? $0) })
        #expect(
            table.header.first?.cells.map { $0.map(\.text).joined() }
                == ["Kennzahl", scope.area.name, city.name, "Entwicklung seit \(earlier.german)"])
        #expect(table.caption == "Auf einen Blick")
        let period = try #require(Period("2020-12-31"))
        let cells = table.rows.first?.cells.map { $0.map(\.text).joined() } ?? []
        for (index, area) in [scope.area, city].enumerated() {
            let value = try #require(snapshot.value("kinderarmut", of: area.id, period: period).value)
            #expect(cells[index + 1] == GermanNumberFormat.number(value, decimals: 1))
        }
        let before = try #require(snapshot.value("kinderarmut", of: scope.area.id, period: earlier).value)
        let now = try #require(snapshot.value("kinderarmut", of: scope.area.id, period: period).value)
        let arrow = abs(now - before) < 0.05 ? "→" : now > before ? "↑" : "↓"
        #expect(cells.last?.hasPrefix(arrow) == true, "\(cells)")
        #expect(cells.last?.contains("Prozentpunkte") == true)
        // The 2017 values come from another publication: the change is marked, the note under the box says why.
        #expect(cells.last?.hasSuffix("\u{00B9}") == true)
        #expect(table.source.hasSuffix("\u{00B9} eingeschränkt vergleichbar: andere Datenquelle"))
    }

    @Test("a Bezirksregion with one period has its Bezirk and Berlin beside it and no column of change")
    func withoutChange() throws {
        let snapshot = try BerlinStore.get().snapshot
        let (table, scope) = try table(level: "bezirksregion", key: "011001", compare: "[parent, city]")
        let parent = try #require(snapshot.parent(of: scope.area.id))
        #expect(
            table.header.first?.cells.map { $0.map(\.text).joined() } == [
                "Kennzahl", scope.area.name, parent.name, "Berlin",
            ])
        #expect(table.rows.map { $0.cells.count } == [4, 4])
    }
}
