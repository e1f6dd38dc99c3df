/// Words for change over time: the direction of a change and what limits the comparison of two periods.
extension GermanNarrative {
    /// "seit dem 31.12.2017 um 2,1 Prozentpunkte gestiegen", "… gesunken", "seit dem 31.12.2017 nahezu unverändert
    /// geblieben (+0,2 Prozentpunkte)" when the change is smaller than `threshold` (or rounds to zero).
    /// `amount` is the printed size of the change without sign, `signed` with it.
    static func trend(rising: Bool, amount: String, signed: String, since: String, unchanged: Bool) -> String {
        if unchanged { return "seit dem \(since) nahezu unverändert geblieben (\(signed))" }
        return "seit dem \(since) um \(amount) \(rising ? "gestiegen" : "gesunken")"
    }

    /// "neue Gebietsabgrenzung", "Gebiet damals anders abgegrenzt", "Gebiet hieß damals „Alt-Name“", "andere
    /// Datenquelle".
    static func seriesBreak(_ reason: SeriesBreak) -> String {
        switch reason {
        case .layout: "neue Gebietsabgrenzung"
        case .reshaped: "Gebiet damals anders abgegrenzt"
        case .renamed(let name): "Gebiet hieß damals „\(name)“"
        case .source: "andere Datenquelle"
        }
    }

    /// The mark of a break in a chart: "Bruch: neue Gebietsabgrenzung, andere Datenquelle".
    static func seriesBreakLabel(_ breaks: [SeriesBreak]) -> String {
        "Bruch: " + breaks.map(seriesBreak).joined(separator: ", ")
    }

    /// After a change across a break, in a table cell; the note under the table says why.
    static let breakMark = "\u{00B9}"

    /// What a value across a break in its series is.
    static let limited = "eingeschränkt vergleichbar"

    /// "eingeschränkt vergleichbar: neue Gebietsabgrenzung, andere Datenquelle"; empty without a break.
    static func limitedComparability(_ breaks: [SeriesBreak]) -> String {
        breaks.isEmpty ? "" : "\(limited): " + breaks.map(seriesBreak).joined(separator: ", ")
    }
}
