import Formats
import Foundation
import IndicatorData
import Yams

/// Reads a template file into a `ReportPlan`; `include:` blocks are read from files relative to it.
public struct TemplateParser {
    /// How deep blocks (`columns:`, `for-each:`) and includes may be nested, and how many files one template
    /// may include in all: bounds that keep a template from growing without end (a file including itself, or ten
    /// files each including ten more).
    static let maximumDepth = 8
    static let maximumIncludes = 100

    private let includes = IncludeCount()

    public init() {}

    public func parse(fileAt path: String) throws(TemplateError) -> ReportPlan {
        includes.count = 0
        let (reader, root) = try load(path, from: nil)
        let top = try reader.mapping(root, what: "the template")
        try top.allowOnly(["report", "intro", "body", "closing"])
        let settings = try ReportSettingsParser(reader: reader).parse(try top.required("report"))
        let body = try parseBlocks(try top.required("body"), reader: reader, depth: 0)
        let intro = try top["intro"].map { (node: Node) throws(TemplateError) in
            try parseBlocks(node, reader: reader, depth: 0)
        }
        let closing = try top["closing"].map { (node: Node) throws(TemplateError) in
            try parseBlocks(node, reader: reader, depth: 0)
        }
        return ReportPlan(file: path, settings: settings, intro: intro ?? [], body: body, closing: closing ?? [])
    }

    private func load(_ path: String, from: SourceLocation?) throws(TemplateError) -> (YAMLReader, Node) {
        let at = from ?? SourceLocation(file: path, line: 0, column: 0)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw .unreadableFile(at, reason: "\(path) does not exist, is a folder or is not readable; check the path")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .unreadableFile(at, reason: "\(path) is not UTF-8 text; save it as UTF-8")
        }
        let source = SourceText(file: path, text: text)
        try source.refuseControlCharacters()
        let reader = YAMLReader(source: source)
        return (reader, try reader.parse(text))
    }

    func parseBlocks(_ node: Node, reader: YAMLReader, depth: Int) throws(TemplateError) -> [PlanBlock] {
        guard depth <= Self.maximumDepth else {
            throw .syntax(
                reader.location(of: node), "blocks and includes are nested more than \(Self.maximumDepth) deep",
                fix: "Nest fewer \"columns:\", \"for-each:\" and \"include:\" blocks inside each other.")
        }
        var blocks: [PlanBlock] = []
        for item in try reader.sequence(node, field: "body") {
            // The blocks without settings may be written as a bare word.
            if case .scalar(let scalar) = item, let keyword = BlockKeyword(rawValue: scalar.string),
                BlockKeyword.bare.contains(keyword)
            {
                blocks.append(
                    PlanBlock(kind: BlockParser.bareKind(keyword), condition: nil, location: reader.location(of: item)))
                continue
            }
            let fields = try reader.mapping(item, what: "a block")
            blocks += try BlockParser(reader: reader, parser: self, depth: depth).parse(fields, node: item)
        }
        return blocks
    }

    func parseInclude(_ node: Node, reader: YAMLReader, depth: Int) throws(TemplateError) -> [PlanBlock] {
        let location = reader.location(of: node)
        guard depth < Self.maximumDepth else {
            throw .syntax(
                location, "includes are nested more than \(Self.maximumDepth) deep",
                fix: "Check for a file that includes itself.")
        }
        includes.count += 1
        guard includes.count <= Self.maximumIncludes else {
            throw .syntax(
                location, "the template includes more than \(Self.maximumIncludes) files in all",
                fix: "Include fewer parts, or parts that do not include each other many times over.")
        }
        let name = try reader.string(node, field: "include")
        // Only template parts: the content of another file must never appear in a message.
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else {
            throw .syntax(
                location, "an include names a YAML template part, not \"\(name)\"",
                fix: "Name a file ending in .yaml or .yml.")
        }
        let (included, root) = try load(SourceText.path(of: name, relativeTo: reader.source.file), from: location)
        return try parseBlocks(root, reader: included, depth: depth + 1)
    }
}

/// How many files the current parse has included so far (a parse runs on one thread).
private final class IncludeCount {
    var count = 0
}

/// The `report:` section.
struct ReportSettingsParser {
    let reader: YAMLReader

    func parse(_ node: Node) throws(TemplateError) -> ReportSettings {
        let fields = try reader.mapping(node, what: "report")
        try fields.allowOnly([
            "title", "subtitle", "office", "date", "locale", "audience", "output", "file-name", "for-each", "period",
            "header", "number-headings", "theme", "sample", "formats", "contact", "params", "earlier-layouts",
            "similar",
        ])
        let texts = TextFieldParser(reader: reader)
        let audience = try fields.word("audience", Audience.self)?.value ?? .public
        let output = try fields.word("output", OutputMode.self)?.value ?? .perArea
        let parameters = try ParameterParser(reader: reader).parse(fields["params"])
        return ReportSettings(
            title: try texts.required("title", in: fields), subtitle: try texts.optional("subtitle", in: fields),
            office: try fields.string("office") ?? "", contact: try fields.string("contact") ?? "",
            date: try texts.optional("date", in: fields), parameters: parameters,
            parameterValues: try ParameterValues([], declared: parameters, at: fields.location, useSamples: true),
            locale: try fields.string("locale") ?? "de-DE", audience: audience, output: output,
            fileName: try texts.optional("file-name", in: fields), iteration: try parseIteration(fields["for-each"]),
            period: try fields.located("period"),
            header: try texts.optional("header", in: fields),
            numberHeadings: try fields.bool("number-headings") ?? false, theme: try theme(fields["theme"]),
            sample: try parseSample(fields["sample"]), formats: try parseFormats(fields["formats"]),
            earlierLayouts: try earlierLayouts(fields["earlier-layouts"]), similar: try similar(fields["similar"]))
    }

