import CairoBridge

/// What a map legend shows, already worded and coloured; the drawing code renders it as it is.
public struct Legend: Sendable, Hashable {
    public var title: String?
    public var entries: [LegendEntry]

    public init(title: String? = nil, entries: [LegendEntry]) {
        self.title = title
        self.entries = entries
    }
}

/// One row of a legend: a swatch and its text.
public struct LegendEntry: Sendable, Hashable {
    /// The full text, e.g. "10,0 bis unter 20,0 % (12 Gebiete)".
    public var label: String
    public var color: Color
    /// How many areas the entry stands for, when known.
    public var count: Int?
    /// The entry for missing or suppressed values, drawn hatched.
    public var isMissing: Bool

    public init(label: String, color: Color, count: Int? = nil, isMissing: Bool = false) {
        self.label = label
        self.color = color
        self.count = count
        self.isMissing = isMissing
    }
}
