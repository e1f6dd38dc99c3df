import IndicatorData

/// An expression inside `{{ … }}` or a `when:` condition: a value, optionally compared with another,
/// passed through filters: `value.kinderarmut | percent`, `count.kita | plural: "Kita", "Kitas"`,
/// `value.kinderarmut > city.value.kinderarmut`.
public struct Expression: Hashable, Sendable {
    public var negated: Bool
    public var subject: Operand
    public var comparison: Comparison?
    public var filters: [Filter]
    /// Where the expression starts, for messages.
    public var location: SourceLocation
    /// The expression as written.
    public var source: String

    public enum Operand: Hashable, Sendable {
        /// A dotted name: `area.name`, `value.kinderarmut`, `parent.value.einwohner`.
        case path([String], SourceLocation)
        case number(Double)
        case string(String)
    }

    public struct Comparison: Hashable, Sendable {
        public var op: Operator
        public var other: Operand
    }

    public enum Operator: String, Hashable, Sendable, CaseIterable {
        case greater = ">"
        case less = "<"
        case greaterOrEqual = ">="
        case lessOrEqual = "<="
        case equal = "=="
        case notEqual = "!="
    }

    public struct Filter: Hashable, Sendable {
        public var name: FilterName
        public var arguments: [Operand]
        public var location: SourceLocation
    }

    /// Every dotted name the expression reads, with where it is written.
    public var paths: [(path: [String], location: SourceLocation)] {
        var operands = [subject]
        if let comparison { operands.append(comparison.other) }
        operands += filters.flatMap(\.arguments)
        return operands.compactMap { operand in
            if case .path(let path, let location) = operand { return (path, location) }
            return nil
        }
    }
}

/// Text with `{{ … }}` expressions in it, and the inline markup the template writes around them.
public struct TextTemplate: Hashable, Sendable {
    public enum Segment: Hashable, Sendable {
        case literal(String)
        case expression(Expression)
    }

    /// A run of the text in one style: `**bold**`, `*italic*`, a `[link](…)` or plain. The markup is read when
    /// the template is parsed; a value written into a run is plain text and can never open a run of its own.
    public struct Run: Hashable, Sendable {
        public enum Style: Hashable, Sendable {
            case plain, bold, italic
            /// A link to a web address, or to a named destination of the document when it starts with `#`.
            case link(target: [Segment])
        }

        public var style: Style
        public var segments: [Segment]
    }

    public var segments: [Segment]
    public var runs: [Run]

    /// The text without expressions, markup or anything else.
    public static let empty = TextTemplate(segments: [], runs: [])

    public var expressions: [Expression] {
        segments.compactMap { if case .expression(let expression) = $0 { expression } else { nil } }
    }
}
