// libFuzzer harness for the expression parser: any bytes as a text template with {{ … }} expressions and as a
// single expression (a `when:` condition). Built and run by scripts/fuzz.sh.

@testable import IndicatorData
@testable import ReportGen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressionParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let source = SourceText(file: "fuzz.yaml", text: "text: " + text)
    let parser = ExpressionParser(source: source)
    let location = SourceLocation(file: "fuzz.yaml", line: 1, column: 7)
    _ = try? parser.parseText(text, at: location)
    _ = try? parser.parseExpression(text, at: location)
    return 0
}
