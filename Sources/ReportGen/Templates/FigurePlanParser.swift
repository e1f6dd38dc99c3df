import IndicatorData
import Yams

/// `chart:` and `map:` blocks, each kind into its own plan with only the fields it has.
struct FigurePlanParser {
    let reader: YAMLReader

    func parse(_ node: Node, isMap: Bool) throws(TemplateError) -> FigurePlan {
        let fields = try reader.mapping(node, what: isMap ? "map" : "chart")
        let kind: FigurePlan.Kind = isMap ? .map(try map(fields, at: reader.location(of: node))) : try chart(fields)
        return FigurePlan(
            kind: kind, caption: try TextFieldParser(reader: reader).optional("caption", in: fields) ?? .empty,
            heightMillimetres: try height(in: fields), location: reader.location(of: node))
    }

    /// `height-mm: 80`: the drawing's height in millimetres, from 20 to 250 (an A4 page's text area is about 240).
    private func height(in fields: YAMLReader.Fields) throws(TemplateError) -> Double? {
        guard let text = try fields.string("height-mm") else { return nil }
        guard let millimetres = Double(text), (20...250).contains(millimetres) else {
            throw .wrongType(
                fields.location(of: "height-mm"), field: "height-mm", expected: "millimetres from 20 to 250, such as 80"
            )
        }
        return millimetres
    }

    private func chart(_ fields: YAMLReader.Fields) throws(TemplateError) -> FigurePlan.Kind {
        let type = try fields.word("type", ChartType.self)?.value ?? .bar
        try fields.allowOnly(["type", "caption", "height-mm"] + type.fields, what: "a \(type.rawValue) chart")
        let selectors = AreaSelectorParser(reader: reader)
        let areas =
            try fields["areas"].map { (node: Node) throws(TemplateError) in
                try selectors.parseOneOrList(node, field: "areas")
            } ?? []
        switch type {
        case .bar:
            return .bar(
                BarPlan(
                    indicator: try indicator("indicator", in: fields), areas: areas,
                    reference: try fields["reference"].map { (node: Node) throws(TemplateError) in
                        try selectors.parseList(node, field: "reference")
                    } ?? [],
                    sort: try fields.word("sort", SortDirection.self)?.value ?? .descending,
                    orientation: try fields.word("orientation", BarOrientation.self)?.value ?? .horizontal))
        case .groupedBar:
            return .groupedBar(SeriesBarPlan(indicators: try indicators("indicators", in: fields), areas: areas))
        case .stackedBar:
            return .stackedBar(SeriesBarPlan(indicators: try indicators("indicators", in: fields), areas: areas))
        case .line: return .line(LinePlan(indicator: try indicator("indicator", in: fields), areas: areas))
        case .scatter:
            let highlight =
                try fields["highlight"].map { (node: Node) throws(TemplateError) in
                    try selectors.parseOneOrList(node, field: "highlight")
                } ?? []
            var quadrants: [String] = []
            if let node = fields["quadrants"] {
                for item in try reader.sequence(node, field: "quadrants") {
                    quadrants.append(try reader.string(item, field: "quadrants"))
                }
                guard quadrants.count == 4 else {
                    throw .wrongType(
                        reader.location(of: node), field: "quadrants",
                        expected: "four names: top left, top right, bottom left, bottom right")
                }
            }
            return .scatter(
                ScatterPlan(
                    x: try indicator("x", in: fields), y: try indicator("y", in: fields), areas: areas,
                    highlight: highlight,
                    quadrants: quadrants))
        case .profile: return .profile(ProfilePlan(indicators: try indicators("indicators", in: fields)))
        case .pyramid:
            let men = try indicators("men", in: fields)
            let women = try indicators("women", in: fields)
            guard men.count == women.count else {
                throw .syntax(
                    fields.location(of: "women"),
                    "a pyramid needs as many \"women:\" as \"men:\" indicators, one per age group",
                    fix: "Write men: [m_u6, m_6_15, …] and women: [w_u6, w_6_15, …].")
            }
            return .pyramid(PyramidPlan(men: men, women: women))
        }
    }

    private func map(_ fields: YAMLReader.Fields, at location: SourceLocation) throws(TemplateError) -> MapPlan {
        try fields.allowOnly([
            "indicator", "level", "extent", "classes", "palette", "highlight", "points", "point-size", "labels",
            "values",
            "period", "caption", "height-mm", "radius",
        ])
        return MapPlan(
            indicator: try indicator("indicator", in: fields), level: try fields.located("level"),
            extent: try fields.word("extent", MapExtent.self)?.value ?? .city,
            classes: try fields["classes"].map { (node: Node) throws(TemplateError) in try classes(node) }
                ?? .standard(at: fields.location),
            period: try fields["period"].map { (node: Node) throws(TemplateError) in try period(node) },
            palette: try fields.located("palette"),
            points: try fields["points"].map { (node: Node) throws(TemplateError) in
                try reader.names(node, field: "points")
            }
                ?? [],
            labels: try fields.bool("labels") ?? false,
            values: try fields.bool("values") ?? false,
            highlight: try fields["highlight"].map { (node: Node) throws(TemplateError) in
                try AreaSelectorParser(reader: reader).parse(node)
            },
            pointSize: try fields["point-size"].map { (node: Node) throws(TemplateError) in try pointSize(node) },
            radius: try fields.radius(), location: location)
    }