    /// The theme file named relative to the template.
    private func theme(_ node: Node?) throws(TemplateError) -> ReportTheme {
        guard let node else { return .standard }
        let name = try reader.string(node, field: "theme")
        let base = URL(fileURLWithPath: reader.source.file).deletingLastPathComponent()
        return try ThemeParser.load(
            name.hasPrefix("/") ? name : base.appendingPathComponent(name).path,
            from: reader.location(of: node))
    }

    /// `sample: [12345, 67890]`: the area keys or point numbers of the examples `reportgen demo` renders.
    private func parseSample(_ node: Node?) throws(TemplateError) -> [Located<String>] {
        guard let node else { return [] }
        var keys: [Located<String>] = []
        for item in try reader.sequence(node, field: "sample") {
            let key = try reader.string(item, field: "sample")
            keys.append(Located(value: key, location: reader.location(of: item)))
        }
        return keys
    }

    /// `formats: [pdf, html, xlsx]`: what `reportgen render` writes when no `--format` is given.
    private func parseFormats(_ node: Node?) throws(TemplateError) -> [OutputFormat] {
        guard let node else { return [.pdf] }
        var formats: [OutputFormat] = []
        for item in try reader.sequence(node, field: "formats") {
            let name = try reader.string(item, field: "formats")
            guard let format = OutputFormat(rawValue: name) else {
                throw .unknownName(
                    reader.location(of: item), kind: "format", name: name,
                    known: OutputFormat.allCases.map(\.rawValue))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats
    }

    private func parseIteration(_ node: Node?) throws(TemplateError) -> Iteration {
        guard let node else { return .city }
        let fields = try reader.mapping(node, what: "for-each")
        try fields.allowOnly(["level", "points", "filter", "sort"])
        let filter = try fields["filter"].map { (node: Node) throws(TemplateError) -> Expression in
            try TextFieldParser(reader: reader).expression(node, field: "filter")
        }
        if let points = fields["points"] {
            return .points(
                category: Located(
                    value: try reader.string(points, field: "points"), location: reader.location(of: points)),
                filter: filter)
        }
        let level = try fields.required("level")
        var sort = SortOrder(field: Located(value: "name", location: fields.location), descending: false)
        if let sortNode = fields["sort"] {
            sort = try TextFieldParser(reader: reader).sortOrder(sortNode)
        }
        return .areas(
            level: try reader.located(level, field: "level"),
            filter: filter, sort: sort)
    }
}

/// Text fields with `{{ … }}` expressions, conditions and sort orders.
struct TextFieldParser {
    let reader: YAMLReader

    func text(_ node: Node, field: String) throws(TemplateError) -> TextTemplate {
        let string = try reader.string(node, field: field)
        return try ExpressionParser(source: reader.source).parseText(string, at: reader.location(of: node))
    }

    func required(_ field: String, in fields: YAMLReader.Fields) throws(TemplateError) -> TextTemplate {
        try text(try fields.required(field), field: field)
    }

    func optional(_ field: String, in fields: YAMLReader.Fields) throws(TemplateError) -> TextTemplate? {
        guard let node = fields[field] else { return nil }
        return try text(node, field: field)
    }

    func expression(_ node: Node, field: String) throws(TemplateError) -> Expression {
        let string = try reader.string(node, field: field)
        let start = reader.source.locate(string.trimmingCharacters(in: .whitespaces), after: reader.location(of: node))
        return try ExpressionParser(source: reader.source).parseExpression(string, at: start)
    }

    /// `name`, `key`, `kinderarmut descending`.
    func sortOrder(_ node: Node) throws(TemplateError) -> SortOrder {
        let words = try reader.string(node, field: "sort").split(separator: " ").map(String.init)
        guard let field = words.first, words.count <= 2 else {
            throw .wrongType(
                reader.location(of: node), field: "sort",
                expected: "a field and optionally \"ascending\" or \"descending\"")
        }
        let direction = words.count == 2 ? words[1] : SortDirection.ascending.rawValue
        guard let parsed = SortDirection(rawValue: direction) else {
            throw .unknownName(
                reader.location(of: node), kind: SortDirection.kind, name: direction, known: SortDirection.words)
        }
        return SortOrder(
            field: Located(value: field, location: reader.location(of: node)), descending: parsed == .descending)
    }
}
