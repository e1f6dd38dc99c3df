import Foundation
import Yams

/// Reads a YAML file into a `Decodable` type, turning Yams' errors into `DataError`s with file, line and column.
enum YAMLFile {
    static func decode<T: Decodable>(_ type: T.Type, from url: URL, referencedFrom: String) throws -> T {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataError.fileNotFound(file: url.path, referencedFrom: referencedFrom)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError.notUTF8(file: url.path, line: 1)
        }
        do {
            return try YAMLDecoder().decode(type, from: text)
        } catch let error as YamlError {
            throw syntaxError(error, file: url.path)
        } catch let error as DecodingError {
            if case .dataCorrupted(let context) = error, let underlying = context.underlyingError as? YamlError {
                throw syntaxError(underlying, file: url.path)
            }
            throw DataError.invalidManifest(file: url.path, path: error.path, reason: error.reason)
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

extension DecodingError {
    var path: String {
        let context: Context? =
            switch self {
            case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c): c
            @unknown default: nil
            }
        var path = context?.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined() ?? ""
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
