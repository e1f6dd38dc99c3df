import IndicatorData
import Yams

/// The blocks that make a document one an office can hand in: slots for its own text, the key-figures box.
extension BlockParser {
    /// `text-file: ausblick/{{ area.key }}.md` or `text-file: { path: …, optional: true }`.
    func textFile(_ node: Node) throws(TemplateError) -> TextFilePlan {
        let texts = TextFieldParser(reader: reader)
        guard case .mapping = node else {
            return TextFilePlan(path: try texts.text(node, field: "text-file"), optional: false)
        }
        let fields = try reader.mapping(node, what: "text-file")
        try fields.allowOnly(["path", "optional"])
        return TextFilePlan(
            path: try texts.required("path", in: fields), optional: try fields.bool("optional") ?? false)
    }

    /// `key-figures: { indicators: [einwohner, kinderarmut], compare: [parent, city], caption: "…" }`.
    func keyFigures(_ node: Node) throws(TemplateError) -> KeyFiguresPlan {
        let fields = try reader.mapping(node, what: "key-figures")
        try fields.allowOnly(["indicators", "compare", "caption"])
        return KeyFiguresPlan(
            indicators: try reader.names(try fields.required("indicators"), field: "indicators"),
            compare: try compare(fields),
            caption: try TextFieldParser(reader: reader).optional("caption", in: fields) ?? .empty)
    }

    /// `needs: { indicators: [kita_plaetze_je_100_u6, kinderarmut], compare: [ancestors] }`.
    func needs(_ node: Node) throws(TemplateError) -> NeedsPlan {
        let fields = try reader.mapping(node, what: "needs")
        try fields.allowOnly(["indicators", "compare"])
        let compare = try compare(fields)
        guard !compare.isEmpty else {
            throw .syntax(
                fields.location, "the sentences of \"needs:\" compare the area with others, but none is given",
                fix: "Add \"compare: [ancestors]\" (or e.g. [parent, city]).")
        }
        var indicators: [(indicator: Located<String>, label: String?)] = []
        for item in try reader.sequence(try fields.required("indicators"), field: "indicators") {
            guard case .mapping = item else {
                indicators.append((try reader.located(item, field: "indicators"), nil))
                continue
            }
            let entry = try reader.mapping(item, what: "an indicator of needs")
            try entry.allowOnly(["indicator", "label"])
            let key = try entry.required("indicator")
            indicators.append((try reader.located(key, field: "indicator"), try entry.string("label")))
        }
        return NeedsPlan(indicators: indicators, compare: compare)
    }

    private func compare(_ fields: YAMLReader.Fields) throws(TemplateError) -> [AreaSelector] {
        guard let node = fields["compare"] else { return [] }
        return try AreaSelectorParser(reader: reader).parseList(node, field: "compare")
    }

    /// `catchment: { points: kita, radius: 500, provider: t_name, places: e_platz, limit: 8, caption: "…" }`, or
    /// without `radius:` (and with `address: true`) the points inside the report's area.
    func catchment(_ node: Node) throws(TemplateError) -> CatchmentPlan {
        let fields = try reader.mapping(node, what: "catchment")
        try fields.allowOnly(["points", "radius", "provider", "places", "limit", "caption", "address"])
        let radius = try fields.radius()
        let limit = try fields.int("limit") ?? 10
        guard (1...100).contains(limit) else {
            throw .wrongType(fields.location(of: "limit"), field: "limit", expected: "a whole number from 1 to 100")
        }
        return CatchmentPlan(
            category: try reader.located(try fields.required("points"), field: "points"),
            radius: radius, address: try fields.bool("address") ?? false,
            provider: try fields.located("provider"), places: try fields.located("places"), limit: limit,
            caption: try TextFieldParser(reader: reader).optional("caption", in: fields) ?? .empty)
    }
}
