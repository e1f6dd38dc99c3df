import Yams

/// `area`, `parent`, `ancestors`, `city`, `children`, `siblings`, `level: planungsraum`,
/// `top: { count: 10, level: planungsraum, by: kinderarmut }`.
struct AreaSelectorParser {
    let reader: YAMLReader

    static let names = ["area", "parent", "ancestors", "city", "children", "siblings", "level", "top"]

    func parse(_ node: Node) throws(TemplateError) -> AreaSelector {
        let location = reader.location(of: node)
        if case .scalar(let scalar) = node {
            let name = scalar.string
            let kinds: [String: AreaSelector.Kind] = [
                "area": .area, "parent": .parent, "ancestors": .ancestors, "city": .city, "children": .children,
                "siblings": .siblings,
            ]
            guard let kind = kinds[name] else {
                throw .unknownName(location, kind: "area selection", name: name, known: Self.names)
            }
            return AreaSelector(kind: kind, location: location)
        }
        let fields = try reader.mapping(node, what: "an area selection")
        try fields.allowOnly(["level", "top"])
        if let level = fields["level"] {
            return AreaSelector(kind: .level(try reader.string(level, field: "level")), location: reader.location(of: level))
        }
        let top = try reader.mapping(try fields.required("top"), what: "top")
        try top.allowOnly(["count", "level", "by", "order"])
        let order = try top.string("order") ?? "descending"
        return AreaSelector(
            kind: .top(
                count: max(1, try top.int("count") ?? 10), level: try top.string("level") ?? "",
                indicator: try top.string("by") ?? "", descending: order != "ascending"),
            location: top.location)
    }

    func parseList(_ node: Node, field: String) throws(TemplateError) -> [AreaSelector] {
        var selectors: [AreaSelector] = []
        for item in try reader.sequence(node, field: field) { selectors.append(try parse(item)) }
        return selectors
    }
}

struct TablePlanParser {
    let reader: YAMLReader

    func parse(_ node: Node) throws(TemplateError) -> TablePlan {
        let fields = try reader.mapping(node, what: "table")
        try fields.allowOnly(["rows", "columns", "caption", "sort"])
        var columns: [ColumnPlan] = []
        for item in try reader.sequence(try fields.required("columns"), field: "columns") {
            if case .scalar(let scalar) = item {
                columns.append(ColumnPlan(indicator: Located(value: scalar.string, location: reader.location(of: item)), label: nil, show: "value"))
                continue
            }
            let column = try reader.mapping(item, what: "a table column")
            try column.allowOnly(["indicator", "label", "show"])
            let indicator = try column.required("indicator")
            let show = try column.string("show") ?? "value"
            guard ["value", "rank", "change", "count"].contains(show) else {
                throw .unknownName(column.location(of: "show"), kind: "column content", name: show, known: ["value", "rank", "change", "count"])
            }
            columns.append(ColumnPlan(
                indicator: Located(value: try reader.string(indicator, field: "indicator"), location: reader.location(of: indicator)),
                label: try column.string("label"), show: show))
        }
        let texts = TextFieldParser(reader: reader)
        return TablePlan(
            rows: try AreaSelectorParser(reader: reader).parseList(try fields.required("rows"), field: "rows"),
            columns: columns, caption: try texts.optional("caption", in: fields) ?? TextTemplate(segments: []),
            sortBy: try fields["sort"].map { (node: Node) throws(TemplateError) -> SortOrder in try texts.sortOrder(node) })
    }
}
