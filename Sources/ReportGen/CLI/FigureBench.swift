import CairoBridge
import Foundation
import GermanWords
import Layout

/// Times single figures of a template: the first map and the first chart, each as a whole document of one
/// page (layout, drawing, fonts, compression, file) and as one more page in a document of many.
struct FigureBench {
    let context: ResolveContext
    let scope: Scope?
    let repeats: Int
    let folder: URL

    func run() throws {
        guard let scope else { return }
        let resolver = FigureResolver(context: context)
        let renderer = try PDFRenderer(theme: context.plan.settings.theme.theme)
        for kind in [BlockKeyword.map.rawValue, ChartType.bar.rawValue] {
            guard let plan = context.plan.figurePlans.first(where: { $0.name == kind }) else { continue }
            let figure = try resolver.figure(plan, scope: scope)
            let url = folder.appendingPathComponent("figure-\(kind).pdf")
            let single = Document(metadata: PDFMetadata(title: "bench"), words: .german, blocks: [.figure(figure)])
            try renderer.render(single, to: url)
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            let started = Date()
            for _ in 0..<repeats { try renderer.render(single, to: url) }
            let perDocument = Date().timeIntervalSince(started) * 1000 / Double(repeats)
            let many = Document(
                metadata: PDFMetadata(title: "bench"), words: .german,
                blocks: Array(repeating: [Block.figure(figure), .pageBreak], count: repeats).flatMap { $0 })
            let manyStarted = Date()
            try renderer.render(many, to: url)
            let perPage = Date().timeIntervalSince(manyStarted) * 1000 / Double(repeats)
            let name =
                plan.map != nil
                ? "map (\((try? plan.map.map(context.preparedMap)).map { context.snapshot.areas(level: $0.level).count } ?? 0) areas)"
                : "bar chart"
            print(
                String(
                    format: "%@: %.2f ms per page in a longer document, %.2f ms as a document of its own, %.0f KB PDF",
                    name, perPage, perDocument, Double(size) / 1000))
        }
    }
}
