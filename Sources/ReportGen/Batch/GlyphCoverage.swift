import CairoBridge
import Layout

/// Finds the characters of a resolved document that no installed font can draw, so that `check` and `render` warn
/// instead of printing a box with a hex code. Fonts fall back through fontconfig: with Noto CJK and Noto Color
/// Emoji installed (scripts/setup.sh) Chinese, Japanese, Korean and emoji are drawn.
struct GlyphCoverage {
    let engine: TextEngine
    let style: TextStyle

    init(theme: Theme) {
        engine = TextEngine()
        style = TextStyle(font: Font(family: theme.fontFamily, size: theme.bodySize))
    }

    /// A warning per text with characters no font has, naming the report, the text and the characters.
    func findings(in document: Document, subject: String) -> [Finding] {
        Self.texts(of: document.blocks).compactMap { text in
            let missing = engine.undrawableCharacters(in: text, style: style)
            guard !missing.isEmpty else { return nil }
            let listed = missing.prefix(5).map { "\($0.codePoint) '\($0)'" }
            return Finding(
                severity: .warning, subject: subject, location: nil,
                message: "the text \"\(text.prefix(60))\" contains \(listed.joined(separator: ", ")), which no "
                    + "installed font can draw: it would print as a box. Fix: install a font that has it "
                    + "(scripts/setup.sh installs Noto CJK and Noto Color Emoji) or remove the character.")
        }
    }

    /// The plain text of every heading, paragraph, list item, table cell, caption and title of the blocks.
    static func texts(of blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(let heading): [heading.text]
            case .paragraph(let paragraph): [plain(paragraph.content)]
            case .list(let list): list.items.map(plain)
            case .table(let table):
                [table.caption, table.source] + (table.header + table.rows).flatMap { $0.cells.map(plain) }
            case .figure(let figure): [figure.caption, figure.source]
            case .figureRow(let figures): figures.flatMap { [$0.caption, $0.source] }
            case .titlePage(let page): [page.title, page.subtitle, page.office, page.date]
            case .columns(_, let inner): texts(of: inner)
            default: []
            }
        }.filter { !$0.isEmpty }
    }

    private static func plain(_ inlines: [Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text), .bold(let text), .italic(let text), .link(let text, _): text
            }
        }.joined()
    }
}
