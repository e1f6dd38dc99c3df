import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Inputs with which the fuzz harnesses in Fuzz/ crashed ReportGen, kept so that each stays fixed.
@Suite("Inputs found by fuzzing parse without a crash")
struct FuzzFindingsTests {
    /// Fuzz/ExpressionParserFuzz.swift, after about 5 minutes: stray CR bytes and invalid UTF-8 around
    /// `{{ … }}` made `SourceText.locate` count with an index inside a character ("String index is out of bounds").
    static let strayCarriageReturns = """
        AQBjZf//ew0NDQ0NDQ09DXt7IHYgfX17eyB2Ln19e3sgY2l0eS52YT52YXVlLn19e3sgY2l0eS52YT52YXVlLnB9fQp9fXt7IHYufX1gLmt9\
        diB9fXt7IHYufX1gLmt9fQpwfX0KfX17eyB2Ln19YC5rfXYgfX17eyB2Ln19YC7/e392fQogLiB9LAp9fSwOCAB9Ci4sCgp7YP97eyB2IH19\
        CtLT9fF7eyB2Cn19Ci4sCgp7eyB2Ln19LA4IAH0KLiwKCntg/3t7IHYgfX0K0tP18Xt7IHYufX1rfX0KLiwKLnB9fQp9fXt7IHYufX1gCntg\
        /3t/dn0KIHt7IHYAAAAAIH19CtLT9fF7eyB2Cn19Ci4sCgp7eyB2Ln19LA4IAH0KLiwKCntg/3t7IHYgfX0K0tP18Xt7IHYufX0sCgoAcg==
        """

    @Test("stray carriage returns and invalid UTF-8 around expressions are a syntax error, not a trap")
    func expressionParser() throws {
        let data = try #require(Data(base64Encoded: Self.strayCarriageReturns))
        let text = String(decoding: data, as: UTF8.self)
        let parser = ExpressionParser(source: SourceText(file: "fuzz.yaml", text: "text: " + text))
        let location = SourceLocation(file: "fuzz.yaml", line: 1, column: 7)
        #expect(throws: TemplateError.self) { try parser.parseText(text, at: location) }
        #expect(throws: TemplateError.self) { try parser.parseExpression(text, at: location) }
    }

    @Test("a snippet is located by whole characters, also after a CR")
    func locate() {
        let source = SourceText(file: "t.yaml", text: "a: x\r\ntext: \"é {{ v.x }}\"\r")
        let found = source.locate("v.x", after: SourceLocation(file: "t.yaml", line: 2, column: 1))
        #expect(found == SourceLocation(file: "t.yaml", line: 2, column: 13))
    }
}
