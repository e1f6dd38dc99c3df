import CairoBridge
import Foundation
import Layout

/// Times single figures of a template on one page each: the first map and the first chart.
struct FigureBench {
    let context: ResolveContext
    let scope: Scope?
    let repeats: Int
    let folder: URL

    func run() throws {
        guard let scope else { return }
        let resolver = FigureResolver(context: context)
        let plans = context.plan.figurePlans
        let renderer = try PDFRenderer()
        for kind in [FigurePlan.Kind.map, .bar] {
            guard let plan = plans.first(where: { $0.kind == kind }) else { continue }
            let figure = try resolver.figure(plan, scope: scope)
            let document = Document(metadata: PDFMetadata(title: "bench"), blocks: [.figure(figure)])
            let url = folder.appendingPathComponent("figure-\(kind.rawValue).pdf")
            try renderer.render(document, to: url)
            let started = Date()
            for _ in 0..<repeats { try renderer.render(document, to: url) }
            let perPage = Date().timeIntervalSince(started) * 1000 / Double(repeats)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            let name = kind == .map ? "map page (\(context.maps[plan.location].map { context.snapshot.areas(level: $0.level).count } ?? 0) areas)" : "chart page"
            print(String(format: "%-24@ %.2f ms per page, %.0f KB PDF (figure resolved once, laid out, drawn and written %d times)",
                         name as NSString, perPage, Double(size) / 1000, repeats))
        }
    }
}
