import IndicatorData
import Yams

/// `area`, `parent`, `ancestors`, `city`, `children`, `siblings`, `level: planungsraum` (with `within: city` for
/// every area of the level in the city), `top: { count: 10, level: planungsraum, by: kinderarmut }`.
struct AreaSelectorParser {
    let reader: YAMLReader

    /// Every word an area selection may start with: the single words, `level:` and `top:`.
    static let names = SelectorWord.words + ["level", "top"]

    func parse(_ node: Node) throws(TemplateError) -> AreaSelector {
        let location = reader.location(of: node)
        if case .scalar(let scalar) = node {
            guard let word = SelectorWord(rawValue: scalar.string) else {
                throw .unknownName(location, kind: SelectorWord.kind, name: scalar.string, known: Self.names)
            }
            return AreaSelector(kind: word.kind, location: location)
        }
        let fields = try reader.mapping(node, what: "an area selection")
        try fields.allowOnly(["level", "top", "within"])
        guard (fields["level"] == nil) != (fields["top"] == nil) else {
            throw .syntax(
                fields.location, "an area selection is either \"level:\" or \"top:\"",
                fix: "Keep one of them, or list two selections: [{ level: … }, { top: … }].")
        }
        if let level = fields["level"] {
            return AreaSelector(
                kind: .level(try reader.string(level, field: "level"), within: try within(fields)),
                location: reader.location(of: level))
        }
        if fields["within"] != nil {
            throw .syntax(
                fields.location(of: "within"), "\"within:\" of a \"top:\" selection belongs inside it",
                fix: "Write top: { count: 10, level: planungsraum, by: kinderarmut, within: city }.")
        }
        let top = try reader.mapping(try fields.required("top"), what: "top")
        try top.allowOnly(["count", "level", "by", "order", "within", "of"])
        let order = try top.word("order", SortDirection.self)?.value ?? .descending
        let count = try top.int("count") ?? 10
        guard count >= 1 else {
            throw .wrongType(top.location(of: "count"), field: "count", expected: "a whole number of 1 or more")
        }
        return AreaSelector(
            kind: .top(
                count: count, level: try reader.string(try top.required("level"), field: "level"),
                indicator: try reader.string(try top.required("by"), field: "by"), descending: order == .descending,
                within: try within(top), change: try top.word("of", RankMeasure.self)?.value == .change),
            location: top.location)
    }

    func parseList(_ node: Node, field: String) throws(TemplateError) -> [AreaSelector] {
        var selectors: [AreaSelector] = []
        for item in try reader.sequence(node, field: field) { selectors.append(try parse(item)) }
        return selectors
    }

    /// `areas: children` or `areas: [area, city]`: one selection or a list of them, read in order.
    func parseOneOrList(_ node: Node, field: String) throws(TemplateError) -> [AreaSelector] {
        if case .sequence = node { return try parseList(node, field: field) }
        return [try parse(node)]
    }

    /// `within: area` (the default), `parent` or `city`.
    private func within(_ fields: YAMLReader.Fields) throws(TemplateError) -> SelectionBound {
        try fields.word("within", SelectionBound.self)?.value ?? .area
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
                columns.append(
                    ColumnPlan(
                        indicator: Located(value: scalar.string, location: reader.location(of: item)), label: nil,
                        show: .value,
                        period: nil))
                continue
            }
            let column = try reader.mapping(item, what: "a table column")
            try column.allowOnly(["indicator", "label", "show", "period"])
            let indicator = try column.required("indicator")
            let show = try column.word("show", ColumnContent.self)?.value ?? .value
            columns.append(
                ColumnPlan(
                    indicator: Located(
                        value: try reader.string(indicator, field: "indicator"),
                        location: reader.location(of: indicator)),
                    label: try column.string("label"), show: show,
                    period: try column.string("period").map {
                        Located(value: $0, location: column.location(of: "period"))
                    }))
        }
        let texts = TextFieldParser(reader: reader)
        return TablePlan(
            rows: try AreaSelectorParser(reader: reader).parseList(try fields.required("rows"), field: "rows"),
            columns: columns, caption: try texts.optional("caption", in: fields) ?? .empty,
            sortBy: try fields["sort"].map { (node: Node) throws(TemplateError) -> SortOrder in
                try texts.sortOrder(node)
            })
    }
}

extension SelectorWord {
    var kind: AreaSelector.Kind {
        switch self {
        case .area: .area
        case .parent: .parent
        case .ancestors: .ancestors
        case .city: .city
        case .children: .children
        case .siblings: .siblings
        case .similar: .similar
        }
    }
}
