import IndicatorData
import Yams

/// Reads a YAML node tree with the location of every value, so that every message about a template
/// can say file, line and column.
struct YAMLReader {
    let source: SourceText

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: source.file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    func parse(_ text: String) throws(TemplateError) -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw TemplateError.syntax(
                    SourceLocation(file: source.file, line: 1, column: 1), "the template is empty",
                    fix: "Start with a \"report:\" section and a \"body:\" list.")
            }
            try refuseOversized(node)
            return node
        } catch let error as TemplateError {
            throw error
        } catch let error as YamlError {
            throw Self.describe(error, file: source.file)
        } catch {
            throw .yaml(SourceLocation(file: source.file, line: 0, column: 0), "\(error)")
        }
    }

    /// How many values a template may hold once its aliases (`*name`) are expanded: far more than any report
    /// needs, far less than an alias bomb (a few lines that expand to billions of values).
    static let maximumNodes = 100_000

    /// Counts the values of the tree, aliases expanded, and stops as soon as there are too many.
    private func refuseOversized(_ root: Node) throws(TemplateError) {
        var pending = [root]
        var count = 0
        while let node = pending.popLast() {
            count += 1
            guard count <= Self.maximumNodes else {
                throw .syntax(
                    location(of: root),
                    "the template holds more than \(Self.maximumNodes) values once its aliases are expanded",
                    fix: "Write the repeated parts out, or use fewer nested aliases (*name).")
            }
            switch node {
            case .mapping(let mapping): for (key, value) in mapping { pending += [key, value] }
            case .sequence(let sequence): pending += Array(sequence)
            case .scalar, .alias: continue
            }
        }
    }

    private static func describe(_ error: YamlError, file: String) -> TemplateError {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _):
            let reason = [context?.text, problem].compactMap { $0 }.joined(separator: " ")
            return .yaml(SourceLocation(file: file, line: mark.line, column: mark.column), reason)
        default:
            return .yaml(SourceLocation(file: file, line: 0, column: 0), "\(error)")
        }
    }

    /// The fields of a mapping by key, keeping each key's node for its location.
    func mapping(_ node: Node, what: String) throws(TemplateError) -> Fields {
        guard case .mapping(let mapping) = node else {
            throw .wrongType(location(of: node), field: what, expected: "a mapping of \"name: value\" fields")
        }
        var entries: [(key: String, keyNode: Node, value: Node)] = []
        for (key, value) in mapping {
            guard let name = key.string else {
                throw .wrongType(location(of: key), field: what, expected: "a mapping with text keys")
            }
            entries.append((name, key, value))
        }
        return Fields(reader: self, entries: entries, location: location(of: node), what: what)
    }

    func string(_ node: Node, field: String) throws(TemplateError) -> String {
        guard case .scalar(let scalar) = node else {
            throw .wrongType(location(of: node), field: field, expected: "a text")
        }
        return scalar.string
    }

    func sequence(_ node: Node, field: String) throws(TemplateError) -> [Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default: throw .wrongType(location(of: node), field: field, expected: "a list")
        }
    }

    /// The mapping fields of one YAML object, with checks for unknown and missing fields.
    struct Fields {
        let reader: YAMLReader
        let entries: [(key: String, keyNode: Node, value: Node)]
        let location: SourceLocation
        let what: String

        subscript(_ key: String) -> Node? { entries.first { $0.key == key }?.value }

        /// Where the value of `key` is written, or the mapping itself when the key is absent.
        func location(of key: String) -> SourceLocation {
            self[key].map(reader.location(of:)) ?? location
        }

        func required(_ key: String) throws(TemplateError) -> Node {
            guard let node = self[key] else { throw .missingField(location, field: key, in: what) }
            return node
        }

        func string(_ key: String) throws(TemplateError) -> String? {
            guard let node = self[key] else { return nil }
            return try reader.string(node, field: key)
        }

        func int(_ key: String) throws(TemplateError) -> Int? {
            guard let node = self[key] else { return nil }
            guard let value = Int(try reader.string(node, field: key)) else {
                throw .wrongType(reader.location(of: node), field: key, expected: "a whole number")
            }
            return value
        }

        func bool(_ key: String) throws(TemplateError) -> Bool? {
            guard let node = self[key] else { return nil }
            switch try reader.string(node, field: key).lowercased() {
            case "true", "yes", "ja": return true
            case "false", "no", "nein": return false
            default: throw .wrongType(reader.location(of: node), field: key, expected: "true or false")
            }
        }

        /// Throws for a field that is not one of `known`, with the nearest known name; `what` names the
        /// mapping in the message when it says more than the field it stands under ("a scatter chart").
        func allowOnly(_ known: [String], what: String? = nil) throws(TemplateError) {
            for entry in entries where !known.contains(entry.key) {
                throw .unknownName(
                    reader.location(of: entry.keyNode), kind: "field of \(what ?? self.what)", name: entry.key,
                    known: known)
            }
        }
    }
}
