/// Why a legend could not be built.
public enum LegendError: Error, Hashable, Sendable, CustomStringConvertible {
    case colorCountMismatch(entries: Int, colors: Int)
    case countMismatch(categories: Int, counts: Int)

    public var description: String {
        switch self {
        case .colorCountMismatch(let entries, let colors):
            return "The legend has \(entries) entries but \(colors) colours: take the colours from the same "
                + "classification (Palette.colors(for:polarity:))."
        case .countMismatch(let categories, let counts):
            return "The legend has \(categories) categories but \(counts) counts: give one count per category."
        }
    }
}
