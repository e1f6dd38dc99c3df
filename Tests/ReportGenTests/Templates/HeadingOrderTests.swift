import Foundation
import PDFInspection
import Testing

@testable import ReportGen

@Suite("Heading levels are checked when a template is loaded, in the order the document will have")
struct HeadingOrderTests {
    let vocabulary = TemplateVocabulary(
        indicators: ["einwohner"], internalIndicators: [], levels: ["bezirk", "bezirksregion"],
        pointCategories: [], pointAttributes: [])

    func errors(_ body: String) throws -> [TemplateError] {
        let path = try PDFInspection.temporaryDirectory().appendingPathComponent("h.yaml").path
        let text = "report:\n  title: x\n  for-each: { level: bezirk }\nbody:\n" + body
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return TemplateValidator(vocabulary: vocabulary).validate(try TemplateParser().parse(fileAt: path))
    }

    @Test("a level-3 heading right after a level-1 heading is refused at its line and column with the fix")
    func jump() throws {
        let errors = try errors(
            """
              - heading: Bezirk
              - text: Einleitung
              - heading: { text: Details, level: 3 }
            """)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.location.file.hasSuffix("h.yaml"))
        #expect(error.location.line == 7)
        #expect(error.location.column == 5)
        #expect(error.message.contains("a level-3 heading can follow a level-1 heading"))
        #expect(error.message.contains("Give it \"level: 2\""))
    }

    @Test("a document that opens with a level-2 heading is refused; a title page before it opens with level 1")
    func opening() throws {
        let heading = "  - heading: { text: Lage, level: 2 }\n"
        #expect(try errors(heading).first?.message.contains("can open the document") == true)
        #expect(try errors("  - title-page\n" + heading).isEmpty)
    }

    @Test("a heading a when: may leave out does not count as the level before the next one")
    func conditional() throws {
        let errors = try errors(
            """
              - heading: Bezirk
              - heading: { text: Lage, level: 2 }
                when: "value.einwohner > 0"
              - heading: { text: Details, level: 3 }
            """)
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 8)
        #expect(errors.first?.message.contains("when:") == true)
    }

    @Test("valid nesting across a for-each and columns is accepted")
    func validNesting() throws {
        let errors = try errors(
            """
              - heading: Bezirk
              - for-each:
                  areas: children
                  body:
                    - heading: { text: "{{ area.name }}", level: 2 }
                    - heading: { text: Details, level: 3 }
              - columns:
                  count: 2
                  body:
                    - heading: { text: Lesehilfe, level: 2 }
              - heading: Anhang
            """)
        #expect(errors.isEmpty)
    }
}
