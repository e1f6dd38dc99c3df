import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

/// Pages other than A4 portrait: every figure is fitted to the text area of the theme's page.
@Suite("A5 and A4 landscape pages")
struct PageSizeTests {
    static let template = """
        report:
          title: "Bericht {{ area.name }}"
          theme: thema.yaml
          for-each: { level: bezirk, sort: key }
          period: 2020-12-31
        body:
          - heading: "{{ area.name }}"
          - map: { indicator: kinderarmut, level: planungsraum, extent: parent }
          - chart: { type: bar, indicator: kinderarmut, areas: siblings, reference: [city] }
          - chart: { type: scatter, x: arbeitslosigkeit, y: kinderarmut, areas: { level: bezirksregion } }
          - figures: [{ map: { indicator: kinderarmut, level: bezirksregion } }, { chart: { type: line, indicator: kinderarmut } }]
          - table: { rows: [children], columns: [einwohner, kinderarmut] }
        """

    /// Every drawing placed on the pages, depth first.
    static func drawings(_ items: [FrameItem]) -> [Rect] {
        items.flatMap { item -> [Rect] in
            switch item {
            case .drawing(_, let rect): [rect]
            case .group(_, let inner): drawings(inner)
            default: []
            }
        }
    }

    @Test(
        "maps, charts and tables are fitted to the text area, never wider or taller",
        arguments: ["a5-portrait", "a4-landscape"])
    func fitted(size: String) throws {
        let folder = try PDFInspection.temporaryDirectory()
        try "page: { size: \(size) }\n".write(
            to: folder.appendingPathComponent("thema.yaml"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("bericht.yaml").path
        try Self.template.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        let setup = plan.settings.theme.pageSetup
        #expect(setup.size == (size == "a5-portrait" ? Size(width: 419.528, height: 595.276) : Size.a4Landscape))
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scope = try #require(resolver.scopes(only: ["08"]).first)
        let report = resolver.report(for: scope)
        #expect(!report.findings.contains { $0.severity == .error })
        let renderer = try PDFRenderer(theme: plan.settings.theme.theme)
        let laidOut = renderer.layout(report.document)
        let content = setup.contentRect
        let rects = laidOut.pages.flatMap { Self.drawings($0.items) }
        #expect(rects.count >= 5)
        for rect in rects {
            #expect(
                rect.x >= content.x - 0.5 && rect.x + rect.width <= content.x + content.width + 0.5, "\(size): \(rect)")
            #expect(
                rect.y >= content.y - 0.5 && rect.y + rect.height <= content.y + content.height + 0.5,
                "\(size): \(rect)")
        }
        let pdf = folder.appendingPathComponent("bericht.pdf")
        _ = try renderer.render(report.document, to: pdf)
        let info = try PDFInspection.info(of: pdf.path)
        let points = size == "a5-portrait" ? "419.528 x 595.276" : "841.89 x 595.276"
        #expect(info["Page size"]?.hasPrefix(points) == true, "\(info["Page size"] ?? "")")
    }
}
