import Foundation
import Synchronization

/// Who compresses the pages' content: the PDF/UA pass, once, not Cairo and then the pass again.
///
/// Cairo compresses every content stream with zlib at its default level; the pass (`PDFConformance`) then inflates
/// each page to mark its Artifacts and compresses it anew with libdeflate. The profile of `reportgen bench` showed
/// zlib's deflate as the largest single cost of rendering (about a sixth of all CPU time, a map page's 170 KB of
/// path operators above all). Cairo (1.16 as 1.18) leaves its content streams uncompressed when the environment
/// variable `CAIRO_DEBUG_PDF` is set when a PDF surface is created, so the pass compresses each page (and each Form
/// XObject, and any other stream Cairo left uncompressed) once, at libdeflate's level 1. Fonts and images are
/// compressed by Cairo as before.
///
/// `bench` also measures the state before the pass existed, to show what the pass costs: Cairo compressing its
/// content itself and no pass at all (`leaveToCairoWithoutPass()`). The choice is the process's, as Cairo's switch
/// (an environment variable) is.
public enum ContentCompression {
    private static let cairoAlone = Atomic<Bool>(false)

    /// Whether documents go through the pass: always, except after `leaveToCairoWithoutPass()`.
    static var passRuns: Bool { !cairoAlone.load(ordering: .relaxed) }

    /// For `bench` only: from now on Cairo compresses its own content and documents are written as Cairo made
    /// them, neither PDF/UA nor PDF/A. Call before the first PDF document of the process.
    public static func leaveToCairoWithoutPass() {
        cairoAlone.store(true, ordering: .relaxed)
        unsetenv("CAIRO_DEBUG_PDF")
    }

    /// Asks Cairo for uncompressed content when the pass runs; call before creating a PDF surface (the first call
    /// sets the variable, so no other thread reads the environment while it grows; a value already set is kept).
    static func prepare() {
        if passRuns { _ = requested }
    }

    private static let requested: Void = { setenv("CAIRO_DEBUG_PDF", "1", 0) }()
}
