import Foundation
import Layout

/// The German phrases that report text is made of: comparisons, ranks, plurals. Wording describes
/// need, not blame: "über dem städtischen Durchschnitt", never "schlechter als".
public enum GermanNarrative {
    /// "über dem", "unter dem" or "etwa auf dem Niveau des" — followed by the reference ("städtischen
    /// Durchschnitts" / "Durchschnitt des Bezirks") in the caller's sentence. `tolerance` is relative:
    /// 0.05 means within ±5 % of the reference counts as "etwa auf dem Niveau".
    public static func comparison(_ value: Double, to reference: Double, tolerance: Double = 0.05) -> Comparison {
        guard value.isFinite, reference.isFinite else { return .unknown }
        let band = abs(reference) * max(0, tolerance)
        if abs(value - reference) <= band { return .level }
        return value > reference ? .above : .below
    }

    public enum Comparison: Sendable {
        case above, below, level, unknown

        /// The phrase before a masculine/neuter genitive-taking reference, e.g. "über dem städtischen Durchschnitt".
        public func phrase(reference: String) -> String {
            switch self {
            case .above: "über dem \(reference)"
            case .below: "unter dem \(reference)"
            case .level: "etwa auf dem Niveau des \(genitive(reference))"
            case .unknown: "ohne Vergleich zum \(reference)"
            }
        }

        /// "städtischen Durchschnitt" → "städtischen Durchschnitts", "Durchschnitt von Mitte" → "Durchschnitts von Mitte".
        private func genitive(_ reference: String) -> String {
            guard let range = reference.range(of: "Durchschnitt") else { return reference }
            return reference.replacingCharacters(in: range, with: "Durchschnitts")
        }
    }

    /// "an 6. Stelle von 10 (höchster Anteil zuerst)": the place, among how many, and which end comes first, so
    /// that a rank cannot be read the wrong way round. `share` names the values Anteil (a percentage), else Wert.
    public static func position(_ rank: Int, of count: Int, share: Bool) -> String {
        guard rank >= 1, count >= rank else { return "ohne Rang" }
        return "an \(rank). Stelle von \(count) (\(share ? "höchster Anteil" : "höchster Wert") zuerst)"
    }

    /// "den höchsten Wert", "den zweithöchsten Wert", …; `descending: false` gives "niedrigsten".
    /// From rank 4 on: "den 4.-höchsten Wert" reads badly, so it says "den Rang 4 von 12".
    public static func rankPhrase(_ rank: Int, of count: Int, highest: Bool = true) -> String {
        let word = highest ? "höchsten" : "niedrigsten"
        switch rank {
        case 1: return "den \(word) Wert"
        case 2: return "den zweit\(word) Wert"
        case 3: return "den dritt\(word) Wert"
        default: return "Rang \(rank) von \(count)"
        }
    }

    /// "1 Kita", "3 Kitas", "keine Kita".
    public static func counted(_ count: Int, singular: String, plural: String) -> String {
        switch count {
        case 0: "keine \(singular)"
        case 1: "1 \(singular)"
        default: "\(GermanNumberFormat.number(Double(count))) \(plural)"
        }
    }

    /// "A", "A und B", "A, B und C".
    public static func enumeration(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " und " + last
    }

    /// "+1,23", "−0,45", "±0,00": a contribution or limit in standard deviations, with its sign.
    public static func signed(_ value: Double, decimals: Int) -> String {
        let magnitude = GermanNumberFormat.number(abs(value), decimals: decimals)
        if magnitude.allSatisfy({ $0 == "0" || $0 == "," }) { return "±" + magnitude }
        return (value > 0 ? "+" : "−") + magnitude
    }

    /// The sentence for a value that must not be shown.
    public static let suppressed = "aus Datenschutzgründen nicht ausgewiesen"
    /// What tables, legends and text show instead of a suppressed or missing value.
    public static let notAvailable = "k. A."
    /// The Zeichenerklärung under a table: the title, what "k. A." stands for, and a table's other signs.
    static let signKey = "Zeichenerklärung"
    static let notAvailableMeaning = "keine Angabe"
    static let invalidMeaning = "ungültig oder auf zu kleiner Basis"
    /// A true zero the source marked "–" (nichts vorhanden), and a value it publishes later.
    static let exactlyZero = "–"
    static let publishedLater = "…"
    /// Added to a table's caption where it continues on a new page.
    public static let continuation = "(Fortsetzung)"
}
