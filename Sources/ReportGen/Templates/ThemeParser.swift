import CairoBridge
import Foundation
import IndicatorData
import Layout
import Yams

/// The look of a report: fonts, colours, page geometry and logo, from the file a template names with `theme:`.
public struct ReportTheme: Sendable {
    public var theme: Theme
    public var pageSetup: PageSetup
    /// Shown on the title page.
    public var logo: PNGFigure?

    public static let standard = ReportTheme(theme: .standard, pageSetup: PageSetup(), logo: nil)
}

/// Reads a theme file:
///
/// ```yaml
/// font: Noto Sans
/// body-size: 10
/// colors: { text: "#1b1f24", accent: "#1f4e79", muted: "#5b6470", rule: "#a9b3be", zebra: "#f1f4f7" }
/// page: { size: a4-portrait, margins-mm: { top: 27, bottom: 27, left: 25, right: 25 } }
/// logo: logo.png
/// ```
struct ThemeParser {
    let reader: YAMLReader

    static func load(_ path: String, from location: SourceLocation) throws(TemplateError) -> ReportTheme {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
        else {
            throw .unreadableFile(
                location, reason: "the theme \(path) does not exist or is not UTF-8 text; check the path")
        }
        let reader = YAMLReader(source: SourceText(file: path, text: text))
        return try ThemeParser(reader: reader).parse(try reader.parse(text))
    }

    func parse(_ node: Node) throws(TemplateError) -> ReportTheme {
        let fields = try reader.mapping(node, what: "the theme")
        try fields.allowOnly(["font", "body-size", "colors", "page", "logo"])
        var theme = Theme.standard
        if let font = try fields.string("font") { theme.fontFamily = font }
        if let size = fields["body-size"] {
            guard let points = Double(try reader.string(size, field: "body-size")), (6...16).contains(points) else {
                throw .wrongType(
                    reader.location(of: size), field: "body-size", expected: "a size in points from 6 to 16")
            }
            theme.bodySize = points
            theme.smallSize = points - 2
        }
        if let colors = fields["colors"] {
            let entries = try reader.mapping(colors, what: "colors")
            try entries.allowOnly(["text", "accent", "muted", "rule", "zebra", "table-header"])
            func color(_ key: String) throws(TemplateError) -> Color? {
                guard let node = entries[key] else { return nil }
                guard let color = Color(hex: try reader.string(node, field: key)) else {
                    throw .wrongType(reader.location(of: node), field: key, expected: "a colour such as \"#1f4e79\"")
                }
                return color
            }
            theme.textColor = try color("text") ?? theme.textColor
            theme.accentColor = try color("accent") ?? theme.accentColor
            theme.mutedColor = try color("muted") ?? theme.mutedColor
            theme.ruleColor = try color("rule") ?? theme.ruleColor
            theme.zebraColor = try color("zebra") ?? theme.zebraColor
            theme.tableHeaderColor = try color("table-header") ?? theme.tableHeaderColor
        }
        var setup = PageSetup()
        if let page = fields["page"] { setup = try pageSetup(page) }
        var logo: PNGFigure?
        if let node = fields["logo"] {
            logo = try ImageFile.open(
                try reader.string(node, field: "logo"), relativeTo: reader.source.file,
                at: reader.location(of: node))
        }
        return ReportTheme(theme: theme, pageSetup: setup, logo: logo)
    }

    private func pageSetup(_ node: Node) throws(TemplateError) -> PageSetup {
        let page = try reader.mapping(node, what: "page")
        try page.allowOnly(["size", "margins-mm"])
        var setup = (try page.word("size", PageSizeName.self)?.value ?? .a4Portrait).setup
        if let margins = page["margins-mm"] {
            let sides = try reader.mapping(margins, what: "margins-mm")
            try sides.allowOnly(["top", "bottom", "left", "right"])
            func millimetres(_ key: String) throws(TemplateError) -> Double? {
                guard let node = sides[key] else { return nil }
                guard let value = Double(try reader.string(node, field: key)), (5...60).contains(value) else {
                    throw .wrongType(reader.location(of: node), field: key, expected: "millimetres from 5 to 60")
                }
                return value * 72 / 25.4
            }
            setup.marginTop = try millimetres("top") ?? setup.marginTop
            setup.marginBottom = try millimetres("bottom") ?? setup.marginBottom
            setup.marginLeft = try millimetres("left") ?? setup.marginLeft
            setup.marginRight = try millimetres("right") ?? setup.marginRight
        }
        return setup
    }
}

/// `page: { size: … }` of a theme.
enum PageSizeName: String, TemplateWord {
    case a4Portrait = "a4-portrait"
    case a4Landscape = "a4-landscape"
    case a5Portrait = "a5-portrait"
    case a5Landscape = "a5-landscape"
    static let kind = "page size"

    /// The page with its standard margins, as Layout publishes them.
    var setup: PageSetup {
        switch self {
        case .a4Portrait: PageSetup()
        case .a4Landscape: .a4Landscape
        case .a5Portrait: .a5Portrait
        case .a5Landscape: .a5Landscape
        }
    }
}
