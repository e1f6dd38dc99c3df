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
            indicators: try indicators(fields), compare: try compare(fields),
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
                indicators.append(
                    (
                        Located(
                            value: try reader.string(item, field: "indicators"), location: reader.location(of: item)),
                        nil
                    ))
                continue
            }
            let entry = try reader.mapping(item, what: "an indicator of needs")
            try entry.allowOnly(["indicator", "label"])
            let key = try entry.required("indicator")
            indicators.append(
                (
                    Located(value: try reader.string(key, field: "indicator"), location: reader.location(of: key)),
                    try entry.string("label")
                ))
        }
        return NeedsPlan(indicators: indicators, compare: compare)
    }

    private func indicators(_ fields: YAMLReader.Fields) throws(TemplateError) -> [Located<String>] {
        var indicators: [Located<String>] = []
        for item in try reader.sequence(try fields.required("indicators"), field: "indicators") {
            indicators.append(
                Located(value: try reader.string(item, field: "indicators"), location: reader.location(of: item)))
        }
        return indicators
    }

    private func compare(_ fields: YAMLReader.Fields) throws(TemplateError) -> [AreaSelector] {
        var compare: [AreaSelector] = []
        let selectors = AreaSelectorParser(reader: reader)
        for item in try fields["compare"].map({ (node: Node) throws(TemplateError) in
            try reader.sequence(node, field: "compare")
        }) ?? [] {
            compare.append(try selectors.parse(item))
        }
        return compare
    }

    /// `catchment: { points: kita, radius: 500, provider: t_name, places: e_platz, limit: 8, caption: "…" }`, or
    /// without `radius:` (and with `address: true`) the points inside the report's area.
    func catchment(_ node: Node) throws(TemplateError) -> CatchmentPlan {
        let fields = try reader.mapping(node, what: "catchment")
        try fields.allowOnly(["points", "radius", "provider", "places", "limit", "caption", "address"])
        func located(_ key: String) throws(TemplateError) -> Located<String>? {
            try fields.string(key).map { Located(value: $0, location: fields.location(of: key)) }
        }
        let radius = try fields.int("radius")
        let limit = try fields.int("limit") ?? 10
        if let radius, !(1...10_000).contains(radius) {
            throw .wrongType(fields.location(of: "radius"), field: "radius", expected: "metres from 1 to 10000")
        }
        guard (1...100).contains(limit) else {
            throw .wrongType(fields.location(of: "limit"), field: "limit", expected: "a whole number from 1 to 100")
        }
        return CatchmentPlan(
            category: Located(
                value: try reader.string(try fields.required("points"), field: "points"),
                location: fields.location(of: "points")),
            radius: radius.map(Double.init), address: try fields.bool("address") ?? false,
            provider: try located("provider"),
            places: try located("places"), limit: limit,
            caption: try TextFieldParser(reader: reader).optional("caption", in: fields) ?? .empty)
    }
}