    /// `classes: { scheme: fisher-jenks, k: 5 }` or `classes: { breaks: [10, 20, 40] }`.
    private func classes(_ node: Node) throws(TemplateError) -> ClassesPlan {
        let options = try reader.mapping(node, what: "classes")
        try options.allowOnly(["scheme", "k", "breaks", "pooled-periods", "same-for-every-area"])
        let pooled =
            try options["pooled-periods"].map { (node: Node) throws(TemplateError) -> [Located<String>] in
                var periods: [Located<String>] = []
                for item in try reader.sequence(node, field: "pooled-periods") { periods.append(try period(item)) }
                return periods
            } ?? []
        let method: ClassesPlan.Method
        if let node = options["breaks"] {
            for key in ["scheme", "k"] where options[key] != nil {
                throw .syntax(
                    options.location(of: key), "\"\(key):\" and \"breaks:\" exclude each other",
                    fix: "Keep \"breaks:\" for classes of your own, or \"scheme:\" and \"k:\" for computed ones.")
            }
            method = .breaks(try breaks(node))
        } else {
            let k = try options.int("k") ?? 5
            guard (2...9).contains(k) else {
                throw .wrongType(options.location(of: "k"), field: "k", expected: "a whole number from 2 to 9")
            }
            method = .scheme(
                try options.word("scheme", ClassSchemeName.self)
                    ?? Located(value: .quantiles, location: options.location), k: k)
        }
        return ClassesPlan(
            method: method, pooledPeriods: pooled, sameForEveryArea: try options.bool("same-for-every-area") ?? true)
    }

    private func breaks(_ node: Node) throws(TemplateError) -> [Double] {
        var values: [Double] = []
        for item in try reader.sequence(node, field: "breaks") {
            guard let value = Double(try reader.string(item, field: "breaks")), value.isFinite else {
                throw .wrongType(reader.location(of: item), field: "breaks", expected: "numbers such as 10 or 12.5")
            }
            values.append(value)
        }
        return values
    }

    /// One indicator name, required.
    private func indicator(_ key: String, in fields: YAMLReader.Fields) throws(TemplateError) -> Located<String> {
        try reader.located(try fields.required(key), field: key)
    }

    /// One or more indicator names, required.
    private func indicators(_ key: String, in fields: YAMLReader.Fields) throws(TemplateError) -> [Located<String>] {
        let list = try reader.names(try fields.required(key), field: key)
        guard !list.isEmpty else { throw .missingField(fields.location(of: key), field: key, in: fields.what) }
        return list
    }

    /// A date `YYYY-MM-DD` or a year, checked here so a typo is reported where it is written.
    private func period(_ node: Node) throws(TemplateError) -> Located<String> {
        let text = try reader.string(node, field: "period")
        guard Period(text) != nil else {
            throw .wrongType(
                reader.location(of: node), field: "period", expected: "a date such as 2020-12-31 or a year")
        }
        return Located(value: text, location: reader.location(of: node))
    }

    private func pointSize(_ node: Node) throws(TemplateError) -> PointSizePlan {
        if case .scalar(let scalar) = node {
            return PointSizePlan(
                attribute: Located(value: scalar.string, location: reader.location(of: node)), label: scalar.string)
        }
        let fields = try reader.mapping(node, what: "point-size")
        try fields.allowOnly(["attribute", "label"])
        let attribute = try reader.string(try fields.required("attribute"), field: "attribute")
        return PointSizePlan(
            attribute: Located(value: attribute, location: fields.location(of: "attribute")),
            label: try fields.string("label") ?? attribute)
    }
}

extension ChartType {
    /// The fields a chart of this type has besides `type:`, `caption:` and `height-mm:`.
    var fields: [String] {
        switch self {
        case .bar: ["indicator", "areas", "reference", "sort", "orientation"]
        case .groupedBar, .stackedBar: ["indicators", "areas"]
        case .line: ["indicator", "areas"]
        case .scatter: ["x", "y", "areas", "highlight", "quadrants"]
        case .profile: ["indicators"]
        case .pyramid: ["men", "women"]
        }
    }
}
