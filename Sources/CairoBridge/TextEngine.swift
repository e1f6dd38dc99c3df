import CCairo

/// Lays out text with Pango at 72 units per inch (one unit is one point), with hinting off and glyph positions
/// not rounded, so that what is measured is exactly what is drawn on any surface.
///
/// One engine per thread: Pango contexts are not thread-safe.
public final class TextEngine {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    let context: OpaquePointer

    public init() {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_language(context, pango_language_from_string("de-de"))
        // Pango rounds glyph positions to whole device units (here: whole points) by default. With rounding, Pango
        // 1.50's line breaker decided from state each font map builds in its first layouts, and two font maps doing
        // those at the same time (two workers) left one of them measuring a break plus its hyphen too narrow: it
        // broke "Kinder-armut" 0,5 pt wider than the column, where one worker broke "Kin-derarmut" (issue 15). Not
        // rounding removes the difference (PDF positions glyphs exactly anyway), so workers shape in parallel.
        pango_context_set_round_glyph_positions(context, 0)
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// Lays out Pango markup (`<b>`, `<i>`, `<span …>`; text escaped with `TextMarkup.escape`) in `width`
    /// points, or on one line when `width` is nil. With `style.hyphenates`, words break at their syllables, and
    /// the laid-out text keeps a soft hyphen (U+00AD) only where a line actually broke, so that the PDF's text
    /// layer holds whole words everywhere else.
    public func layout(markup: String, style: TextStyle, width: Double?) -> TextLayout {
        let plain = trimmed(TextLayout(engine: self, markup: markup, style: style, width: width), of: markup)
        guard style.hyphenates, width != nil, plain.lines.count > 1, let hyphenator = Hyphenator.german else {
            return plain
        }
        let hyphenated = hyphenator.softHyphenated(markup: markup)
        let trial = TextLayout(engine: self, markup: hyphenated, style: style, width: width)
        guard !trial.softHyphensAtLineEnds.isEmpty else { return plain }
        return trimmed(trial, of: hyphenated)
    }

    /// `layout` (of `markup`) without the soft hyphens at which no line broke, whether the hyphenator or the
    /// text itself put them there (a template may write "Kinder\u{AD}armut"); `layout` itself when removing them
    /// would change its lines.
    private func trimmed(_ layout: TextLayout, of markup: String) -> TextLayout {
        let used = layout.softHyphensAtLineEnds
        guard markup.unicodeScalars.contains("\u{AD}"),
            used.count < markup.unicodeScalars.filter({ $0 == "\u{AD}" }).count
        else { return layout }
        let kept = TextLayout(
            engine: self, markup: Self.keepingSoftHyphens(used, in: markup), style: layout.style, width: layout.width)
        return kept.lines.count == layout.lines.count ? kept : layout
    }

    /// `markup` without its soft hyphens but those whose ordinals (0-based, in order of appearance) are in `kept`.
    static func keepingSoftHyphens(_ kept: Set<Int>, in markup: String) -> String {
        var result = String.UnicodeScalarView()
        var ordinal = 0
        for scalar in markup.unicodeScalars {
            if scalar == "\u{AD}" {
                if kept.contains(ordinal) { result.append(scalar) }
                ordinal += 1
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Lays out plain text (no markup interpretation).
    public func layout(text: String, style: TextStyle, width: Double?) -> TextLayout {
        layout(markup: TextMarkup.escape(text), style: style, width: width)
    }

    /// Throws when `family` is not installed, instead of letting fontconfig silently substitute another font.
    public func requireFont(_ family: String) throws(CairoError) {
        let description = Font(family: family, size: 10).makeDescription()
        defer { pango_font_description_free(description) }
        guard let font = pango_font_map_load_font(fontMap, context, description) else {
            throw Self.missingFont(family, found: "no font at all")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(font)) }
        let loaded = pango_font_describe(font)
        defer { pango_font_description_free(loaded) }
        let found = pango_font_description_get_family(loaded).map { String(cString: $0) } ?? ""
        guard found.lowercased() == family.lowercased() else { throw Self.missingFont(family, found: found) }
    }

    private static func missingFont(_ family: String, found: String) -> CairoError {
        CairoError(
            operation: "loading the font \"\(family)\"", reason: "it is not installed (fontconfig offers \(found))",
            remedy: "Install it (e.g. `apt-get install fonts-noto-core` for Noto Sans) or name an installed font "
                + "in the theme; `fc-list : family` lists the installed families.")
    }
}

@available(*, unavailable, message: "Pango contexts are not thread-safe: create one TextEngine per thread")
extension TextEngine: Sendable {}

/// Escaping of text placed inside Pango markup.
public enum TextMarkup {
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "'": escaped += "&apos;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }
}

extension TextEngine {
    /// The characters of `text` that no installed font can draw (Pango would show them as a box with the hex
    /// code), in order of first appearance. Pango falls back from the style's font to every font fontconfig knows,
    /// so this is empty whenever some font has the character (Noto CJK for Chinese, Noto Color Emoji for emoji).
    /// The corresponding C function is `pango_layout_get_unknown_glyphs_count`.
    public func undrawableCharacters(in text: String, style: TextStyle) -> [Unicode.Scalar] {
        func unknown(_ part: String) -> Bool {
            let layout = TextLayout(engine: self, markup: TextMarkup.escape(part), style: style, width: nil)
            return pango_layout_get_unknown_glyphs_count(layout.layout) > 0
        }
        guard unknown(text) else { return [] }
        var seen: Set<Unicode.Scalar> = []
        return text.unicodeScalars.filter { scalar in
            !scalar.properties.isWhitespace && seen.insert(scalar).inserted && unknown(String(scalar))
        }
    }
}
