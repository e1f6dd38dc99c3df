import Yams

/// What a YAML value of a manifest or catalogue must look like: the known keys of every mapping and the type of
/// every value, so that a typo or a wrong type is an error at file:line:column instead of being ignored.
/// `@unchecked Sendable`: an immutable value; only `KeyValuePairs`, which keeps the keys in the order they are
/// documented, is not marked Sendable by the standard library.
indirect enum YAMLShape: @unchecked Sendable {
    /// Any scalar (text, number, date).
    case text
    case integer
    case number
    case bool
    /// A date `YYYY-MM-DD` (or a year).
    case period
    /// One of a few words.
    case word([String])
    case list(YAMLShape)
    /// A mapping with known keys; `required` must be present. `what` names it in messages ("table entry").
    case record(what: String, fields: KeyValuePairs<String, YAMLShape>, required: [String] = [])
    /// A mapping whose keys are free (column names, area keys), each value of one shape.
    case dictionary(YAMLShape)
    /// The first alternative whose kind (scalar, list, mapping) matches the node.
    case either([YAMLShape])

    /// Whether a node of this kind can be meant as this shape (used to pick an alternative of `either`).
    func accepts(_ node: Node) -> Bool {
        switch (self, node) {
        case (.text, .scalar), (.integer, .scalar), (.number, .scalar), (.bool, .scalar), (.period, .scalar),
            (.word, .scalar):
            true
        case (.list, .sequence), (.record, .mapping), (.dictionary, .mapping): true
        case (.either(let shapes), _): shapes.contains { $0.accepts(node) }
        default: false
        }
    }

    /// How the shape reads in a message: "a whole number", "a list", "one of sum, ratio, none".
    var expectation: String {
        switch self {
        case .text: "a text"
        case .integer: "a whole number"
        case .number: "a number"
        case .bool: "true or false"
        case .period: "a date YYYY-MM-DD"
        case .word(let words): "one of " + words.joined(separator: ", ")
        case .list(let element): "a list of \(element.plural)"
        case .record(let what, _, _): "a mapping (\(what))"
        case .dictionary: "a mapping of names to values"
        case .either(let shapes): shapes.map(\.expectation).joined(separator: " or ")
        }
    }

    private var plural: String {
        switch self {
        case .record(let what, _, _): "\(what)s"
        case .list: "lists"
        default: String(expectation.drop { $0 != " " }.dropFirst()) + "s"
        }
    }
}
