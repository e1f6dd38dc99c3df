import Yams

/// Decodes YAML snippets in tests with the same decoder the importer uses.
enum YAMLFileTestDecoder {
    static func decode<T: Decodable>(_ type: T.Type, _ yaml: String) throws -> T {
        try YAMLDecoder().decode(type, from: yaml)
    }
}
