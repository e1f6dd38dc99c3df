import Yams

/// One entry of `body:`, identified by its first known key (`heading:`, `text:`, `map:` …).
struct BlockParser {
    let reader: YAMLReader
    let parser: TemplateParser
    let depth: Int

    static let kinds = [
        "title-page", "contents", "heading", "text", "note", "list", "numbered-list", "table", "chart", "map",
        "figures", "image", "page-break", "for-each", "columns", "indicator-overview",
    ]

    func parse(_ fields: YAMLReader.Fields, node: Node) throws(TemplateError) -> PlanBlock {
        let location = reader.location(of: node)
        guard let entry = fields.entries.first(where: { $0.key != "when" }) else {
            throw .syntax(location, "the block is empty", fix: "Start it with one of: \(Self.kinds.joined(separator: ", ")).")
        }
        guard Self.kinds.contains(entry.key) else {
            throw .unknownName(reader.location(of: entry.keyNode), kind: "block", name: entry.key, known: Self.kinds)
        }
        let texts = TextFieldParser(reader: reader)
        let condition = try fields["when"].map { (node: Node) throws(TemplateError) -> Expression in
            try texts.expression(node, field: "when")
        }
        let value = entry.value
        let kind: PlanBlock.Kind
        switch entry.key {
        case "title-page": kind = .titlePage
        case "contents": kind = .contents(title: try reader.string(value, field: "contents"))
        case "heading":
            if case .mapping = value {
                let heading = try reader.mapping(value, what: "heading")
                try heading.allowOnly(["text", "level"])
                kind = .heading(try texts.required("text", in: heading), level: try heading.int("level") ?? 1)
            } else {
                kind = .heading(try texts.text(value, field: "heading"), level: try fields.int("level") ?? 1)
            }
        case "text", "note": kind = .text(try texts.text(value, field: entry.key), small: entry.key == "note")
        case "list", "numbered-list":
            let items = try reader.sequence(value, field: entry.key)
            var templates: [TextTemplate] = []
            for item in items { templates.append(try texts.text(item, field: entry.key)) }
            kind = .list(templates, ordered: entry.key == "numbered-list")
        case "table": kind = .table(try TablePlanParser(reader: reader).parse(value))
        case "chart", "map": kind = .figure(try FigurePlanParser(reader: reader).parse(value, isMap: entry.key == "map"))
        case "figures":
            var figures: [FigurePlan] = []
            for item in try reader.sequence(value, field: "figures") {
                let figure = try reader.mapping(item, what: "a figure")
                try figure.allowOnly(["chart", "map"])
                if let chart = figure["chart"] { figures.append(try FigurePlanParser(reader: reader).parse(chart, isMap: false)) }
                if let map = figure["map"] { figures.append(try FigurePlanParser(reader: reader).parse(map, isMap: true)) }
            }
            kind = .figures(figures)
        case "image":
            let image = try reader.mapping(value, what: "image")
            try image.allowOnly(["path", "caption"])
            let path = try image.required("path")
            kind = .image(
                path: Located(value: try reader.string(path, field: "path"), location: reader.location(of: path)),
                caption: try texts.optional("caption", in: image) ?? TextTemplate(segments: []))
        case "page-break": kind = .pageBreak
        case "indicator-overview": kind = .indicatorOverview(try indicatorOverview(value))
        case "columns":
            let section = try reader.mapping(value, what: "columns")
            try section.allowOnly(["count", "body"])
            kind = .columns(max(1, min(try section.int("count") ?? 2, 4)),
                            try parser.parseBlocks(try section.required("body"), reader: reader, depth: depth + 1))
        default:
            let loop = try reader.mapping(value, what: "for-each")
            try loop.allowOnly(["areas", "body"])
            let selector = try AreaSelectorParser(reader: reader).parse(try loop.required("areas"))
            kind = .forEach(selector, try parser.parseBlocks(try loop.required("body"), reader: reader, depth: depth + 1))
        }
        return PlanBlock(kind: kind, condition: condition, location: location)
    }

    private func indicatorOverview(_ node: Node) throws(TemplateError) -> IndicatorOverviewPlan {
        let fields = try reader.mapping(node, what: "indicator-overview")
        try fields.allowOnly(["area", "caption", "empty"])
        let texts = TextFieldParser(reader: reader)
        return IndicatorOverviewPlan(
            modelArea: try fields.string("area").map { Located(value: $0, location: fields.location(of: "area")) },
            caption: try texts.optional("caption", in: fields) ?? TextTemplate(segments: []),
            empty: try texts.optional("empty", in: fields))
    }
}
