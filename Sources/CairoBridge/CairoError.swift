import CCairo
import Foundation

/// A failure reported by Cairo, Pango or fontconfig, with what was being done and how to fix it.
public struct CairoError: Error, CustomStringConvertible, Sendable {
    /// What ReportGen was doing, e.g. "creating the PDF file output/report.pdf".
    public var operation: String
    /// Cairo's or Pango's reason.
    public var reason: String
    /// What the user can do about it.
    public var remedy: String
    /// The system's error number when the file system refused a write (no space left, file too large,
    /// read-only): a problem of the output folder, not of the document.
    public var systemError: Int32?

    public init(operation: String, reason: String, remedy: String, systemError: Int32? = nil) {
        self.operation = operation
        self.reason = reason
        self.remedy = remedy
        self.systemError = systemError
    }

    /// A write the file system refused, with its reason ("No space left on device").
    static func writeFailure(_ operation: String, errno number: Int32) -> CairoError {
        CairoError(
            operation: operation, reason: String(cString: strerror(number)),
            remedy: "Free space on the disk or choose another output folder.", systemError: number)
    }

    public var description: String {
        "error while \(operation): \(reason). \(remedy)"
    }

    /// Converts a Cairo status into a Swift error; the one place where Cairo status codes are read.
    static func check(_ status: cairo_status_t, _ operation: @autoclosure () -> String) throws(CairoError) {
        guard status != CAIRO_STATUS_SUCCESS else { return }
        throw CairoError(status: status, operation: operation())
    }

    init(status: cairo_status_t, operation: String) {
        self.init(
            operation: operation, reason: String(cString: cairo_status_to_string(status)),
            remedy: Self.remedy(for: status))
    }

    private static func remedy(for status: cairo_status_t) -> String {
        switch status {
        case CAIRO_STATUS_WRITE_ERROR, CAIRO_STATUS_FILE_NOT_FOUND:
            "Check that the folder exists, is writable and that the disk is not full."
        case CAIRO_STATUS_READ_ERROR, CAIRO_STATUS_PNG_ERROR:
            "Check that the file exists and is a valid PNG image."
        case CAIRO_STATUS_NO_MEMORY:
            "The machine ran out of memory; render fewer pages at once."
        case CAIRO_STATUS_INVALID_SIZE:
            "Page and image sizes must be positive and below 32767 points."
        case CAIRO_STATUS_TAG_ERROR:
            "Structure tags were not properly nested; this is a bug in ReportGen, please report it."
        default:
            "This is likely a bug in ReportGen; please report it with the template that caused it."
        }
    }
}
