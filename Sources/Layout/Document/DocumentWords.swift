/// The words the layout prints around the content: the document brings them, the layout has none of its own.
public struct DocumentWords: Hashable, Sendable {
    /// Before a figure's number: `Abbildung` gives "Abbildung 3: …".
    public var figure: String
    /// Before a table's number: `Tabelle` gives "Tabelle 2: …".
    public var table: String
    /// Before the source of a figure or table: `Quelle` gives "Quelle: …".
    public var source: String
    /// The footer's page label, with `{page}` and `{pages}` for the numbers: `Seite {page} von {pages}`.
    public var pageLabel: String

    public init(figure: String, table: String, source: String, pageLabel: String) {
        self.figure = figure
        self.table = table
        self.source = source
        self.pageLabel = pageLabel
    }

    /// "Abbildung 3: Kinderarmut in den Planungsräumen".
    public func figureCaption(_ number: Int, _ caption: String) -> String { "\(figure) \(number): \(caption)" }

    /// "Tabelle 2: Einwohner und Kinderarmut".
    public func tableCaption(_ number: Int, _ caption: String) -> String { "\(table) \(number): \(caption)" }

    /// "Quelle: Amt für Statistik Berlin-Brandenburg".
    public func sourceLine(_ text: String) -> String { "\(source): \(text)" }

    /// "Seite 3 von 12".
    public func pageLabel(_ page: Int, of pages: Int) -> String {
        pageLabel.replacingOccurrences(of: "{page}", with: "\(page)").replacingOccurrences(
            of: "{pages}", with: "\(pages)")
    }
}
