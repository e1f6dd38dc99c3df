import IndicatorData

extension Palette {
    /// Every palette, in the order they are offered to users.
    public static let all: [Palette] = [
        blues, greens, oranges, purples, reds, greys, ylGnBu, ylOrRd, puBu,
        rdBu, brBG, puOr, rdYlBu,
        set2, dark2, paired,
    ]

    /// The colour-blind safe default for each kind of data.
    public static func standard(for kind: Kind) -> Palette {
        switch kind {
        case .sequential: blues
        case .diverging: rdBu
        case .qualitative: set2
        }
    }

    /// The palette a template names, ignoring case, spaces and dashes ("blues", "YlOrRd", "rd-bu").
    public static func named(_ name: String) throws -> Palette {
        let wanted = normalized(name)
        if let palette = all.first(where: { normalized($0.name) == wanted }) { return palette }
        let suggestion = Suggestions.nearest(to: name, in: all.map(\.name), limit: 1).first
        throw PaletteError.unknownPalette(name: name, suggestion: suggestion, known: all.map(\.name))
    }

    private static func normalized(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
