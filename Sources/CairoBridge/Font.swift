import CCairo

/// A font request: family, size in points, weight and style.
public struct Font: Hashable, Sendable {
    public enum Weight: Hashable, Sendable { case regular, semibold, bold }
    public enum Style: Hashable, Sendable { case normal, italic }

    public var family: String
    public var size: Double
    public var weight: Weight
    public var style: Style

    public init(family: String, size: Double, weight: Weight = .regular, style: Style = .normal) {
        self.family = family
        self.size = size
        self.weight = weight
        self.style = style
    }

    public func with(size: Double? = nil, weight: Weight? = nil, style: Style? = nil) -> Font {
        Font(family: family, size: size ?? self.size, weight: weight ?? self.weight, style: style ?? self.style)
    }

    /// A new Pango description; the caller frees it with `pango_font_description_free`.
    func makeDescription() -> OpaquePointer {
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, family)
        pango_font_description_set_absolute_size(description, max(size, 0.1) * Double(PANGO_SCALE))
        let pangoWeight: PangoWeight =
            switch weight {
            case .regular: PANGO_WEIGHT_NORMAL
            case .semibold: PANGO_WEIGHT_SEMIBOLD
            case .bold: PANGO_WEIGHT_BOLD
            }
        pango_font_description_set_weight(description, pangoWeight)
        pango_font_description_set_style(description, style == .italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        return description
    }
}

/// How the lines of a paragraph sit between its left and right edges.
public enum TextAlignment: Hashable, Sendable {
    case left, center, right, justified
}

/// Everything Pango needs to lay out a run of text besides the text itself.
public struct TextStyle: Hashable, Sendable {
    public var font: Font
    public var color: Color
    public var alignment: TextAlignment
    /// Distance between baselines as a multiple of the font's natural line height (1.0 = Pango's default).
    public var lineSpacing: Double
    /// Whether long words may break at German syllable boundaries (see `Hyphenator`).
    public var hyphenates: Bool

    public init(
        font: Font, color: Color = .black, alignment: TextAlignment = .left, lineSpacing: Double = 1.0,
        hyphenates: Bool = false
    ) {
        self.font = font
        self.color = color
        self.alignment = alignment
        self.lineSpacing = lineSpacing
        self.hyphenates = hyphenates
    }
}
