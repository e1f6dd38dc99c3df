import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Template parsing and validation")
struct TemplateValidationTests {
    let vocabulary = TemplateVocabulary(
        indicators: ["einwohner", "kinderarmut", "arbeitslosigkeit", "status_index"],
        internalIndicators: ["status_index"],
        levels: ["stadt", "bezirk", "bezirksregion", "planungsraum"], pointCategories: ["kita", "schule"],
        pointAttributes: ["plaetze", "traeger"])

    func write(_ text: String, name: String = "t.yaml") throws -> String {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    let template = """
        report:
          title: "Statusbericht {{ area.name }}"
          audience: public
          for-each: { level: bezirksregion, sort: name }
          period: 2020-12-31
        body:
          - heading: "{{ area.name }}"
          - text: >
              In {{ area.name }} lebten {{ value.einwohner | number }} Menschen. Kinderarmut:
              {{ value.kinderarmutt | percent }}.
          - map:
              indicator: kinderarmut
              level: planungsraum
              caption: "Kinderarmut"
          - table: { rows: [children, area, city], columns: [einwohner, kinderarmut] }
        """

    @Test("a typo in an indicator name is reported at its line and column with the right suggestion")
    func typo() throws {
        let path = try write(template)
        let plan = try TemplateParser().parse(fileAt: path)
        let errors = TemplateValidator(vocabulary: vocabulary).validate(plan)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.location.line == 10)
        #expect(error.location.column == 16)
        #expect(error.description.hasSuffix("error: unknown indicator \"kinderarmutt\". Did you mean \"kinderarmut\"?"))
    }

    @Test("a public template naming an internal indicator is refused; an internal one may use it")
    func internalIndicator() throws {
        let text = template.replacingOccurrences(of: "kinderarmutt", with: "kinderarmut")
            .replacingOccurrences(of: "indicator: kinderarmut", with: "indicator: status_index")
        let plan = try TemplateParser().parse(fileAt: try write(text))
        let errors = TemplateValidator(vocabulary: vocabulary).validate(plan)
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 12)
        #expect(errors.first?.message.contains("internal") == true)
        let internalPlan = try TemplateParser().parse(
            fileAt: try write(text.replacingOccurrences(of: "audience: public", with: "audience: internal")))
        #expect(TemplateValidator(vocabulary: vocabulary).validate(internalPlan).isEmpty)
    }

    @Test("unknown levels, blocks, fields and filters are errors with suggestions")
    func unknownNames() throws {
        let text = """
            report:
              title: x
              for-each: { level: bezirksregio }
            body:
              - text: "{{ value.einwohner | nummer }}"
              - mapp: { indicator: einwohner }
            """
        // Words of the template language (blocks, filters) are known when the template is read…
        func parseError(_ text: String) throws -> TemplateError? {
            let path = try write(text)
            do {
                _ = try TemplateParser().parse(fileAt: path)
                return nil
            } catch {
                return error
            }
        }
        let filter = try #require(try parseError(text))
        #expect(filter.location.line == 5 && filter.message.contains("Did you mean \"number\"?"))
        let fixedFilter = text.replacingOccurrences(of: "nummer", with: "number")
        let block = try #require(try parseError(fixedFilter))
        #expect(block.location.line == 6 && block.message.contains("Did you mean \"map\"?"))
        // … names of the store (levels, indicators) when it is checked against the store.
        let plan = try TemplateParser().parse(
            fileAt: try write(fixedFilter.replacingOccurrences(of: "mapp", with: "map")))
        let messages = TemplateValidator(vocabulary: vocabulary).validate(plan).map(\.description)
        #expect(messages.contains { $0.contains(":3:") && $0.contains("Did you mean \"bezirksregion\"") })
    }

    @Test("an unknown palette or classification scheme on a map is named with its line and the nearest name")
    func paletteAndScheme() throws {
        let text = template.replacingOccurrences(of: "kinderarmutt", with: "kinderarmut")
            .replacingOccurrences(
                of: "      caption: \"Kinderarmut\"",
                with: "      palette: YlOrRdd\n      classes: { scheme: fisher-jenk }")
        #expect {
            try TemplateParser().parse(fileAt: try write(text))
        } throws: { error in
            let message = (error as? TemplateError)?.description ?? ""
            return message.contains(":15:") && message.contains("Did you mean \"fisher-jenks\"")
        }
        let plan = try TemplateParser().parse(
            fileAt: try write(text.replacingOccurrences(of: "fisher-jenk", with: "fisher-jenks")))
        let messages = TemplateValidator(vocabulary: vocabulary).validate(plan).map(\.description)
        #expect(messages.contains { $0.contains(":14:") && $0.contains("Did you mean \"YlOrRd\"") })
    }

    @Test("included parts are read relative to the template, and a YAML error names its line")
    func includesAndYAMLErrors() throws {
        let folder = try PDFInspection.temporaryDirectory()
        try "- heading: Teil\n- text: aus der Datei\n".write(
            to: folder.appendingPathComponent("teil.yaml"), atomically: true, encoding: .utf8)
        let main = folder.appendingPathComponent("main.yaml")
        try "report:\n  title: x\nbody:\n  - include: teil.yaml\n  - page-break\n".write(
            to: main, atomically: true, encoding: .utf8)
        let plan = try TemplateParser().parse(fileAt: main.path)
        #expect(plan.body.count == 3)
        try "report:\n  title: [x\nbody: []\n".write(to: main, atomically: true, encoding: .utf8)
        #expect {
            try TemplateParser().parse(fileAt: main.path)
        } throws: { error in
            (error as? TemplateError)?.location.line ?? 0 >= 2
        }
    }
}

