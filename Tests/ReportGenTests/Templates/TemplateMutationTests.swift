import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

/// Templates mangled at random must give an error or a document, never a crash.
@Suite("Mangled templates")
struct TemplateMutationTests {
    static let fragments = [
        "{{", "}}", "|", ":", "\n", "  ", "- ", "value.", "percent", "-1", "1e308", "nan", "\"", "'",
        "[", "]", "{", "}", "#", "ä", "\u{0}", "when: ", "level: ", "k: 0", "k: 99", "extent: area",
    ]

    static func mangle(_ text: String, using generator: inout SplitMix64) -> String {
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...6, using: &generator) {
            guard !characters.isEmpty else { break }
            let index = Int.random(in: 0..<characters.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: characters.remove(at: index)
            case 1: characters.insert(contentsOf: fragments.randomElement(using: &generator) ?? "", at: index)
            default:
                let end = min(characters.count, index + Int.random(in: 1...40, using: &generator))
                characters.removeSubrange(index..<end)
            }
        }
        return String(characters)
    }

    @Test("120 mangled Statusbericht templates are refused with a message or rendered, none crashes")
    func mangled() throws {
        let original = try String(
            contentsOf: TestSupport.repoRoot.appendingPathComponent("templates/statusbericht.yaml"), encoding: .utf8)
        let snapshot = try BerlinStore.get().snapshot
        let folder = try PDFInspection.temporaryDirectory()
        // The template names its theme relative to itself: the copy takes the themes (and their logo) along.
        try FileManager.default.copyItem(
            at: TestSupport.repoRoot.appendingPathComponent("templates/themes"),
            to: folder.appendingPathComponent("themes"))
        let renderer = try PDFRenderer()
        var generator = SplitMix64(state: 20_261_121)
        var refused = 0
        var rendered = 0
        for round in 0..<120 {
            let path = folder.appendingPathComponent("t\(round).yaml").path
            try Self.mangle(original, using: &generator).write(toFile: path, atomically: true, encoding: .utf8)
            do {
                let plan = try TemplateParser().parse(fileAt: path)
                let errors = TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan)
                if !errors.isEmpty {
                    #expect(errors.allSatisfy { $0.description.contains("t\(round).yaml") })
                    refused += 1
                    continue
                }
                let resolver = ReportResolver(context: ResolveContext(snapshot: snapshot, plan: plan))
                if let scope = resolver.scopes().first {
                    _ = renderer.layout(resolver.report(for: scope).document)
                }
                rendered += 1
            } catch {
                #expect(error.description.contains("t\(round).yaml"))
                refused += 1
            }
        }
        #expect(refused > 40)
        #expect(rendered > 5)
    }
}
