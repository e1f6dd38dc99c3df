import Foundation
import Yams

/// Reads a YAML file into a `Decodable` type after checking it against its `YAMLShape`; every problem becomes a
/// `DataError` with file, line and column.
enum YAMLFile {
    static func decode<T: Decodable>(
        _ type: T.Type, shape: YAMLShape, from url: URL, referencedFrom: String
    ) throws -> (T, Node) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.fileNotFound(file: url.path, referencedFrom: referencedFrom)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError.notUTF8(file: url.path, line: 1)
        }
        let node: Node
        do {
            node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
        } catch let error as YamlError {
            throw syntaxError(error, file: url.path)
        }
        let checker = YAMLShapeChecker(file: url.path)
        try checker.check(node, against: shape, key: url.lastPathComponent)
        do {
            return (try YAMLDecoder().decode(type, from: node.withTextKeys), node)
        } catch let error as DecodingError {
            let place = node.descendant(at: error.codingPathKeys).map(checker.location(of:))
            throw DataError.invalidManifest(
                file: place?.description ?? url.path, path: error.path, reason: error.reason)
        }
    }

    private static func syntaxError(_ error: YamlError, file: String) -> DataError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return .yamlSyntax(file: file, line: mark.line, column: mark.column, reason: problem)
        default:
            return .yamlSyntax(file: file, line: 1, column: 1, reason: "\(error)")
        }
    }
}

extension Node {
    /// The tree with every mapping key as plain text: Yams finds a key by the text's own resolved tag, so a quoted
    /// key such as `"000"` (a string in the file, a number when looked up) would otherwise never be found.
    var withTextKeys: Node {
        switch self {
        case .mapping(let mapping):
            let pairs = mapping.map { pair in
                (
                    Node.scalar(.init(pair.key.string ?? "", mapping.tag.copy(with: .implicit), .any, pair.key.mark)),
                    pair.value.withTextKeys
                )
            }
            return .mapping(.init(pairs, mapping.tag, mapping.style, mapping.mark))
        case .sequence(let sequence):
            return .sequence(.init(sequence.map(\.withTextKeys), sequence.tag, sequence.style, sequence.mark))
        case .scalar, .alias:
            return self
        }
    }

    /// The node a decoding path leads to (the deepest one that exists).
    func descendant(at path: [CodingKey]) -> Node? {
        guard let first = path.first else { return self }
        let child: Node? =
            switch self {
            case .sequence(let items): first.intValue.flatMap { items.indices.contains($0) ? items[$0] : nil }
            case .mapping(let mapping): mapping.first { $0.key.string == first.stringValue }?.value
            default: nil
            }
        guard let child else { return self }
        return child.descendant(at: Array(path.dropFirst())) ?? child
    }
}

extension DecodingError {
    var codingPathKeys: [CodingKey] {
        switch self {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            c.codingPath
        @unknown default: []
        }
    }

    var path: String {
        var path = codingPathKeys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        if case .keyNotFound(let key, _) = self { path += ".\(key.stringValue)" }
        return path.hasPrefix(".") ? String(path.dropFirst()) : path
    }

    var reason: String {
        switch self {
        case .keyNotFound(let key, _): "the required key '\(key.stringValue)' is missing"
        case .typeMismatch(let type, _): "expected \(type)"
        case .valueNotFound(let type, _): "expected a value of type \(type)"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "\(self)"
        }
    }
}
