import CairoBridge
import Layout

/// Finds the characters of a resolved document that no installed font can draw, so that `check` and `render` warn
/// instead of printing a box with a hex code. Fonts fall back through fontconfig: with Noto CJK and Noto Color
/// Emoji installed (scripts/setup.sh) Chinese, Japanese, Korean and emoji are drawn.
struct GlyphCoverage {
    let engine: TextEngine
    let style: TextStyle
    /// Whether each character met so far can be drawn: a run asks Pango once per character, not once per text
    /// of every document (one `GlyphCoverage` per thread, as the engine is not shared).
    private var drawable: [Unicode.Scalar: Bool] = [:]

    init(theme: Theme) {
        engine = TextEngine()
        style = TextStyle(font: Font(family: theme.fontFamily, size: theme.bodySize))
    }

    /// A warning per text with characters no font has, naming the report, the text and the characters.
    mutating func findings(in document: Document, subject: String) -> [Finding] {
        var findings: [Finding] = []
        for text in Self.texts(of: document.blocks) {
            let missing = undrawable(in: text)
            guard !missing.isEmpty else { continue }
            let listed = missing.prefix(5).map { "\($0.codePoint) '\($0)'" }
            findings.append(
                Finding(
                    severity: .warning, subject: subject, location: nil,
                    message: "the text \"\(text.prefix(60))\" contains \(listed.joined(separator: ", ")), which no "
                        + "installed font can draw: it would print as a box. Fix: install a font that has it "
                        + "(scripts/setup.sh installs Noto CJK and Noto Color Emoji) or remove the character."))
        }
        return findings
    }

    /// The characters of `text` no font can draw, in order of first appearance.
    private mutating func undrawable(in text: String) -> [Unicode.Scalar] {
        var unknown: [Unicode.Scalar] = []
        for scalar in text.unicodeScalars where drawable[scalar] == nil && !unknown.contains(scalar) {
            unknown.append(scalar)
        }
        if !unknown.isEmpty {
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: unknown)
            let missing = Set(engine.undrawableCharacters(in: String(scalars), style: style))
            for scalar in unknown { drawable[scalar] = !missing.contains(scalar) }
        }
        var seen: Set<Unicode.Scalar> = []
        return text.unicodeScalars.filter { drawable[$0] == false && seen.insert($0).inserted }
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
