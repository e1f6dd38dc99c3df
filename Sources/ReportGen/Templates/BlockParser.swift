import IndicatorData
import Yams

/// One entry of `body:`: exactly one block keyword (`heading:`, `text:`, `map:` …), optionally `when:`.
struct BlockParser {
    let reader: YAMLReader
    let parser: TemplateParser
    let depth: Int

    /// The blocks an entry stands for: one, or the blocks of an included file.
    func parse(_ fields: YAMLReader.Fields, node: Node) throws(TemplateError) -> [PlanBlock] {
        let location = reader.location(of: node)
        let (keyword, value) = try self.keyword(of: fields, at: location)
        if keyword == .include {
            try fields.allowOnly([BlockKeyword.include.rawValue], what: "an include block")
            return try parser.parseInclude(value, reader: reader, depth: depth)
        }
        let condition = try fields["when"].map { (node: Node) throws(TemplateError) -> Expression in
            try TextFieldParser(reader: reader).expression(node, field: "when")
        }
        return [PlanBlock(kind: try kind(keyword, value, fields: fields), condition: condition, location: location)]
    }

    /// The one block keyword of the entry; a second one, or a field that is neither, is an error.
    private func keyword(of fields: YAMLReader.Fields, at location: SourceLocation) throws(TemplateError) -> (
        BlockKeyword, Node
    ) {
        let candidates = fields.entries.filter { $0.key != "when" }
        guard let entry = candidates.first else {
            throw .syntax(
                location, "the block is empty",
                fix: "Start it with one of: \(BlockKeyword.words.joined(separator: ", ")).")
        }
        guard let keyword = BlockKeyword(rawValue: entry.key) else {
            throw .unknownName(
                reader.location(of: entry.keyNode), kind: BlockKeyword.kind, name: entry.key, known: BlockKeyword.words)
        }
        // `- heading: Titel` may give its level beside it: `level: 2`.
        let allowed = keyword == .heading ? ["when", "level"] : ["when"]
        for other in candidates.dropFirst() where !allowed.contains(other.key) {
            if BlockKeyword(rawValue: other.key) != nil {
                throw .syntax(
                    reader.location(of: other.keyNode),
                    "a block has one kind, but this one is both \"\(entry.key)\" and \"\(other.key)\"",
                    fix: "Write them as two blocks, each starting with \"- \".")
            }
            throw .unknownName(
                reader.location(of: other.keyNode), kind: "field of a \(entry.key) block", name: other.key,
                known: [entry.key] + allowed)
        }
        return (keyword, entry.value)
    }

