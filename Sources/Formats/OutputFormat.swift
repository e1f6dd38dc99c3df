/// The formats `reportgen render --format` writes, each from the same resolved document.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Tagged PDF, drawn by Layout through Cairo.
    case pdf
    /// One self-contained, accessible HTML file.
    case html
    /// Word, editable (through Pandoc).
    case docx
    /// OpenDocument text, editable (through Pandoc).
    case odt
    /// Every table and figure's data as a sheet.
    case xlsx

    /// The file name extension.
    public var fileExtension: String { rawValue }
}
