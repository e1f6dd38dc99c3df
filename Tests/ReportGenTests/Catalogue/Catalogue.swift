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
