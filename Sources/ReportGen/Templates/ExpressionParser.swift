import Foundation
import IndicatorData

/// Parses expressions and text templates. Errors carry the location of the offending character.
struct ExpressionParser {
    let source: SourceText

    /// Splits `text` (a YAML scalar starting at `location`) into literal text and `{{ … }}` expressions.
    func parseText(_ text: String, at location: SourceLocation) throws(TemplateError) -> TextTemplate {
        var segments: [TextTemplate.Segment] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { segments.append(.literal(String(rest[..<open.lowerBound]))) }
            guard let close = rest.range(of: "}}", range: open.upperBound..<rest.endIndex) else {
                let at = source.locate(String(rest[open.lowerBound...].prefix(20)), after: location)
                throw .syntax(at, "\"{{\" is not closed", fix: "Close the expression with \"}}\".")
            }
            let inner = String(rest[open.upperBound..<close.lowerBound])
            let at = source.locate(inner.trimmingCharacters(in: .whitespaces), after: location)
            segments.append(.expression(try parseExpression(inner, at: at)))
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { segments.append(.literal(String(rest))) }
        return TextTemplate(segments: segments, runs: try TemplateInline.runs(of: segments, at: location))
    }

    /// Parses one expression written at `location` (the location of its first non-blank character).
    func parseExpression(_ text: String, at location: SourceLocation) throws(TemplateError) -> Expression {
        var tokens = try ExpressionTokenizer(text: text, location: location).tokens()
        var cursor = 0
        func peek() -> ExpressionToken? { cursor < tokens.count ? tokens[cursor] : nil }
        func take() -> ExpressionToken? {
            defer { cursor += 1 }
            return peek()
        }
        func operand() throws(TemplateError) -> Expression.Operand {
            guard let token = take() else {
                throw .syntax(location, "the expression ends too early", fix: "Add a value after the operator.")
            }
            switch token.kind {
            case .name(let name):
                return .path(
                    name.split(separator: ".", omittingEmptySubsequences: false).map(String.init), token.location)
            case .number(let number): return .number(number)
            case .string(let string): return .string(string)
            default:
                throw .syntax(
                    token.location, "expected a name, a number or a quoted text", fix: "Check the expression.")
            }
        }
        if tokens.isEmpty {
            throw .syntax(location, "the expression is empty", fix: "Write a value such as {{ area.name }}.")
        }
        var negated = false
        if case .name("not") = tokens[0].kind, tokens.count > 1 {
            negated = true
            tokens.removeFirst()
        }
        let subject = try operand()
        var comparison: Expression.Comparison?
        if let token = peek(), case .comparison(let op) = token.kind {
            cursor += 1
            comparison = Expression.Comparison(op: op, other: try operand())
        }
        var filters: [Expression.Filter] = []
        while let token = take() {
            guard case .pipe = token.kind else {
                throw .syntax(token.location, "unexpected \"\(token.text)\"", fix: "Separate filters with \"|\".")
            }
            guard let nameToken = take(), case .name(let name) = nameToken.kind else {
                throw .syntax(token.location, "a filter name must follow \"|\"", fix: "Write e.g. \"| percent\".")
            }
            var arguments: [Expression.Operand] = []
            if let colon = peek(), case .colon = colon.kind {
                cursor += 1
                arguments.append(try operand())
                while let comma = peek(), case .comma = comma.kind {
                    cursor += 1
                    arguments.append(try operand())
                }
            }
            guard let filter = FilterName(rawValue: name) else {
                throw .unknownName(nameToken.location, kind: FilterName.kind, name: name, known: FilterName.words)
            }
            let arity = filter.arity
            guard arity.contains(arguments.count) else {
                let count =
                    arity.lowerBound == arity.upperBound
                    ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
                throw .syntax(
                    nameToken.location, "the filter \"\(name)\" takes \(count) argument(s), not \(arguments.count)",
                    fix: "Write e.g. \"| plural: \\\"Kita\\\", \\\"Kitas\\\"\".")
            }
            filters.append(Expression.Filter(name: filter, arguments: arguments, location: nameToken.location))
        }
        return Expression(
            negated: negated, subject: subject, comparison: comparison, filters: filters, location: location,
            source: text.trimmingCharacters(in: .whitespaces))
    }
}
