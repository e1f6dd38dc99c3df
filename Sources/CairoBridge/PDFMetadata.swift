import CCairo
import Foundation

/// The document information of a PDF file.
public struct PDFMetadata: Sendable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    public var creator: String
    /// BCP 47 language tag of the text, e.g. `de-DE`; written into the catalog and the XMP by `PDFConformance`.
    public var language: String
    /// The creation date; `nil` means now, unless `SOURCE_DATE_EPOCH` is set (reproducible builds).
    public var creationDate: Date?

    public init(
        title: String, author: String = "", subject: String = "", keywords: [String] = [],
        creator: String = "ReportGen", language: String = "de-DE", creationDate: Date? = nil
    ) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.creator = creator
        self.language = language
        self.creationDate = creationDate
    }

    /// The date written into the file: the explicit one, else `SOURCE_DATE_EPOCH`, else now.
    public var effectiveCreationDate: Date {
        creationDate ?? Self.sourceDate() ?? Date()
    }

    /// The time `SOURCE_DATE_EPOCH` names (seconds since 1970, for reproducible output); nil when it is unset or
    /// not a finite number. The one place that reads it.
    public static func sourceDate(in environment: [String: String] = ProcessInfo.processInfo.environment) -> Date? {
        environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).flatMap {
            $0.isFinite ? Date(timeIntervalSince1970: $0) : nil
        }
    }

    func apply(to surface: OpaquePointer) {
        let date = Self.iso8601(effectiveCreationDate)
        let entries: [(cairo_pdf_metadata_t, String)] = [
            (CAIRO_PDF_METADATA_TITLE, title), (CAIRO_PDF_METADATA_AUTHOR, author),
            (CAIRO_PDF_METADATA_SUBJECT, subject), (CAIRO_PDF_METADATA_KEYWORDS, keywords.joined(separator: ", ")),
            (CAIRO_PDF_METADATA_CREATOR, creator),
            (CAIRO_PDF_METADATA_CREATE_DATE, date), (CAIRO_PDF_METADATA_MOD_DATE, date),
        ]
        for (key, value) in entries where !value.isEmpty {
            cairo_pdf_surface_set_metadata(surface, key, value)
        }
    }

    /// `date` in UTC to the second, as `2023-11-14T22:13:20Z`. Built from `gmtime_r`: an `ISO8601DateFormatter`
    /// made per call cost 2.6 % of the PDF/UA pass (callgrind), and one shared formatter is not safe across threads.
    static func iso8601(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ value: Int32, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(parts.tm_year + 1900, 4) + "-" + padded(parts.tm_mon + 1, 2) + "-" + padded(parts.tm_mday, 2)
            + "T" + padded(parts.tm_hour, 2) + ":" + padded(parts.tm_min, 2) + ":" + padded(parts.tm_sec, 2) + "Z"
    }
}
