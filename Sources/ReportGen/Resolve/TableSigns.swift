import IndicatorData

/// The signs a table prints instead of a number, and the Zeichenerklärung under the table that explains the ones
/// it used: "–" for a true zero the source marked so, "…" for a value the source publishes later, "k. A." for
/// anything else that is not shown, with the reasons its cells have (secret, locked, invalid).
struct TableSigns {
    private var zero = false
    private var later = false
    private var notAvailable = false
    /// The reasons of the "k. A." cells, in the order they first appear.
    private var reasons: [String] = []

    /// The sign a value's cell prints instead of its number; nil when the number is shown.
    mutating func sign(for value: IndicatorValue) -> String? {
        let marker = value.note.flatMap(TableMarker.Meaning.init(note:))
        if value.status == .valid, let number = value.value, number.isFinite {
            guard marker == .zero, number == 0 else { return nil }
            zero = true
            return GermanNarrative.exactlyZero
        }
        if value.status == .missing, marker == .later {
            later = true
            return GermanNarrative.publishedLater
        }
        return unavailable(because: Self.reason(value.status, marker: marker))
    }

    /// "k. A." for a cell that has no value to show, with its reason when one is known.
    mutating func unavailable(because reason: String? = nil) -> String {
        notAvailable = true
        if let reason, !reasons.contains(reason) { reasons.append(reason) }
        return GermanNarrative.notAvailable
    }

    /// "Zeichenerklärung: – nichts vorhanden (genau null) · k. A. keine Angabe (Zahlenwert unbekannt oder
    /// geheimzuhalten)"; nil when the table printed no sign.
    var key: String? {
        var entries: [String] = []
        if zero, let meaning = TableMarker.Meaning.zero.meaning {
            entries.append("\(GermanNarrative.exactlyZero) \(meaning)")
        }
        if later, let meaning = TableMarker.Meaning.later.meaning {
            entries.append("\(GermanNarrative.publishedLater) \(meaning)")
        }
        if notAvailable {
            let why = reasons.isEmpty ? "" : " (\(reasons.joined(separator: "; ")))"
            entries.append("\(GermanNarrative.notAvailable) \(GermanNarrative.notAvailableMeaning)\(why)")
        }
        guard !entries.isEmpty else { return nil }
        return "\(GermanNarrative.signKey): " + entries.joined(separator: " · ")
    }

    /// Why a value is not shown, in words a reader may see: never the note of disclosure control, which would
    /// say which other value it protects.
    private static func reason(_ status: ValueStatus, marker: TableMarker.Meaning?) -> String? {
        switch (status, marker) {
        case (.suppressed, .locked): TableMarker.Meaning.locked.meaning
        case (.suppressed, _): TableMarker.Meaning.secret.meaning
        case (.invalid, _): GermanNarrative.invalidMeaning
        case (.valid, _), (.missing, _): nil
        }
    }
}
