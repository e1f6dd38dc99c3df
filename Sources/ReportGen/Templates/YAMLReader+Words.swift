import IndicatorData
import Yams

extension YAMLReader {
    /// A word of a closed list (`extent: area`); another word is an error with the nearest known one.
    func word<Word: TemplateWord>(_ node: Node, _ type: Word.Type, field: String) throws(TemplateError) -> Located<Word>
    {
        let text = try string(node, field: field)
        guard let word = Word(rawValue: text) else {
            throw .unknownName(location(of: node), kind: Word.kind, name: text, known: Word.words)
        }
        return Located(value: word, location: location(of: node))
    }
}

extension YAMLReader.Fields {
    /// The word of a closed list written for `key`, nil when the key is absent.
    func word<Word: TemplateWord>(_ key: String, _ type: Word.Type) throws(TemplateError) -> Located<Word>? {
        guard let node = self[key] else { return nil }
        return try reader.word(node, type, field: key)
    }
}
