import CairoBridge
import Foundation
import Layout
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Report themes")
struct ThemeParserTests {
    func plan(theme: String) throws -> ReportPlan {
        let folder = try PDFInspection.temporaryDirectory()
        try theme.write(to: folder.appendingPathComponent("theme.yaml"), atomically: true, encoding: .utf8)
        let template = folder.appendingPathComponent("t.yaml")
        try "report:\n  title: x\n  theme: theme.yaml\nbody: []\n".write(
            to: template, atomically: true, encoding: .utf8)
        return try TemplateParser().parse(fileAt: template.path)
    }

    @Test("a theme sets fonts, colours, landscape pages and margins in millimetres")
    func applied() throws {
        let settings = try plan(
            theme: """
                font: Liberation Sans
                body-size: 9
                colors: { accent: "#8c2d04" }
                page: { size: a4-landscape, margins-mm: { left: 20 } }
                """
        ).settings.theme
        #expect(settings.theme.fontFamily == "Liberation Sans")
        #expect(settings.theme.bodySize == 9)
        #expect(settings.theme.accentColor == Color(hex: "#8c2d04"))
        #expect(settings.pageSetup.size == .a4Landscape)
        #expect(abs(settings.pageSetup.marginLeft - 20 * 72 / 25.4) < 0.001)
        #expect(settings.logo == nil)
    }

    @Test("a bad colour or page size in a theme is an error at its line with what to write instead")
    func errors() throws {
        #expect {
            try plan(theme: "colors:\n  accent: blau\n")
        } throws: { error in
            let error = error as? TemplateError
            return error?.location.line == 2 && error?.message.contains("#1f4e79") == true
        }
        #expect {
            try plan(theme: "page: { size: a4-portriat }\n")
        } throws: { ($0 as? TemplateError)?.message.contains("Did you mean \"a4-portrait\"") == true }
        #expect {
            try plan(theme: "logo: fehlt.png\n")
        } throws: { ($0 as? TemplateError)?.description.contains("fehlt.png") == true }
    }

    @Test("the demo theme's logo is read from the themes folder")
    func demoTheme() throws {
        let theme = try ThemeParser.load(
            TestSupport.repoRoot.appendingPathComponent("templates/themes/amtlich.yaml").path,
            from: SourceLocation(file: "t", line: 1, column: 1))
        #expect(theme.logo?.pixelWidth == 360)
    }
}
