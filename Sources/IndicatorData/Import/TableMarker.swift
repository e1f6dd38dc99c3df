/// The signs of the Zeichenerklärung of official statistics, each kept with its meaning: "–" is a true zero,
/// "." and "x" are k. A. with their reason, "…" is a value that is published later.
package enum TableMarker {
    package enum Meaning: String, CaseIterable, Decodable {
        /// "–": nichts vorhanden (genau null).
        case zero
        /// An empty cell or a sign without a meaning of its own.
        case missing
        /// ".": Zahlenwert unbekannt oder geheimzuhalten.
        case secret
        /// "x": Tabellenfach gesperrt, weil Aussage nicht sinnvoll.
        case locked
        /// "…": Angabe fällt später an.
        case later
        /// A value the source marks as unusable (e.g. -9999).
        case invalid

        var status: ValueStatus {
            switch self {
            case .zero: .valid
            case .missing, .later: .missing
            case .secret, .locked: .suppressed
            case .invalid: .invalid
            }
        }

        /// The explanation stored with the value, so that a table can explain the signs it shows.
        func note(sign: String) -> String? {
            meaning.map { "\(sign) = \($0)" }
        }

        /// The meaning a value's note gives, when the note is one the import wrote for a sign.
        package init?(note: String) {
            guard let found = Self.allCases.first(where: { $0.meaning.map { note.hasSuffix(" = \($0)") } ?? false })
            else {
                return nil
            }
            self = found
        }

        /// The words of the Zeichenerklärung of official statistics.
        package var meaning: String? {
            switch self {
            case .zero: "nichts vorhanden (genau null)"
            case .missing: nil
            case .secret: "Zahlenwert unbekannt oder geheimzuhalten"
            case .locked: "Tabellenfach gesperrt, weil Aussage nicht sinnvoll"
            case .later: "Angabe fällt später an"
            case .invalid: "ungültig"
            }
        }
    }
}
