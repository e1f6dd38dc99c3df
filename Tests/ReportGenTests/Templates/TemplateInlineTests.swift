import Layout
import Testing

@testable import ReportGen

@Suite("Inline markup in template text")
struct TemplateInlineTests {
    @Test("bold, italic and links become inline runs; plain text stays as written")
    func runs() {
        #expect(
            TemplateInline.parse("Die **Kinderarmut** liegt *deutlich* höher, siehe [Quelle](https://daten.berlin.de).")
                == [
                    .text("Die "), .bold("Kinderarmut"), .text(" liegt "), .italic("deutlich"), .text(" höher, siehe "),
                    .link("Quelle", target: .uri("https://daten.berlin.de")), .text("."),
                ])
        #expect(TemplateInline.parse("3 * 4 = 12, a*") == [.text("3 * 4 = 12, a*")])
        #expect(TemplateInline.parse("[Kapitel 2](#h3)") == [.link("Kapitel 2", target: .destination("h3"))])
        #expect(TemplateInline.parse("") == [])
    }
}
