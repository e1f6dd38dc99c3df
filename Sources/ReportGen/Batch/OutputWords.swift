import Formats
import GermanWords

extension FormatWords {
    /// The words of German reports in the other formats, as the PDF prints them.
    static let german = FormatWords(
        document: .german, notAvailable: GermanNarrative.notAvailable,
        notAvailableNote: "\(GermanNarrative.notAvailable) = keine Angabe: aus Datenschutzgründen nicht ausgewiesen "
            + "(zu geringe Fallzahl) oder keine Daten.")
}
