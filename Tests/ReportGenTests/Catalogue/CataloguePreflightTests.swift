import CairoBridge
import Layout
import Testing

@testable import ReportGen

/// Every document `reportgen check` checks (all areas, not only the demo's samples; of a template with more than
/// `Catalogue.mostScopes` documents, the samples and an even spread), laid out once, its rules checked on the
/// frames before anything is painted.
@Suite("The catalogue needs no hand-finishing")
struct CataloguePreflightTests {
    @Test(
        """
        no label collides or is cut, every zoomed map keeps its locator, no page is left 40 % empty without a page \
        break, no paragraph leaves one line alone at a break, short tables stay whole and continued ones say so, \
        no header breaks a word while another column has room, no figure is drawn smaller than its marks need
        """,
        arguments: Catalogue.templateNames)
    func preflightIsClean(template: String) throws {
        let resolver = try Catalogue.resolver(template)
        let scopes = Catalogue.checkedScopes(resolver)
        #expect(!scopes.isEmpty)
        let theme = resolver.context.plan.settings.theme.theme
        let renderer = try PDFRenderer(theme: theme)
        let engine = TextEngine()
        var zoomedMaps = 0
        for scope in scopes {
            let document = resolver.report(for: scope).document
            let laidOut = renderer.layout(document)
            let problems =
                laidOut.warnings.map(\.description) + renderer.auditFigures(laidOut).map(\.description)
                + FrameRules.widowsAndOrphans(laidOut) + FrameRules.tableBreaks(laidOut, document: document)
                + FrameRules.hyphenatedHeaders(laidOut, padding: theme.cellPadding, text: engine)
                + FrameRules.cutFigures(laidOut, text: engine)
            #expect(problems.isEmpty, "\(template) \(scope.area.name): \(problems)")
            let maps = FrameRules.zoomedMaps(laidOut, text: engine)
            let without = maps.filter { !$0.hasLocator }.map(\.page)
            #expect(without.isEmpty, "\(template) \(scope.area.name): the zoomed map on page \(without) has no locator")
            zoomedMaps += maps.count
        }
        // Every Statusbericht has its zoomed map on page 1, so the rule above is not met by having no maps.
        if template == "statusbericht.yaml" { #expect(zoomedMaps == scopes.count) }
    }
}
