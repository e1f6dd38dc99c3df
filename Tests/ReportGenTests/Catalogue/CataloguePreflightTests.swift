import Layout
import Testing

@testable import ReportGen

@Suite("The catalogue needs no hand-finishing")
struct CataloguePreflightTests {
    @Test(
        "no label collides or is cut, no locator is dropped, no page is left 40 % empty without a page break",
        arguments: Catalogue.templateNames)
    func preflightIsClean(template: String) throws {
        let resolver = try Catalogue.resolver(template)
        let sample = Set(resolver.context.plan.settings.sample.map(\.value))
        // The examples `reportgen demo` renders, or the first few reports; `reportgen check` runs them all.
        let scopes = sample.isEmpty ? Array(resolver.scopes().prefix(4)) : resolver.scopes(only: sample)
        #expect(!scopes.isEmpty)
        let renderer = try PDFRenderer(theme: resolver.context.plan.settings.theme.theme)
        for scope in scopes {
            let laidOut = renderer.layout(resolver.report(for: scope).document)
            let problems = laidOut.warnings + renderer.auditFigures(laidOut)
            #expect(problems.isEmpty, "\(template) \(scope.area.name): \(problems)")
        }
    }
}
