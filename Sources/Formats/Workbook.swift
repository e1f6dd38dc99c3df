import CXLSXWriter
import Foundation

/// An XLSX file being written through libxlsxwriter. The file appears only when `close()` succeeds; a workbook
/// that is never closed writes nothing and frees its memory in `deinit`.
///
/// The corresponding C type is `lxw_workbook`. Not thread-safe: one workbook per thread.
final class Workbook {
    private var handle: UnsafeMutablePointer<lxw_workbook>?
    private let path: String
    private var formats: [CellStyle: UnsafeMutablePointer<lxw_format>] = [:]

    init(path: String) throws(XLSXError) {
        guard let handle = workbook_new(path) else { throw .cannotCreate(path) }
        self.handle = handle
        self.path = path
    }

    deinit {
        // A workbook not closed is dropped: closing would write a file nobody asked for.
        if let handle { lxw_workbook_free(handle) }
    }

    /// Sets the document properties: title, author, subject and creation time (the file's only time, so that a
    /// fixed time gives the same bytes). libxlsxwriter copies the strings.
    func setProperties(title: String, author: String, subject: String, created: Date) throws(XLSXError) {
        guard let handle else { return }
        let strings = [title, author, subject].map { (text: String) -> UnsafeMutablePointer<CChar>? in strdup(text) }
        defer { strings.forEach { free($0) } }
        var properties = lxw_doc_properties()
        properties.title = strings[0]
        properties.author = strings[1]
        properties.subject = strings[2]
        properties.created = time_t(created.timeIntervalSince1970)
        let status = workbook_set_properties(handle, &properties)
        guard status == LXW_NO_ERROR else { throw .cannotWrite(path, String(cString: lxw_strerror(status))) }
    }

    /// Adds a sheet named `name` (at most 31 characters, unique, none of `[]:*?/\`).
    func addSheet(_ name: String) throws(XLSXError) -> Worksheet {
        guard let handle, let sheet = workbook_add_worksheet(handle, name) else { throw .badSheetName(name) }
        return Worksheet(sheet: sheet, workbook: self)
    }

    /// The format of `style`, made once per workbook.
    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if let format = formats[style] { return format }
        guard let handle, let format = workbook_add_format(handle) else { return nil }
        style.apply(to: format)
        formats[style] = format
        return format
    }

    /// Writes the file and frees the workbook.
    func close() throws(XLSXError) {
        guard let handle else { return }
        self.handle = nil
        let status = workbook_close(handle)
        guard status == LXW_NO_ERROR else { throw .cannotWrite(path, String(cString: lxw_strerror(status))) }
    }
}

@available(*, unavailable, message: "Holds a libxlsxwriter workbook: create one per thread")
extension Workbook: Sendable {}

/// One sheet of a workbook; rows and columns count from 0.
struct Worksheet {
    let sheet: UnsafeMutablePointer<lxw_worksheet>
    let workbook: Workbook

    func write(_ text: String, row: Int, column: Int, style: CellStyle = CellStyle()) {
        worksheet_write_string(sheet, lxw_row_t(row), lxw_col_t(column), text, workbook.format(style))
    }

    func write(_ number: Double, row: Int, column: Int, style: CellStyle) {
        worksheet_write_number(sheet, lxw_row_t(row), lxw_col_t(column), number, workbook.format(style))
    }

    func setWidth(_ width: Double, column: Int) {
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), width, nil)
    }

    /// Keeps the rows above `row` in view while scrolling.
    func freezeRows(above row: Int) {
        worksheet_freeze_panes(sheet, lxw_row_t(row), 0)
    }
}

/// How a cell looks: bold, italic, wrapped, a number format ("#,##0.0"), colours as 0xRRGGBB.
struct CellStyle: Hashable {
    var bold = false
    var italic = false
    var wraps = false
    var numberFormat = ""
    var fontColor: UInt32?
    var background: UInt32?

    func apply(to format: UnsafeMutablePointer<lxw_format>) {
        if bold { format_set_bold(format) }
        if italic { format_set_italic(format) }
        if wraps { format_set_text_wrap(format) }
        if !numberFormat.isEmpty { format_set_num_format(format, numberFormat) }
        if let fontColor { format_set_font_color(format, lxw_color_t(fontColor)) }
        if let background { format_set_bg_color(format, lxw_color_t(background)) }
    }
}

/// What went wrong writing an XLSX file.
public enum XLSXError: Error, CustomStringConvertible {
    case cannotCreate(String)
    case badSheetName(String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .cannotCreate(let path):
            "\(path): cannot create the XLSX workbook; check that the folder exists and is writable."
        case .badSheetName(let name):
            "XLSX sheet \"\(name)\": not a valid sheet name (at most 31 characters, unique, none of []:*?/\\)."
        case .cannotWrite(let path, let reason):
            "\(path): cannot write the XLSX file (\(reason)); check the free space and permissions of the folder."
        }
    }
}
