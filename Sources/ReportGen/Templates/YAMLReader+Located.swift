import IndicatorData
import Yams

extension YAMLReader {
    /// A text with where it is written: an indicator, a level, a point category.
    func located(_ node: Node, field: String) throws(TemplateError) -> Located<String> {
        Located(value: try string(node, field: field), location: location(of: node))
    }

    /// `[einwohner, kinderarmut]` or `einwohner`: names, each with where it is written.
    func names(_ node: Node, field: String) throws(TemplateError) -> [Located<String>] {
        var names: [Located<String>] = []
        for item in try sequence(node, field: field) { names.append(try located(item, field: field)) }
        return names
    }
}

extension YAMLReader.Fields {
    /// The text written for `key` with where it is written, nil when the key is absent.
    func located(_ key: String) throws(TemplateError) -> Located<String>? {
        guard let node = self[key] else { return nil }
        return try reader.located(node, field: key)
    }

    /// `radius: 500`: metres from 1 to 10000 around a point (a map's circle, a catchment); nil when absent.
    func radius() throws(TemplateError) -> Double? {
        guard let radius = try int("radius") else { return nil }
        guard (1...10_000).contains(radius) else {
            throw .wrongType(location(of: "radius"), field: "radius", expected: "metres from 1 to 10000")
        }
        return Double(radius)
    }
}