    private func kind(_ keyword: BlockKeyword, _ value: Node, fields: YAMLReader.Fields) throws(TemplateError)
        -> PlanBlock.Kind
    {
        let texts = TextFieldParser(reader: reader)
        switch keyword {
        case .titlePage, .pageBreak, .impressum, .signature:
            try noSettings(value, keyword)
            return Self.bareKind(keyword)
        case .textFile: return .textFile(try textFile(value))
        case .keyFigures: return .keyFigures(try keyFigures(value))
        case .catchment: return .catchment(try catchment(value))
        case .indexMethod:
            return .indexMethod(try reader.located(value, field: keyword.rawValue))
        case .needs: return .needs(try needs(value))
        case .contents: return .contents(title: try reader.string(value, field: keyword.rawValue))
        case .heading:
            guard case .mapping = value else {
                return .heading(try texts.text(value, field: "heading"), level: try level(fields))
            }
            let heading = try reader.mapping(value, what: "heading")
            try heading.allowOnly(["text", "level"])
            return .heading(try texts.required("text", in: heading), level: try level(heading))
        case .text, .note: return .text(try texts.text(value, field: keyword.rawValue), small: keyword == .note)
        case .list, .numberedList:
            var items: [TextTemplate] = []
            for item in try reader.sequence(value, field: keyword.rawValue) {
                items.append(try texts.text(item, field: keyword.rawValue))
            }
            return .list(items, ordered: keyword == .numberedList)
        case .table: return .table(try TablePlanParser(reader: reader).parse(value))
        case .chart, .map: return .figure(try FigurePlanParser(reader: reader).parse(value, isMap: keyword == .map))
        case .figures: return .figures(try figures(value))
        case .image:
            let image = try reader.mapping(value, what: "image")
            try image.allowOnly(["path", "caption"])
            let path = try image.required("path")
            let name = try reader.string(path, field: "path")
            _ = try ImageFile.open(name, relativeTo: reader.source.file, at: reader.location(of: path))
            return .image(
                path: Located(value: name, location: reader.location(of: path)),
                caption: try texts.optional("caption", in: image) ?? .empty)
        case .indicatorOverview: return .indicatorOverview(try indicatorOverview(value))
        case .columns:
            let section = try reader.mapping(value, what: "columns")
            try section.allowOnly(["count", "body"])
            let count = try section.int("count") ?? 2
            guard (1...4).contains(count) else {
                throw .wrongType(section.location(of: "count"), field: "count", expected: "a whole number from 1 to 4")
            }
            return .columns(
                count, try parser.parseBlocks(try section.required("body"), reader: reader, depth: depth + 1))
        case .forEach:
            let loop = try reader.mapping(value, what: "for-each")
            try loop.allowOnly(["areas", "body"])
            let selector = try AreaSelectorParser(reader: reader).parse(try loop.required("areas"))
            return .forEach(
                selector, try parser.parseBlocks(try loop.required("body"), reader: reader, depth: depth + 1))
        case .include:
            throw .syntax(
                reader.location(of: value), "an include cannot stand inside another block",
                fix: "Write \"- include: file.yaml\" as a block of its own.")
        }
    }

    /// The kind of a block written as a bare word (`- page-break`).
    static func bareKind(_ keyword: BlockKeyword) -> PlanBlock.Kind {
        switch keyword {
        case .pageBreak: .pageBreak
        case .impressum: .impressum
        case .signature: .signature
        default: .titlePage
        }
    }

    /// `- title-page`, `- page-break`, `- impressum` and `- signature` take no settings.
    private func noSettings(_ value: Node, _ keyword: BlockKeyword) throws(TemplateError) {
        guard case .scalar(let scalar) = value, ["", "~", "null"].contains(scalar.string) else {
            throw .wrongType(
                reader.location(of: value), field: keyword.rawValue,
                expected: "written alone, without settings: \"- \(keyword.rawValue)\"")
        }
    }

    private func level(_ fields: YAMLReader.Fields) throws(TemplateError) -> Int {
        let level = try fields.int("level") ?? 1
        guard (1...3).contains(level) else {
            throw .wrongType(fields.location(of: "level"), field: "level", expected: "1, 2 or 3")
        }
        return level
    }

    private func figures(_ node: Node) throws(TemplateError) -> [FigurePlan] {
        var figures: [FigurePlan] = []
        for item in try reader.sequence(node, field: "figures") {
            let figure = try reader.mapping(item, what: "a figure")
            let keys = figure.entries.map(\.key)
            guard keys.count == 1, let key = keys.first, key == "chart" || key == "map" else {
                try figure.allowOnly(["chart", "map"])
                throw .syntax(
                    figure.location, "each entry of \"figures:\" is one chart or one map",
                    fix: "Write each as its own entry: \"- chart: …\" or \"- map: …\".")
            }
            figures.append(try FigurePlanParser(reader: reader).parse(try figure.required(key), isMap: key == "map"))
        }
        return figures
    }

    private func indicatorOverview(_ node: Node) throws(TemplateError) -> IndicatorOverviewPlan {
        let fields = try reader.mapping(node, what: "indicator-overview")
        try fields.allowOnly(["area", "caption", "empty", "gaps"])
        let texts = TextFieldParser(reader: reader)
        return IndicatorOverviewPlan(
            modelArea: try fields.located("area"),
            caption: try texts.optional("caption", in: fields) ?? .empty,
            empty: try texts.optional("empty", in: fields), gaps: try fields.bool("gaps") ?? false)
    }
}
