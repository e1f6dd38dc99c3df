import CairoBridge
import Layout

/// How legend labels are worded.
public struct LegendFormat: Sendable, Hashable {
    /// Printed after the numbers with a no-break space: "%", "Einwohner je km²"; nil for none.
    public var unit: String?
    /// The indicator's decimals; more are used only where fewer would print two class limits alike.
    public var decimals: Int
    /// "unter 10,0 %" and "40,0 % und mehr" instead of the data's minimum and maximum at the ends.
    public var openEnds: Bool
    /// Counts as "(12 Gebiete)", "(1 Gebiet)"; nil prints no counts.
    public var countNoun: CountNoun?
    /// The text of the entry for missing or suppressed values.
    public var missingLabel: String
    /// The swatch colour of that entry (drawn hatched).
    public var missingColor: Color
    /// Whether the missing entry is listed when no value is missing.
    public var listsMissingWhenNone: Bool

    public init(
        unit: String? = nil, decimals: Int = 1, openEnds: Bool = true, countNoun: CountNoun? = .areas,
        missingLabel: String = "k. A. – Datenschutz oder keine Daten", missingColor: Color = .white,
        listsMissingWhenNone: Bool = false
    ) {
        self.unit = unit
        self.decimals = decimals
        self.openEnds = openEnds
        self.countNoun = countNoun
        self.missingLabel = missingLabel
        self.missingColor = missingColor
        self.listsMissingWhenNone = listsMissingWhenNone
    }
}

/// The noun counted in a legend, in singular and plural.
public struct CountNoun: Sendable, Hashable {
    public var singular: String
    public var plural: String

    public init(singular: String, plural: String) {
        self.singular = singular
        self.plural = plural
    }

    public static let areas = CountNoun(singular: "Gebiet", plural: "Gebiete")

    /// "(1 Gebiet)", "(12 Gebiete)", "(1.250 Gebiete)".
    public func phrase(_ count: Int) -> String {
        "(" + GermanNumberFormat.number(Double(count)) + " " + (count == 1 ? singular : plural) + ")"
    }
}
