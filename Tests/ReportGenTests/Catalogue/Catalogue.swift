import Foundation
import Layout
import PDFInspection

@testable import ReportGen

/// The templates of the catalogue, run against the Berlin demo store of the test run.
enum Catalogue {
    static let folder = TestSupport.repoRoot.appendingPathComponent("templates")

    static var templateNames: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func plan(_ name: String) throws -> ReportPlan {
        try TemplateParser().parse(fileAt: folder.appendingPathComponent(name).path)
    }

    static func resolver(_ name: String) throws -> ReportResolver {
        ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: try plan(name)))
    }

    /// A plan of a small template written to a temporary file.
    static func plan(text: String) throws -> ReportPlan {
        let url = try PDFInspection.temporaryDirectory().appendingPathComponent("t.yaml")
        try TestSupport.write(text, to: url)
        return try TemplateParser().parse(fileAt: url.path)
    }

    /// The plain text of a document's headings, paragraphs and table cells.
    static func texts(of blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let heading): [heading.text]
            case .paragraph(let paragraph): [paragraph.content.map(\.text).joined()]
            case .table(let table): table.rows.flatMap { $0.cells.map { $0.map(\.text).joined() } }
            case .columns(_, let inner): texts(of: inner)
            default: []
            }
        }
    }
}

extension Inline {
    var text: String {
        switch self {
        case .text(let text), .bold(let text), .italic(let text), .link(let text, _): text
        }
    }
}

extension Catalogue {
    /// Templates with more documents than this are checked on their samples and an even spread of the rest.
    static let mostScopes = 200

    /// The documents a catalogue-wide test checks: all of a template's documents, or (more than `mostScopes`) the
    /// samples `reportgen demo` renders and every n-th document besides.
    static func checkedScopes(_ resolver: ReportResolver) -> [Scope] {
        let all = resolver.scopes()
        guard all.count > mostScopes else { return all }
        let sample = Set(resolver.context.plan.settings.sample.map(\.value))
        let step = all.count / mostScopes + 1
        return all.enumerated().filter { $0.offset % step == 0 || sample.contains(key($0.element)) }.map(\.element)
    }

    /// A document's key: its point's number (a Kita annex) or its area's.
    private static func key(_ scope: Scope) -> String {
        scope.point?.sourceID ?? scope.area.id.key
    }
}
