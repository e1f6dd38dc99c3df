import IndicatorData
import Layout

/// The small inline syntax of template text: `**fett**`, `*kursiv*` and `[Text](https://…)` links.
/// Anything else, including a lone `*`, stays as it is written.
enum TemplateInline {
    /// The runs of a template text, read from its literal parts only: each expression stands in the markup as
    /// one placeholder character, so a value cannot open or close a run, whatever characters it has.
    static func runs(of segments: [TextTemplate.Segment], at location: SourceLocation) throws(TemplateError)
        -> [TextTemplate.Run]
    {
        var text = ""
        var expressions: [Character: Expression] = [:]
        for segment in segments {
            switch segment {
            case .literal(let literal): text += literal
            case .expression(let expression):
                guard let scalar = Unicode.Scalar(placeholders.lowerBound + UInt32(expressions.count)),
                    placeholders.contains(scalar.value)
                else {
                    throw .syntax(
                        location, "the text has more than \(placeholders.count) expressions",
                        fix: "Split it into several texts.")
                }
                expressions[Character(scalar)] = expression
                text.append(Character(scalar))
            }
        }
        func restore(_ text: String) -> [TextTemplate.Segment] {
            var restored: [TextTemplate.Segment] = []
            var literal = ""
            for character in text {
                guard let expression = expressions[character] else {
                    literal.append(character)
                    continue
                }
                if !literal.isEmpty { restored.append(.literal(literal)) }
                literal = ""
                restored.append(.expression(expression))
            }
            if !literal.isEmpty { restored.append(.literal(literal)) }
            return restored
        }
        return parse(text).map { inline in
            switch inline {
            case .text(let text): TextTemplate.Run(style: .plain, segments: restore(text))
            case .bold(let text): TextTemplate.Run(style: .bold, segments: restore(text))
            case .italic(let text): TextTemplate.Run(style: .italic, segments: restore(text))
            case .link(let text, let target):
                TextTemplate.Run(style: .link(target: restore(target.written)), segments: restore(text))
            }
        }
    }

    /// Unicode's private use area: characters a template does not write (control and private characters are
    /// refused in template text), used to mark where an expression stands.
    private static let placeholders: ClosedRange<UInt32> = 0xE000...0xF8FF

    /// The `)` that closes a link target, skipping balanced pairs inside it (`…/Nord_(Ort))`).
    private static func closingParenthesis(in target: Substring) -> Substring.Index? {
        var depth = 0
        for index in target.indices {
            switch target[index] {
            case "(": depth += 1
            case ")" where depth == 0: return index
            case ")": depth -= 1
            default: continue
            }
        }
        return nil
    }

    /// A link target as `[Text](…)` writes it.
    static func target(_ written: String) -> LinkTarget {
        written.hasPrefix("#") ? .destination(String(written.dropFirst())) : .uri(written)
    }

    static func parse(_ text: String) -> [Inline] {
        var runs: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        func flush() {
            if !plain.isEmpty { runs.append(.text(plain)) }
            plain = ""
        }
        while let first = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**"),
                end.lowerBound > rest.index(rest.startIndex, offsetBy: 2)
            {
                flush()
                runs.append(.bold(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else if first == "*", let end = rest.dropFirst().firstIndex(of: "*"),
                end > rest.index(after: rest.startIndex),
                rest[rest.index(after: rest.startIndex)] != " "
            {
                flush()
                runs.append(.italic(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else if first == "[", let close = rest.range(of: "]("),
                let end = closingParenthesis(in: rest[close.upperBound...]),
                !rest[rest.index(after: rest.startIndex)..<close.lowerBound].contains("\n")
            {
                flush()
                let label = String(rest[rest.index(after: rest.startIndex)..<close.lowerBound])
                let target = String(rest[close.upperBound..<end])
                runs.append(.link(label, target: Self.target(target)))
                rest = rest[rest.index(after: end)...]
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return runs
    }
}

extension LinkTarget {
    /// The target as a template writes it: `#name` for a destination in the document.
    var written: String {
        switch self {
        case .destination(let name): "#" + name
        case .uri(let uri): uri
        }
    }
}
