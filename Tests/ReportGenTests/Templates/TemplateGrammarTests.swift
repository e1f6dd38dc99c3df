import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Every block kind reads only its own fields and words: anything else is an error where it is written, with
/// the nearest valid name.
@Suite("The template grammar refuses what it does not know")
struct TemplateGrammarTests {
    /// The error of a template whose body is `body` (indented as a list under `body:`), or nil when it parses.
    static func error(body: String, report: String = "  title: x\n") throws -> TemplateError? {
        let folder = try PDFInspection.temporaryDirectory()
        try Data([0x89, 0x50, 0x4E, 0x47]).write(to: folder.appendingPathComponent("bild.png"))
        try "- text: Teil\n".write(to: folder.appendingPathComponent("teil.yaml"), atomically: true, encoding: .utf8)
        let path = folder.appendingPathComponent("t.yaml").path
        try "report:\n\(report)body:\n\(body)".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try TemplateParser().parse(fileAt: path)
            return nil
        } catch {
            return error
        }
    }

    /// One block of every kind, each with a field `farbe: rot` that no block has, on line 4 of the template.
    static let blocksWithUnknownField = [
        "  - { heading: { text: x, farbe: rot } }",
        "  - { heading: x, farbe: rot }",
        "  - { text: x, farbe: rot }",
        "  - { note: x, farbe: rot }",
        "  - { list: [a, b], farbe: rot }",
        "  - { numbered-list: [a, b], farbe: rot }",
        "  - { contents: Inhalt, farbe: rot }",
        "  - { title-page: , farbe: rot }",
        "  - { page-break: , farbe: rot }",
        "  - { table: { rows: [area], columns: [einwohner], farbe: rot } }",
        "  - { table: { rows: [area], columns: [{ indicator: einwohner, farbe: rot }] } }",
        "  - { chart: { type: bar, indicator: einwohner, farbe: rot } }",
        "  - { chart: { type: grouped-bar, indicators: [einwohner], farbe: rot } }",
        "  - { chart: { type: stacked-bar, indicators: [einwohner], farbe: rot } }",
        "  - { chart: { type: line, indicator: einwohner, farbe: rot } }",
        "  - { chart: { type: scatter, x: einwohner, y: einwohner, farbe: rot } }",
        "  - { chart: { type: profile, indicators: [einwohner], farbe: rot } }",
        "  - { chart: { type: pyramid, men: [a], women: [b], farbe: rot } }",
        "  - { map: { indicator: einwohner, farbe: rot } }",
        "  - { map: { indicator: einwohner, classes: { k: 5, farbe: rot } } }",
        "  - { map: { indicator: einwohner, point-size: { attribute: a, farbe: rot } } }",
        "  - { figures: [{ map: { indicator: einwohner }, farbe: rot }] }",
        "  - { image: { path: bild.png, farbe: rot } }",
        "  - { columns: { body: [text: x], farbe: rot } }",
        "  - { for-each: { areas: children, body: [text: x], farbe: rot } }",
        "  - { for-each: { areas: { top: { level: bezirk, by: einwohner, farbe: rot } }, body: [text: x] } }",
        "  - { indicator-overview: { area: C, farbe: rot } }",
        "  - { include: teil.yaml, farbe: rot }",
    ]

    @Test("an unknown field in every block kind is an error at its line and column")
    func unknownFields() throws {
        for block in Self.blocksWithUnknownField {
            let error = try #require(try Self.error(body: block + "\n"), "\(block)")
            #expect(error.location.line == 4, "\(block)")
            let column = block.range(of: "farbe").map { block.distance(from: block.startIndex, to: $0.lowerBound) + 1 }
            #expect(error.location.column == column, "\(block)")
            #expect(error.message.contains("\"farbe\""), "\(block): \(error.message)")
        }
    }

    @Test("a block with two kinds is an error naming both; a field of another kind gets the nearest valid name")
    func twoKinds() throws {
        let error = try #require(
            try Self.error(
                body: "  - table: { rows: [area], columns: [einwohner] }\n    chart: { indicator: einwohner }\n"))
        #expect(error.location.line == 5 && error.location.column == 5)
        #expect(error.message.contains("both \"table\" and \"chart\""))
        let reference = try #require(
            try Self.error(
                body: "  - chart: { type: line, indicator: einwohner, reference: [city] }\n"))
        #expect(reference.message.contains("unknown field of a line chart \"reference\""))
        let area = try #require(
            try Self.error(
                body: "  - chart: { type: scatter, x: einwohner, y: einwohner, area: children }\n"))
        #expect(area.message.contains("Did you mean \"areas\"?"))
        let figure = try #require(
            try Self.error(
                body: "  - figures: [{ map: { indicator: einwohner }, chart: { indicator: einwohner } }]\n"))
        #expect(figure.message.contains("one chart or one map"))
    }

    @Test("a word outside its closed list is an error with the nearest word of that list")
    func closedWords() throws {
        let cases: [(String, String)] = [
            ("  - map: { indicator: einwohner, extent: aera }\n", "\"area\""),
            ("  - map: { indicator: einwohner, classes: { scheme: fisher-jenk } }\n", "\"fisher-jenks\""),
            ("  - chart: { type: scater, x: a, y: b }\n", "\"scatter\""),
            ("  - chart: { indicator: a, orientation: vertikal }\n", "\"vertical\""),
            ("  - chart: { indicator: a, sort: decending }\n", "\"descending\""),
            ("  - table: { rows: [area], columns: [{ indicator: a, show: rang }] }\n", "\"rank\""),
            ("  - table: { rows: [childen], columns: [a] }\n", "\"children\""),
            (
                "  - table: { rows: [{ top: { level: bezirk, by: a, order: ascendng } }], columns: [a] }\n",
                "\"ascending\""
            ),
            ("  - text: \"{{ value.a | procent }}\"\n", "\"percent\""),
        ]
        for (body, suggestion) in cases {
            let error = try #require(try Self.error(body: body), "\(body)")
            #expect(error.location.line == 4, "\(body)")
            #expect(error.message.contains("Did you mean \(suggestion)"), "\(body): \(error.message)")
        }
        let audience = try #require(try Self.error(body: "  - text: x\n", report: "  title: x\n  audience: publik\n"))
        #expect(audience.message.contains("Did you mean \"public\"?"))
    }

    @Test("a value of the wrong type is an error that says what the field takes")
    func wrongTypes() throws {
        let cases: [(String, String)] = [
            ("  - heading: { text: x, level: zwei }\n", "\"level\" must be"),
            ("  - heading: { text: x, level: 7 }\n", "\"level\" must be"),
            ("  - text: { a: b }\n", "\"text\" must be a text"),
            ("  - map: { indicator: einwohner, labels: vielleicht }\n", "\"labels\" must be true or false"),
            ("  - map: { indicator: einwohner, classes: { k: 12 } }\n", "\"k\" must be"),
            ("  - map: { indicator: einwohner, classes: { breaks: [10, zehn] } }\n", "\"breaks\" must be"),
            (
                "  - map: { indicator: einwohner, classes: { scheme: quantiles, breaks: [10, 20] } }\n",
                "exclude each other"
            ),
            ("  - map: { indicator: [einwohner, [x]] }\n", "\"indicator\" must be a text"),
            ("  - map: { indicator: einwohner, period: gestern }\n", "\"period\" must be"),
            ("  - columns: { count: 9, body: [text: x] }\n", "\"count\" must be"),
            ("  - page-break: { nach: 2 }\n", "without settings"),
            ("  - chart: { type: scatter, x: einwohner }\n", "needs the field \"y\""),
            ("  - chart: { type: pyramid, men: [a, b], women: [c] }\n", "as many"),
            ("  - text: \"{{ value.a | plural: \\\"Kita\\\" }}\"\n", "takes 2 argument"),
            ("  - table: { rows: [{ level: bezirk, top: { level: bezirk, by: a } }], columns: [a] }\n", "either"),
        ]
        for (body, expected) in cases {
            let error = try #require(try Self.error(body: body), "\(body)")
            #expect(error.location.line == 4, "\(body)")
            #expect(error.message.contains(expected), "\(body): \(error.message)")
        }
    }

    @Test("the README's reference names every word of the closed lists")
    func readmeNamesEveryWord() throws {
        let readme = try String(contentsOf: TestSupport.repoRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let words =
            BlockKeyword.words + ChartType.words + ClassSchemeName.words + MapExtent.words + SortDirection.words
            + BarOrientation.words + ColumnContent.words + SelectorWord.words + FilterName.words + Audience.words
            + OutputMode.words + PageSizeName.words + PathStart.words + IndicatorWord.words + AreaField.words
            + PointField.words
        for word in words {
            #expect(readme.contains("`\(word)`") || readme.contains("`\(word):"), "README lacks `\(word)`")
        }
    }
}
