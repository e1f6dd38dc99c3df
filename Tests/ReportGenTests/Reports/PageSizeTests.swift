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
          - chart: { type: bar, orientation: vertical, indicator: einwohner, areas: children }
          - chart: { type: grouped-bar, indicators: [arbeitslosigkeit, transferbezug, alleinerziehende], areas: siblings }
          - chart: { type: stacked-bar, indicators: [ew_u6, ew_6_15, ew_15_18, ew_18_27], areas: children }
          - chart: { type: profile, indicators: [arbeitslosigkeit, transferbezug, kinderarmut, alleinerziehende] }
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

    /// The template's report for Neukölln with a theme of page size `size`, its folder and its theme.
    static func report(size: String) throws -> (document: Document, theme: ReportTheme, folder: URL) {
        let folder = try PDFInspection.temporaryDirectory()
        try "page: { size: \(size) }\n".write(
            to: folder.appendingPathComponent("thema.yaml"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("bericht.yaml").path
        try Self.template.write(toFile: path, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: path)
        let resolver = ReportResolver(context: ResolveContext(snapshot: try BerlinStore.get().snapshot, plan: plan))
        let scope = try #require(resolver.scopes(only: ["08"]).first)
        let report = resolver.report(for: scope)
        #expect(!report.findings.contains { $0.severity == .error })
        return (report.document, plan.settings.theme, folder)
    }

    @Test(
        "maps, charts and tables are fitted to the text area, never wider or taller",
        arguments: ["a5-portrait", "a4-landscape"])
    func fitted(size: String) throws {
        let (document, theme, folder) = try Self.report(size: size)
        let setup = theme.pageSetup
        #expect(setup.size == (size == "a5-portrait" ? Size(width: 419.528, height: 595.276) : Size.a4Landscape))
        let renderer = try PDFRenderer(theme: theme.theme)
        let laidOut = renderer.layout(document)
        let content = setup.contentRect
        let rects = laidOut.pages.flatMap { Self.drawings($0.items) }
        #expect(rects.count >= 9)
        for rect in rects {
            #expect(
                rect.x >= content.x - 0.5 && rect.x + rect.width <= content.x + content.width + 0.5, "\(size): \(rect)")
            #expect(
                rect.y >= content.y - 0.5 && rect.y + rect.height <= content.y + content.height + 0.5,
                "\(size): \(rect)")
        }
        let pdf = folder.appendingPathComponent("bericht.pdf")
        _ = try renderer.render(document, to: pdf)
        let info = try PDFInspection.info(of: pdf.path)
        let points = size == "a5-portrait" ? "419.528 x 595.276" : "841.89 x 595.276"
        #expect(info["Page size"]?.hasPrefix(points) == true, "\(info["Page size"] ?? "")")
    }

    @Test(
        "every figure kind is drawn inside its frame, no label cut, checked on its marks before painting",
        arguments: ["a5-portrait", "a4-landscape"])
    func marksFitted(size: String) throws {
        let (document, theme, _) = try Self.report(size: size)
        let measurer = PangoMeasurer()
        let laidOut = DocumentLayout.layout(document, theme: theme.theme, measurer: measurer)
        var kinds: Set<String> = []
        for page in laidOut.pages {
            for (drawing, rect) in page.withFigureMarks(measurer).items.flatMap(\.drawings) {
                let marks = try #require(drawing as? FigureMarks, "\(size): a figure without marks")
                let kind = "\(type(of: marks.figure))"
                kinds.insert(kind)
                #expect(!marks.marks.isEmpty, "\(size): \(kind) drew nothing in \(rect)")
                for mark in marks.marks {
                    let inside =
                        mark.frame.x >= rect.x - 0.5 && mark.frame.y >= rect.y - 0.5
                        && mark.frame.maxX <= rect.maxX + 0.5 && mark.frame.maxY <= rect.maxY + 0.5
                    #expect(inside, "\(size): \(kind) \(mark.role) at \(mark.frame) outside \(rect)")
                }
                let cut = FigureAudit(drawing, in: rect, text: measurer.engine).problems.filter {
                    if case .cutLabel = $0 { true } else { false }
                }
                #expect(cut.isEmpty, "\(size): \(kind) \(cut)")
            }
        }
        #expect(
            kinds.isSuperset(of: [
                "ChoroplethMap", "BarChart", "ScatterPlot", "LineChart", "GroupedBarChart", "ProfileChart",
            ]),
            "\(size): \(kinds.sorted())")
    }
}
