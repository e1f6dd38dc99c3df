import Yams

/// `chart:` and `map:` blocks.
struct FigurePlanParser {
    let reader: YAMLReader

    func parse(_ node: Node, isMap: Bool) throws(TemplateError) -> FigurePlan {
        let what = isMap ? "map" : "chart"
        let fields = try reader.mapping(node, what: what)
        try fields.allowOnly(isMap
            ? ["indicator", "level", "extent", "classes", "palette", "highlight", "points", "point-size", "labels", "period",
               "caption"]
            : ["type", "indicator", "indicators", "x", "y", "men", "women", "areas", "reference", "sort", "orientation",
               "caption"])
        let texts = TextFieldParser(reader: reader)
        let selectors = AreaSelectorParser(reader: reader)
        var kind = FigurePlan.Kind.map
        if !isMap {
            let typeName = try fields.string("type") ?? "bar"
            let chartKinds = FigurePlan.Kind.allCases.filter { $0 != .map }
            guard let parsed = chartKinds.first(where: { $0.rawValue == typeName }) else {
                throw .unknownName(fields.location(of: "type"), kind: "chart type", name: typeName, known: chartKinds.map(\.rawValue))
            }
            kind = parsed
        }
        var indicators: [Located<String>] = []
        var men = 0
        for key in ["indicator", "indicators", "x", "y", "men", "women"] {
            guard let value = fields[key] else { continue }
            for item in try reader.sequence(value, field: key) {
                indicators.append(Located(value: try reader.string(item, field: key), location: reader.location(of: item)))
                if key == "men" { men += 1 }
            }
        }
        if kind == .pyramid {
            guard men > 0, men * 2 == indicators.count, fields["women"] != nil else {
                throw .syntax(fields.location, "a pyramid needs as many \"women:\" as \"men:\" indicators, one per age group",
                              fix: "Write men: [m_u6, m_6_15, …] and women: [w_u6, w_6_15, …].")
            }
        }
        let sort = try fields.string("sort")
        if let sort, !["ascending", "descending"].contains(sort) {
            throw .unknownName(fields.location(of: "sort"), kind: "sort order", name: sort, known: ["ascending", "descending"])
        }
        guard !indicators.isEmpty else { throw .missingField(fields.location, field: "indicator", in: what) }
        var scheme = Located(value: "quantiles", location: fields.location)
        var classCount = 5
        var breaks: [Double] = []
        var pooled: [Located<String>] = []
        var same = true
        if let classes = fields["classes"] {
            let options = try reader.mapping(classes, what: "classes")
            try options.allowOnly(["scheme", "k", "breaks", "pooled-periods", "same-for-every-area"])
            if let node = options["pooled-periods"] {
                for item in try reader.sequence(node, field: "pooled-periods") { pooled.append(try period(item)) }
            }
            if let node = options["scheme"] { scheme = Located(value: try reader.string(node, field: "scheme"), location: reader.location(of: node)) }
            if let node = options["breaks"] {
                for item in try reader.sequence(node, field: "breaks") {
                    guard let value = Double(try reader.string(item, field: "breaks")), value.isFinite else {
                        throw .wrongType(reader.location(of: item), field: "breaks", expected: "numbers such as 10 or 12.5")
                    }
                    breaks.append(value)
                }
                scheme = Located(value: "user-defined", location: reader.location(of: node))
            }
            classCount = try options.int("k") ?? 5
            same = try options.bool("same-for-every-area") ?? true
        }
        var points: [Located<String>] = []
        if let node = fields["points"] {
            for item in try reader.sequence(node, field: "points") {
                points.append(Located(value: try reader.string(item, field: "points"), location: reader.location(of: item)))
            }
        }
        return FigurePlan(
            kind: kind, indicators: indicators,
            areas: try fields["areas"].map { (node: Node) throws(TemplateError) -> AreaSelector in try selectors.parse(node) },
            reference: try fields["reference"].map { (node: Node) throws(TemplateError) -> [AreaSelector] in
                try selectors.parseList(node, field: "reference")
            } ?? [],
            sortDescending: sort.map { $0 == "descending" }, caption: try texts.optional("caption", in: fields) ?? TextTemplate(segments: []),
            location: reader.location(of: node),
            level: try fields.string("level").map { Located(value: $0, location: fields.location(of: "level")) },
            extent: Located(value: try fields.string("extent") ?? "city", location: fields.location(of: "extent")), scheme: scheme, classCount: classCount,
            sameClassesForEveryArea: same, breaks: breaks, pooledPeriods: pooled,
            period: try fields["period"].map { (node: Node) throws(TemplateError) in try period(node) },
            palette: try fields.string("palette").map { Located(value: $0, location: fields.location(of: "palette")) },
            points: points, labels: try fields.bool("labels") ?? false,
            highlight: isMap ? try fields["highlight"].map { (node: Node) throws(TemplateError) -> AreaSelector in
                try selectors.parse(node)
            } : nil,
            pointSize: try fields["point-size"].map { (node: Node) throws(TemplateError) in try pointSize(node) },
            orientation: try fields.string("orientation").map { Located(value: $0, location: fields.location(of: "orientation")) })
    }

    /// A date `YYYY-MM-DD` or a year, checked here so a typo is reported where it is written.
    private func period(_ node: Node) throws(TemplateError) -> Located<String> {
        let text = try reader.string(node, field: "period")
        guard Period(text) != nil else {
            throw .wrongType(reader.location(of: node), field: "period", expected: "a date such as 2020-12-31 or a year")
        }
        return Located(value: text, location: reader.location(of: node))
    }

    /// `point-size: e_platz` or `point-size: { attribute: e_platz, label: "Genehmigte Plätze" }`.
    private func pointSize(_ node: Node) throws(TemplateError) -> (attribute: Located<String>, label: String) {
        if case .scalar(let scalar) = node {
            return (Located(value: scalar.string, location: reader.location(of: node)), scalar.string)
        }
        let fields = try reader.mapping(node, what: "point-size")
        try fields.allowOnly(["attribute", "label"])
        let attribute = try reader.string(try fields.required("attribute"), field: "attribute")
        return (Located(value: attribute, location: fields.location(of: "attribute")), try fields.string("label") ?? attribute)
    }
}
