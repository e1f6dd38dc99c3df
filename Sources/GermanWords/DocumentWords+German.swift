import Layout

extension DocumentWords {
    /// The German words of every report.
    public static let german = DocumentWords(
        figure: "Abbildung", table: "Tabelle", source: "Quelle", pageLabel: "Seite {page} von {pages}")
}
