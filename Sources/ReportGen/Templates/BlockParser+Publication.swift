import Yams

/// The blocks that make a document one an office can hand in: slots for its own text, the key-figures box.
extension BlockParser {
    /// `text-file: ausblick/{{ area.key }}.md` or `text-file: { path: …, optional: true }`.
    func textFile(_ node: Node) throws(TemplateError) -> TextFilePlan {
        let texts = TextFieldParser(reader: reader)
        guard case .mapping = node else { return TextFilePlan(path: try texts.text(node, field: "text-file"), optional: false) }
        let fields = try reader.mapping(node, what: "text-file")
        try fields.allowOnly(["path", "optional"])
        return TextFilePlan(path: try texts.required("path", in: fields), optional: try fields.bool("optional") ?? false)
    }

    /// `key-figures: { indicators: [einwohner, kinderarmut], compare: [parent, city], caption: "…" }`.
    func keyFigures(_ node: Node) throws(TemplateError) -> KeyFiguresPlan {
        let fields = try reader.mapping(node, what: "key-figures")
        try fields.allowOnly(["indicators", "compare", "caption"])
        var indicators: [Located<String>] = []
        for item in try reader.sequence(try fields.required("indicators"), field: "indicators") {
            indicators.append(Located(value: try reader.string(item, field: "indicators"), location: reader.location(of: item)))
        }
        var compare: [AreaSelector] = []
        let selectors = AreaSelectorParser(reader: reader)
        for item in try fields["compare"].map({ (node: Node) throws(TemplateError) in try reader.sequence(node, field: "compare") }) ?? [] {
            compare.append(try selectors.parse(item))
        }
        return KeyFiguresPlan(
            indicators: indicators, compare: compare,
            caption: try TextFieldParser(reader: reader).optional("caption", in: fields) ?? .empty)
    }

    /// `catchment: { points: kita, radius: 500, provider: t_name, places: e_platz, limit: 8, caption: "…" }`.
    func catchment(_ node: Node) throws(TemplateError) -> CatchmentPlan {
        let fields = try reader.mapping(node, what: "catchment")
        try fields.allowOnly(["points", "radius", "provider", "places", "limit", "caption"])
        func located(_ key: String) throws(TemplateError) -> Located<String>? {
            try fields.string(key).map { Located(value: $0, location: fields.location(of: key)) }
        }
        let radius = try fields.int("radius") ?? 500
        let limit = try fields.int("limit") ?? 10
        guard (1...10_000).contains(radius) else {
            throw .wrongType(fields.location(of: "radius"), field: "radius", expected: "metres from 1 to 10000")
        }
        guard (1...100).contains(limit) else {
            throw .wrongType(fields.location(of: "limit"), field: "limit", expected: "a whole number from 1 to 100")
        }
        return CatchmentPlan(
            category: Located(value: try reader.string(try fields.required("points"), field: "points"),
                              location: fields.location(of: "points")),
            radius: Double(radius), provider: try located("provider"), places: try located("places"), limit: limit,
            caption: try TextFieldParser(reader: reader).optional("caption", in: fields) ?? .empty)
    }
}
