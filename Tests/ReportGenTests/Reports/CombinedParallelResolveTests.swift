import Foundation
import IndicatorData
import PDFInspection
import Testing

@testable import Layout
@testable import ReportGen

@Suite("A combined document resolved on several threads is the one resolved on one")
struct CombinedParallelResolveTests {
    /// Twelve Bezirksregionen; a body whose slot file ("### Maßnahmen") comes after a level-1 heading that only
    /// areas with much child poverty get. Where the heading is left out, the slot's heading follows whatever the
    /// scopes before ended with: the intro's level 1 (a warning), or a slot file's level 3 (none). Every third area
    /// has no slot file, so a scope without any heading hands on the level of the one before it.
    struct Project {
        let template: URL
        let keys: [String]
        /// The names of the areas whose slot file comes before any heading of their own.
        let slotFirst: Set<String>
    }

    func project() throws -> Project {
        let snapshot = try BerlinStore.get().snapshot
        let period = try #require(Period("2020-12-31"))
        let areas = Array(snapshot.areas(level: "bezirksregion").sorted { $0.id.key < $1.id.key }.prefix(12))
        let poverty = areas.map { snapshot.value("kinderarmut", of: $0.id, period: period).value ?? 0 }
        let threshold = Int(poverty.sorted()[poverty.count / 2].rounded())
        let folder = try PDFInspection.temporaryDirectory()
        let template = folder.appendingPathComponent("profil.yaml")
        try TestSupport.write(
            """
            report:
              title: "Profile"
              output: combined
              for-each: { level: bezirksregion, sort: key }
              period: 2020-12-31
            intro:
              - heading: "Übersicht"
              - text: "Die Bezirksregionen im Einzelnen."
            body:
              - heading: "{{ area.name }}"
                when: "value.kinderarmut > \(threshold)"
              - text-file: { path: "ausblick/{{ area.key }}.md", optional: true }
              - text: "{{ area.name }}: {{ value.kinderarmut | percent }} Kinderarmut."
            closing:
              - text-file: { path: "ausblick/schluss.md", optional: true }
            """, to: template)
        let slots = folder.appendingPathComponent("ausblick")
        try FileManager.default.createDirectory(at: slots, withIntermediateDirectories: true)
        var slotFirst: Set<String> = []
        for (index, (area, value)) in zip(areas, poverty).enumerated() where index % 3 != 2 {
            try TestSupport.write("### Maßnahmen\n\nText.\n", to: slots.appendingPathComponent("\(area.id.key).md"))
            if value <= Double(threshold) { slotFirst.insert(area.name) }
        }
        try TestSupport.write("### Schluss\n\nText.\n", to: slots.appendingPathComponent("schluss.md"))
        return Project(template: template, keys: areas.map(\.id.key), slotFirst: slotFirst)
    }

    func resolver(_ project: Project) throws -> (ReportResolver, [Scope]) {
        let plan = try TemplateParser().parse(fileAt: project.template.path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        return (resolver, resolver.scopes(only: Set(project.keys)))
    }

    /// The blocks and findings as one `BlockResolver` makes them, going through the intro, every scope's body and
    /// the closing in turn (as resolving did before it ran on several threads).
    func oneResolver(_ project: Project) throws -> (blocks: [Block], findings: [Finding]) {
        let (resolver, scopes) = try resolver(project)
        let (context, first) = (resolver.context, try #require(scopes.first))
        var one = BlockResolver(context: context, figures: FigureResolver(context: context))
        var blocks = one.resolve(context.plan.intro, scope: first)
        for scope in scopes { blocks += one.resolve(context.plan.body, scope: scope) }
        blocks += one.resolve(context.plan.closing, scope: first)
        return (blocks, one.findings)
    }

    func dump(_ blocks: [Block]) -> String {
        var text = ""
        Swift.dump(blocks, to: &text)
        return text
    }

    @Test("on one, two and three threads: the blocks and findings, in order, of one resolver going through all")
    func sameDocument() throws {
        let project = try project()
        let reference = try oneResolver(project)
        let warned = Set(
            reference.findings.filter { $0.message.contains("follows a level-1 heading") }.map(\.subject))
        // A slot file that comes first in its scope is checked against the level the scopes before ended at. Where
        // that is a slot file's level 3, one resolver does not warn; resolved from the intro's level 1, it would.
        try #require(!project.slotFirst.subtracting(warned).isEmpty)
        #expect(Catalogue.texts(of: reference.blocks).contains("Schluss"))
        let (resolver, scopes) = try resolver(project)
        for threads in [1, 2, 3] {
            let report = resolver.combinedReport(for: scopes, threads: threads)
            #expect(report.findings == reference.findings, "\(threads) threads")
            #expect(dump(report.document.blocks) == dump(reference.blocks), "\(threads) threads")
        }
    }

    @Test("rendered with one worker and with two, the PDF and what check prints are the same")
    func sameFile() throws {
        let project = try project()
        func render(jobs: Int) throws -> (Data, String) {
            let folder = try PDFInspection.temporaryDirectory()
            let run = try ReportFixture.run(
                ["render", project.template.path, "--store", try BerlinStore.get().url.path, "-o", folder.path]
                    + ["--jobs", "\(jobs)"] + project.keys.flatMap { ["--area", $0] })
            #expect(run.status == 0, "\(run.output)")
            return (try Data(contentsOf: folder.appendingPathComponent("profil.pdf")), run.output)
        }
        let (serial, serialOutput) = try render(jobs: 1)
        let (parallel, parallelOutput) = try render(jobs: 2)
        #expect(serial.count > 1_000)
        #expect(parallel == serial)
        #expect(parallelOutput.contains("follows a level-1 heading"))
        #expect(
            parallelOutput.split(separator: "\n").filter { $0.contains("heading") }
                == serialOutput.split(separator: "\n").filter { $0.contains("heading") })
    }
}
