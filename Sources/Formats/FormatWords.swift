import Foundation
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

    public init(document: DocumentWords, notAvailable: String, notAvailableNote: String) {
        self.document = document
        self.notAvailable = notAvailable
        self.notAvailableNote = notAvailableNote
    }

    /// The words of the PDF's page label before the page number and between the two numbers, for the DOCX and ODT
    /// footers whose numbers are fields: "Seite" and "von" of "Seite {page} von {pages}".
    var page: String { pageLabelParts.before }
    var pageOf: String { pageLabelParts.between }

    private var pageLabelParts: (before: String, between: String) {
        let parts = document.pageLabel.components(separatedBy: "{page}")
        let between = parts.dropFirst().first?.components(separatedBy: "{pages}").first ?? ""
        return ((parts.first ?? "").trimmingCharacters(in: .whitespaces), between.trimmingCharacters(in: .whitespaces))
    }

    /// "Abbildung 2: Kinderarmut …", as the PDF prints it.
    func figureCaption(_ number: Int, _ caption: String) -> String { document.figureCaption(number, caption) }

    /// "Tabelle 1: …".
    func tableCaption(_ number: Int, _ caption: String) -> String { document.tableCaption(number, caption) }

    /// "Quelle: …".
    func sourceLine(_ source: String) -> String { document.sourceLine(source) }
}
