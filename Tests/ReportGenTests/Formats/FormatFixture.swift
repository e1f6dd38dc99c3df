import Formats
import Foundation
import Layout
import PDFInspection

@testable import ReportGen

/// One Statusbericht (Tiergarten Süd) as a resolved document, with its PDF, for the format tests.
struct FormatFixture {
    let document: Document
    let theme: Theme
    let folder: URL
    let pdf: URL

    init(template: String = "templates/statusbericht.yaml", area: String = "011001") throws {
        let fixture = try ReportFixture(template: template)
        guard let scope = fixture.resolver.scopes(only: [area]).first else { throw FixtureError.noReport(area) }
        document = fixture.resolver.report(for: scope).document
        theme = fixture.context.plan.settings.theme.theme
        folder = try PDFInspection.temporaryDirectory()
        pdf = folder.appendingPathComponent("bericht.pdf")
        try PDFRenderer(theme: theme).render(document, to: pdf)
    }

    static let words = FormatWords.german

    /// The venv's Python (scripts/setup.sh creates it from scripts/requirements-test.txt).
    static let python = TestSupport.repoRoot.appendingPathComponent(".venv/bin/python")

    /// The PDF's text in the order it was drawn (`pdftotext -raw`): a table cell's lines stay together even
    /// where a narrow column wraps them.
    static func text(of pdf: URL) throws -> String {
        try PDFInspection.run("pdftotext", ["-raw", pdf.path, "-"]).output
    }

    /// Text reduced to what must agree between formats: letters, digits and signs, without spaces, line breaks
    /// and hyphens (the PDF hyphenates long words at line ends), nor minus signs (LibreOffice's PDF gives U+2212
    /// back as a hyphen).
    static func comparable(_ text: String) -> String {
        String(
            text.unicodeScalars.filter { scalar in
                !CharacterSet.whitespacesAndNewlines.contains(scalar)
                    && !["-", "\u{2212}", "\u{00AD}", "\u{00A0}", "\u{2003}"].contains(scalar)
            }.map(Character.init))
    }
}

enum FixtureError: Error { case noReport(String) }
