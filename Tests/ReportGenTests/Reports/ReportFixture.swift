import CairoBridge
import Foundation
import Layout
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
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = TestSupport.repoRoot
        process.environment = ProcessInfo.processInfo.environment.merging(
            ["SOURCE_DATE_EPOCH": "1700000000"].merging(environment) { $1 }) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

extension FrameItem {
    /// The figure groups (caption, drawing, source) among these items, depth first.
    var figureGroups: [[FrameItem]] {
        switch self {
        case .group(.figure(_), let items): [items]
        case .group(_, let items): items.flatMap(\.figureGroups)
        default: []
        }
    }
}