@Suite("Template edge cases")
struct TemplateEdgeCaseTests {
    let vocabulary = TemplateVocabulary(
        indicators: ["einwohner", "kinderarmut", "sozialindex"], internalIndicators: ["sozialindex"],
        levels: ["stadt", "bezirk"], pointCategories: [], pointAttributes: [])

    @Test("a template with old Mac line endings (CR only) is read, and errors point to the right line")
    func carriageReturns() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("cr.yaml").path
        try "report:\r  title: x\rbody:\r  - text: \"{{ value.einwohnerr }}\"\r".write(
            toFile: path, atomically: true, encoding: .utf8)
        let errors = TemplateValidator(vocabulary: vocabulary).validate(try TemplateParser().parse(fileAt: path))
        #expect(errors.count == 1)
        #expect(errors.first?.location.line == 4)
    }

    @Test("sorting a public table by an internal indicator is refused like showing it")
    func internalSort() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("sort.yaml").path
        try
            "report:\n  title: x\nbody:\n  - table: { rows: [children], columns: [einwohner], sort: sozialindex descending }\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let errors = TemplateValidator(vocabulary: vocabulary).validate(try TemplateParser().parse(fileAt: path))
        #expect(errors.count == 1)
        #expect(errors.first?.message.contains("internal") == true)
    }
}

@Suite("Units of filters")
struct FilterUnitTests {
    let vocabulary = TemplateVocabulary(
        indicators: ["einwohner", "kinderarmut", "wachstum"], internalIndicators: [], levels: ["bezirk"],
        pointCategories: [], pointAttributes: [], units: ["einwohner": "Personen", "kinderarmut": "%", "wachstum": "%"])

    func messages(_ expression: String) throws -> [String] {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("u.yaml").path
        try "report:\n  title: x\nbody:\n  - text: \"{{ \(expression) }}\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        return TemplateValidator(vocabulary: vocabulary).validate(try TemplateParser().parse(fileAt: path)).map(
            \.description)
    }

    @Test("percent only for the value of a percentage; signed only for changes and values that are changes")
    func percentAndSigned() throws {
        #expect(try messages("value.kinderarmut | percent").isEmpty)
        #expect(try messages("city.value.kinderarmut | percent").isEmpty)
        #expect(try messages("change.kinderarmut | signed").isEmpty)
        #expect(try messages("value.wachstum | signed").isEmpty)
        let count = try messages("value.einwohner | percent")
        #expect(count.count == 1 && count[0].contains("u.yaml:4:") && count[0].contains("in Personen"))
        #expect(try messages("change.kinderarmut | percent").first?.contains("Prozentpunkte") == true)
        #expect(try messages("rank.kinderarmut | percent").first?.contains("a rank") == true)
        #expect(try messages("rank.kinderarmut | signed").first?.contains("for changes") == true)
    }

    @Test("signed writes Prozentpunkte for a change of a percentage and % for a value that is a relative change")
    func signedUnits() throws {
        let share = try YAMLFileTestDecoder.decode(
            Indicator.self, "key: s\nname: s\ntopic: T\nsource: S\naggregation: sum\nunit: \"%\"\ndecimals: 1\n")
        let persons = try YAMLFileTestDecoder.decode(
            Indicator.self, "key: p\nname: p\ntopic: T\nsource: S\naggregation: sum\nunit: Personen\n")
        #expect(ValueText.change(1.24, share) == "+1,2 Prozentpunkte")
        #expect(ValueText.change(1.24, share, relative: true) == "+1,2\u{00A0}%")
        #expect(ValueText.change(-340, persons) == "−340")
    }
}
