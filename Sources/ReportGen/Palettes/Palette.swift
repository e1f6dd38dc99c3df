import CairoBridge

/// A ColorBrewer colour scheme: for each class count it supports, colours from the first class to the last.
public struct Palette: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Ordered data from low to high: light to dark.
        case sequential
        /// Data around a reference value; index 0 is the warm (red, brown, orange) end.
        case diverging
        /// Categories without order.
        case qualitative
    }

    public let name: String
    public let kind: Kind
    /// Up to this many classes ColorBrewer rates the scheme colour-blind safe.
    public let colorBlindSafeUpTo: Int
    private let colorSets: [[Color]]

    /// `colors` holds one `0xRRGGBB` list per class count, from the smallest count up without gaps.
    init(name: String, kind: Kind, colorBlindSafeUpTo: Int, colors: [[UInt32]]) {
        self.name = name
        self.kind = kind
        self.colorBlindSafeUpTo = colorBlindSafeUpTo
        colorSets = colors.map { $0.map(Color.init(rgb:)) }
    }

    /// The class counts ColorBrewer defines colours for (smaller counts take colours from the smallest set).
    public var definedCounts: ClosedRange<Int> {
        let smallest = colorSets.first?.count ?? 0
        return smallest...(colorSets.last?.count ?? smallest)
    }

    public func isColorBlindSafe(count: Int) -> Bool {
        count <= colorBlindSafeUpTo
    }

    /// `count` colours from the first class to the last. Counts below the smallest set take evenly spaced colours
    /// of that set (for a diverging scheme with one class: its neutral middle).
    public func colors(count: Int) throws -> [Color] {
        guard count >= 1, count <= definedCounts.upperBound, let smallest = colorSets.first else {
            throw PaletteError.unsupportedCount(palette: name, requested: count, available: definedCounts)
        }
        if count >= definedCounts.lowerBound {
            return colorSets[count - definedCounts.lowerBound]
        }
        guard count > 1 else { return [smallest[smallest.count / 2]] }
        let last = smallest.count - 1
        return (0..<count).map { smallest[($0 * last + (count - 1) / 2) / (count - 1)] }
    }
}

extension Color {
    /// A colour from `0xRRGGBB`.
    init(rgb: UInt32) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255, green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255)
    }
}
