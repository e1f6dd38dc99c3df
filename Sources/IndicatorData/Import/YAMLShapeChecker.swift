import Values
import Yams

/// Checks a composed YAML tree against a `YAMLShape`: every unknown key and every value of the wrong type is an
/// error at its file:line:column, unknown keys with the nearest known name.
struct YAMLShapeChecker {
    let file: String

    func location(of node: Node) -> SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    func check(_ node: Node, against shape: YAMLShape, key: String) throws {
        switch shape {
        case .text:
            try requireScalar(node, shape, key: key)
        case .integer:
            try requireScalar(node, shape, key: key, valid: { Int($0) != nil })
        case .number:
            try requireScalar(node, shape, key: key, valid: { Double($0) != nil })
        case .bool:
            try requireScalar(
                node, shape, key: key, valid: { ["true", "false", "yes", "no"].contains($0.lowercased()) })
        case .period:
            try requireScalar(node, shape, key: key, valid: { Period($0) != nil })
        case .word(let words):
            try requireScalar(node, shape, key: key, valid: words.contains)
        case .list(let element):
            guard case .sequence(let items) = node else { throw wrong(node, shape, key: key) }
            for item in items { try check(item, against: element, key: key) }
        case .dictionary(let value):
            guard case .mapping(let mapping) = node else { throw wrong(node, shape, key: key) }
            for (name, item) in mapping { try check(item, against: value, key: name.string ?? key) }
        case .record(let what, let fields, let required):
            try checkRecord(node, what: what, fields: fields, required: required, key: key)
        case .either(let shapes):
            guard let match = shapes.first(where: { $0.accepts(node) }) else { throw wrong(node, shape, key: key) }
            try check(node, against: match, key: key)
        }
    }

    private func checkRecord(
        _ node: Node, what: String, fields: KeyValuePairs<String, YAMLShape>, required: [String], key: String
    ) throws {
        guard case .mapping(let mapping) = node else {
            throw wrong(node, .record(what: what, fields: fields, required: required), key: key)
        }
        let known = fields.map(\.key)
        for (keyNode, value) in mapping {
            let name = keyNode.string ?? ""
            guard let shape = fields.first(where: { $0.key == name })?.value else {
                throw DataError.unknownKey(at: location(of: keyNode), key: name, in: what, known: known)
            }
            try check(value, against: shape, key: name)
        }
        for name in required where !mapping.contains(where: { $0.key.string == name }) {
            throw DataError.missingKey(at: location(of: node), key: name, in: what)
        }
    }

    private func requireScalar(
        _ node: Node, _ shape: YAMLShape, key: String, valid: (String) -> Bool = { _ in true }
    ) throws {
        guard case .scalar(let scalar) = node, valid(scalar.string) else { throw wrong(node, shape, key: key) }
    }

    private func wrong(_ node: Node, _ shape: YAMLShape, key: String) -> DataError {
        let found: String =
            switch node {
            case .scalar(let scalar): scalar.string.isEmpty ? "nothing" : "'\(scalar.string)'"
            case .sequence: "a list"
            case .mapping: "a mapping"
            case .alias: "an alias"
            }
        return .wrongValue(at: location(of: node), key: key, expected: shape.expectation, found: found)
    }
}
