import Foundation
import Testing

@testable import ReportGen

@Suite("The report catalogue")
struct CatalogueTemplateTests {
    @Test("every template in templates/ parses and validates against the demo store without errors")
    func validates() throws {
        let vocabulary = try BerlinStore.get().snapshot.vocabulary
        #expect(Catalogue.templateNames.count >= 8)
        for name in Catalogue.templateNames {
            let plan = try Catalogue.plan(name)
            let errors = TemplateValidator(vocabulary: vocabulary).validate(plan)
            #expect(errors.isEmpty, "\(name): \(errors.map(\.description))")
        }
    }

    @Test("every template resolves its first report (or its samples) without error findings")
    func resolves() throws {
        for name in Catalogue.templateNames {
            let resolver = try Catalogue.resolver(name)
            let sample = resolver.context.plan.settings.sample.map(\.value)
            let scopes = sample.isEmpty ? Array(resolver.scopes().prefix(1)) : resolver.scopes(only: Set(sample))
            #expect(!scopes.isEmpty, "\(name)")
            for scope in scopes {
                let report = resolver.report(for: scope)
                let errors = report.findings.filter { $0.severity == .error }
                #expect(errors.isEmpty, "\(name) [\(report.subject)]: \(errors)")
                #expect(!report.document.blocks.isEmpty)
            }
        }
    }

    @Test("a template's samples are exactly the scopes the demo renders")
    func samples() throws {
        let resolver = try Catalogue.resolver("kita-foerderantrag.yaml")
        let sample = resolver.context.plan.settings.sample.map(\.value)
        #expect(sample.count == 5)
        #expect(Set(resolver.scopes(only: Set(sample)).compactMap(\.point?.sourceID)) == Set(sample))
    }
}
