/// A YAML mapping whose keys are read as written: Yams reads the keys of a `[String: V]` as numbers where it can,
/// so `"000"` and `"0"` would be the same key (and `"000"` then missing). Column names, area keys and patterns
/// need the text.
struct TextKeyed<Value: Decodable>: Decodable {
    var entries: [String: Value]

    init(_ entries: [String: Value]) {
        self.entries = entries
    }

    private struct TextKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: TextKey.self)
        var entries: [String: Value] = [:]
        for key in container.allKeys { entries[key.stringValue] = try container.decode(Value.self, forKey: key) }
        self.entries = entries
    }
}

extension TextKeyed: Sequence, ExpressibleByDictionaryLiteral {
    init(dictionaryLiteral elements: (String, Value)...) {
        self.init(Dictionary(elements, uniquingKeysWith: { first, _ in first }))
    }

    func makeIterator() -> Dictionary<String, Value>.Iterator { entries.makeIterator() }

    var keys: Dictionary<String, Value>.Keys { entries.keys }
    var values: Dictionary<String, Value>.Values { entries.values }
    subscript(key: String) -> Value? { entries[key] }
}
