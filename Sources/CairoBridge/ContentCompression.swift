import Foundation

/// Who compresses the pages' content: the PDF/UA pass, once, not Cairo and then the pass again.
///
/// Cairo compresses every content stream with zlib at its default level; the pass (`PDFConformance`) then inflates
/// each page to mark its Artifacts and compresses it anew with libdeflate. The profile of `reportgen bench` showed
/// zlib's deflate as the largest single cost of rendering (about a sixth of all CPU time, a map page's 170 KB of
/// path operators above all). Cairo (1.16 as 1.18) leaves its content streams uncompressed when the environment
/// variable `CAIRO_DEBUG_PDF` is set when a PDF surface is created, so the pass compresses each page once, at
/// libdeflate's level 1; streams the pass leaves alone are compressed by qpdf's writer. Fonts and images are
/// compressed by Cairo as before.
enum ContentCompression {
    /// Asks Cairo for uncompressed content; call before creating a PDF surface (the first call sets the variable,
    /// so no other thread reads the environment while it grows; a value already set is kept).
    static func leaveToPass() { _ = requested }

    private static let requested: Void = { setenv("CAIRO_DEBUG_PDF", "1", 0) }()
}
