import CairoBridge
import IndicatorData

extension Palette {
    /// One colour per class of `classification`, the end that shows need dark (sequential) or warm (diverging):
    /// reversed when `polarity` is `.higherIsBetter` for a sequential palette, or `.higherIsWorse` for a diverging one.
    public func colors(
        for classification: Classification, polarity: Polarity, requireColorBlindSafe: Bool = true
    ) throws -> [Color] {
        try oriented(for: polarity, colors: checkedColors(count: classification.classCount, requireColorBlindSafe))
    }

    /// Colours for a diverging palette centred on `reference` (e.g. the city value): classes entirely below get
    /// one arm, classes entirely above the other, a class with the reference inside gets the neutral middle.
    /// The arms are as long as the longer side, so equal steps from the reference look equally strong.
    public func colors(
        for classification: Classification, centredOn reference: Double, polarity: Polarity,
        requireColorBlindSafe: Bool = true
    ) throws -> [Color] {
        guard kind == .diverging else { throw PaletteError.notDiverging(palette: name) }
        let count = classification.classCount
        let below = classification.breaks.count { $0 <= reference }
        let above = (0..<count).count { classification.lowerEnd(ofClass: $0) >= reference && $0 >= below }
        // The arms cannot be longer than the palette allows (RdBu has 11 colours, 5 on each side); classes
        // beyond that share the darkest colour of their side.
        let largest =
            requireColorBlindSafe ? min(definedCounts.upperBound, colorBlindSafeUpTo) : definedCounts.upperBound
        let arm = max(1, min(max(below, above, 1), (largest - 1) / 2))
        let colors = try oriented(for: polarity, colors: checkedColors(count: 2 * arm + 1, requireColorBlindSafe))
        return (0..<count).map { index in
            if index < below { return colors[max(0, arm - (below - index))] }
            if index >= count - above { return colors[min(2 * arm, arm + 1 + index - (count - above))] }
            return colors[arm]
        }
    }

    /// One colour per category of a categorical indicator, in the palette's order.
    public func colors(forCategories count: Int, requireColorBlindSafe: Bool = true) throws -> [Color] {
        try checkedColors(count: count, requireColorBlindSafe)
    }

    private func checkedColors(count: Int, _ requireColorBlindSafe: Bool) throws -> [Color] {
        guard !requireColorBlindSafe || isColorBlindSafe(count: count) else {
            throw PaletteError.notColorBlindSafe(palette: name, count: count, safeUpTo: colorBlindSafeUpTo)
        }
        return try colors(count: count)
    }

    /// Sequential palettes go light to dark and diverging ones warm to cool; need should be dark or warm.
    private func oriented(for polarity: Polarity, colors: [Color]) -> [Color] {
        switch (kind, polarity) {
        case (.sequential, .higherIsBetter), (.diverging, .higherIsWorse): colors.reversed()
        default: colors
        }
    }
}
