import IndicatorData

struct ExpressionToken {
    enum Kind: Equatable {
        case name(String)
        case number(Double)
        case string(String)
        case comparison(Expression.Operator)
        case pipe, colon, comma
    }

    var kind: Kind
    var text: String
    var location: SourceLocation
}

/// Splits an expression into names (`value.kinderarmut`, `compared-to`), numbers, quoted strings,
/// comparison operators, `|`, `:` and `,`.
struct ExpressionTokenizer {
    let text: String
    let location: SourceLocation

    func tokens() throws(TemplateError) -> [ExpressionToken] {
        let characters = Array(text)
        var index = 0
        var result: [ExpressionToken] = []
        let leading = characters.prefix { $0 == " " || $0 == "\t" }.count
        func at(_ offset: Int) -> SourceLocation {
            SourceLocation(file: location.file, line: location.line, column: location.column + offset - leading)
        }
        while index < characters.count {
            let character = characters[index]
            let start = index
            if character == " " || character == "\t" || character == "\n" {
                index += 1
                continue
            }
            switch character {
            case "|", ":", ",":
                let kind: ExpressionToken.Kind = character == "|" ? .pipe : character == ":" ? .colon : .comma
                result.append(ExpressionToken(kind: kind, text: String(character), location: at(start)))
                index += 1
            case "\"", "'", "„", "“":
                let closing: Character = character == "„" ? "“" : character == "“" ? "”" : character
                index += 1
                var value = ""
                while index < characters.count, characters[index] != closing,
                    !(closing == "“" && characters[index] == "\"")
                {
                    value.append(characters[index])
                    index += 1
                }
                guard index < characters.count else {
                    throw .syntax(at(start), "the quoted text is not closed", fix: "Close it with \(closing).")
                }
                index += 1
                result.append(ExpressionToken(kind: .string(value), text: value, location: at(start)))
            case ">", "<", "=", "!":
                var op = String(character)
                if index + 1 < characters.count, characters[index + 1] == "=" { op.append("=") }
                guard let parsed = Expression.Operator(rawValue: op) else {
                    throw .syntax(at(start), "\"\(op)\" is not an operator", fix: "Use >, <, >=, <=, == or !=.")
                }
                result.append(ExpressionToken(kind: .comparison(parsed), text: op, location: at(start)))
                index += op.count
            default:
                guard
                    character.isLetter || character.isNumber || character == "_" || character == "-" || character == "."
                else {
                    throw .syntax(at(start), "unexpected character \"\(character)\"", fix: "Check the expression.")
                }
                while index < characters.count,
                    characters[index].isLetter || characters[index].isNumber || "_-.".contains(characters[index])
                {
                    index += 1
                }
                let word = String(characters[start..<index])
                if let number = Double(word), word.first?.isLetter == false {
                    result.append(ExpressionToken(kind: .number(number), text: word, location: at(start)))
                } else {
                    result.append(ExpressionToken(kind: .name(word), text: word, location: at(start)))
                }
            }
        }
        return result
    }
}
