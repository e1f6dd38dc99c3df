import Layout

/// Every word the format writers print besides the document's own text, handed over by ReportGen with the
/// document: the writers, like Layout, print no word of their own.
public struct FormatWords: Sendable {
    /// The words the PDF prints around captions and sources ("Abbildung", "Tabelle", "Quelle"), the same here.
    public var document: DocumentWords
    /// What a cell shows when a value must not or cannot be shown, e.g. "k. A.".
    public var notAvailable: String
    /// The sentence that explains `notAvailable` under a table or data sheet that has such cells.
    public var notAvailableNote: String
    /// The page label of DOCX and ODT footers around the numbers, e.g. "Seite" and "von" ("Seite 2 von 9").
    public var page: String
    public var pageOf: String

    public init(document: DocumentWords, notAvailable: String, notAvailableNote: String, page: String, pageOf: String) {
        self.document = document
        self.notAvailable = notAvailable
        self.notAvailableNote = notAvailableNote
        self.page = page
        self.pageOf = pageOf
    }

    /// "Abbildung 2: Kinderarmut …", as the PDF prints it.
    func figureCaption(_ number: Int, _ caption: String) -> String { document.figureCaption(number, caption) }

    /// "Tabelle 1: …".
    func tableCaption(_ number: Int, _ caption: String) -> String { document.tableCaption(number, caption) }

    /// "Quelle: …".
    func sourceLine(_ source: String) -> String { document.sourceLine(source) }
}
