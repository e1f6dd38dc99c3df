import CairoBridge
import Foundation
import Layout
import PDFInspection

@testable import ReportGen

/// A template of the catalogue resolved against the Berlin demo store.
struct ReportFixture {
    let context: ResolveContext
    let resolver: ReportResolver

    init(template: String) throws {
        let plan = try TemplateParser().parse(fileAt: TestSupport.repoRoot.appendingPathComponent(template).path)
        context = ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan)
        resolver = ReportResolver(context: context)
    }

    /// The built `reportgen` executable (tests run after `swift build --build-tests`).
    static var executable: URL {
        TestSupport.repoRoot.appendingPathComponent(".build/debug/reportgen")
    }

    /// Runs `reportgen` with `arguments` and a fixed creation date; returns its exit status and output.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
        status: Int32, output: String
    ) {
        let result = try PDFInspection.run(
            executable: executable, arguments, in: TestSupport.repoRoot,
            environment: ["SOURCE_DATE_EPOCH": "1700000000"].merging(environment) { $1 })
        return (result.status, result.output)
    }
}

extension FrameItem {
    /// The figure groups (caption, figure with its drawing, source) among these items, depth first.
    var figureGroups: [[FrameItem]] {
        switch self {
        case .group(.division, let items) where items.contains(where: \.isFigure): [items]
        case .group(_, let items): items.flatMap(\.figureGroups)
        default: []
        }
    }
}

extension FrameItem {
    var isFigure: Bool {
        if case .group(.figure(_), _) = self { true } else { false }
    }
}
