/// Why colours could not be chosen; each message says how to fix it.
public enum PaletteError: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownPalette(name: String, suggestion: String?, known: [String])
    case unsupportedCount(palette: String, requested: Int, available: ClosedRange<Int>)
    case notDiverging(palette: String)
    case notColorBlindSafe(palette: String, count: Int, safeUpTo: Int)

    public var description: String {
        switch self {
        case .unknownPalette(let name, let suggestion, let known):
            let hint = suggestion.map { "Did you mean \"\($0)\"? " } ?? ""
            return "There is no palette \"\(name)\". \(hint)Known palettes: \(known.joined(separator: ", "))."
        case .unsupportedCount(let palette, let requested, let available):
            return "\(palette) has colours for \(available.upperBound) classes at most, \(requested) were asked for: "
                + "choose fewer classes (at least 1)."
        case .notDiverging(let palette):
            return "\(palette) is not a diverging palette: centring on a reference value needs one of "
                + "RdBu, BrBG, PuOr, RdYlBu."
        case .notColorBlindSafe(let palette, let count, let safeUpTo):
            return "\(palette) with \(count) colours is not colour-blind safe (it is up to \(safeUpTo)): "
                + "use fewer classes, a sequential or diverging palette, or allow unsafe colours explicitly."
        }
    }
}
