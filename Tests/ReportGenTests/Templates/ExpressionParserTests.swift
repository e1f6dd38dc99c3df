import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Template expressions")
struct ExpressionParserTests {
    let yaml = """
        body:
          - text: >
              In {{ area.name }} lebten {{ value.einwohner | number }} Menschen,
              {{ value.kinderarmut | compared-to: city, 0.05 }}.
        """
    var parser: ExpressionParser { ExpressionParser(source: SourceText(file: "t.yaml", text: yaml)) }

    @Test("text is split into literals and expressions, each located in the file")
    func textTemplate() throws {
        let template = try parser.parseText(
            "In {{ area.name }} lebten {{ value.einwohner | number }} Menschen,\n{{ value.kinderarmut | compared-to: city, 0.05 }}.",
            at: SourceLocation(file: "t.yaml", line: 2, column: 11))
        #expect(template.expressions.count == 3)
        let first = try #require(template.expressions.first)
        #expect(first.subject == .path(["area", "name"], SourceLocation(file: "t.yaml", line: 3, column: 13)))
        #expect(first.location == SourceLocation(file: "t.yaml", line: 3, column: 13))
        let third = template.expressions[2]
        #expect(third.location.line == 4)
        #expect(third.filters.first?.name == .comparedTo)
        #expect(third.filters.first?.arguments.count == 2)
        #expect(third.filters.first?.arguments.last == .number(0.05))
        guard case .literal(let literal) = template.segments.first else {
            Issue.record("expected a literal first")
            return
        }
        #expect(literal == "In ")
    }

    @Test("comparisons and negation parse for conditions")
    func condition() throws {
        let expression = try parser.parseExpression(
            "not value.kinderarmut >= city.value.kinderarmut", at: SourceLocation(file: "t.yaml", line: 1, column: 1))
        #expect(expression.negated)
        #expect(expression.comparison?.op == .greaterOrEqual)
        #expect(expression.paths.map(\.path) == [["value", "kinderarmut"], ["city", "value", "kinderarmut"]])
    }

    @Test("an unclosed expression is an error at its line and column")
    func unclosed() {
        #expect(throws: TemplateError.self) {
            try parser.parseText("{{ value.einwohner | number ", at: SourceLocation(file: "t.yaml", line: 3, column: 1))
        }
        do {
            _ = try parser.parseExpression("value.x | ", at: SourceLocation(file: "t.yaml", line: 5, column: 9))
            Issue.record("expected an error")
        } catch {
            #expect(error.location.line == 5)
            #expect(error.description.hasPrefix("t.yaml:5:"))
        }
    }

    @Test("a misspelt name gets the nearest known names as suggestion")
    func suggestions() {
        let known = ["kinderarmut", "einwohner", "arbeitslosigkeit", "transferbezug"]
        #expect(Suggestions.nearest(to: "kinderarmutt", in: known) == ["kinderarmut"])
        #expect(Suggestions.nearest(to: "einwhoner", in: known) == ["einwohner"])
        #expect(Suggestions.nearest(to: "xyz", in: known).isEmpty)
        let error = TemplateError.unknownName(
            SourceLocation(file: "a.yaml", line: 7, column: 18), kind: "indicator", name: "kinderarmutt", known: known)
        #expect(
            error.description == "a.yaml:7:18: error: unknown indicator \"kinderarmutt\". Did you mean \"kinderarmut\"?"
        )
    }
}
