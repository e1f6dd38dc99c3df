import CCairo
import Foundation

/// A multi-page PDF file being written. Call `finish()` when done: a document that is not finished
/// is an incomplete file, and deinit reports it as a programming error in debug builds.
///
/// The corresponding C type is `cairo_surface_t` created by `cairo_pdf_surface_create`.
public final class PDFDocument {
    let surface: OpaquePointer
    /// Where Cairo's bytes go: memory, read from there by the PDF/UA pass.
    private let memory: MemorySink
    /// The file the finished PDF is written to, opened at once so that a folder that cannot take it is an error
    /// before anything is drawn; written with checked system calls, so that a full disk is an error with its reason.
    private let file: FileSink
    public let canvas: Canvas
    public let path: String
    let metadata: PDFMetadata
    /// Whether the finished file is made PDF/UA-1 and PDF/A-2a (see `PDFConformance`).
    let claimsConformance: Bool
    private var finished = false
    private(set) var pageCount = 0

    /// Opens `path` for writing; call `beginPage(size:)` before drawing each page. With `claimsConformance`
    /// (the default) the finished file is a PDF/UA-1 and PDF/A-2a file; without, a tagged PDF that claims neither.
    /// With `sharesDrawings` (the default) a drawing given to `Canvas.drawRepeated` is written once and every page
    /// refers to it; without (a document that shows each such drawing once at most), it is drawn where it is used.
    public init(
        path: String, metadata: PDFMetadata, claimsConformance: Bool = true, sharesDrawings: Bool = true
    ) throws(CairoError) {
        file = try FileSink(path: path)
        let memory = MemorySink()
        self.memory = memory
        ContentCompression.prepare()
        self.surface = try Surface.make("creating the PDF file \(path)") {
            let writer = memory.cairoWriter
            return cairo_pdf_surface_create_for_stream(
                writer.function, writer.closure, Size.a4Portrait.width, Size.a4Portrait.height)
        }
        self.path = path
        self.metadata = metadata
        self.claimsConformance = claimsConformance
        cairo_pdf_surface_restrict_to_version(surface, CAIRO_PDF_VERSION_1_5)
        metadata.apply(to: surface)
        canvas = try Canvas(surface: surface, operation: "starting to draw into \(path)")
        // Without the pass (a bench's baseline) nothing turns markers into forms: repeated drawings are drawn directly.
        canvas.repeatedDrawings = ContentCompression.passRuns && sharesDrawings ? RepeatedDrawings() : nil
    }

    deinit {
        assert(finished, "PDFDocument \(path) was released without finish(): the file is incomplete")
        // Cairo writes the rest of a surface that `finish()` left unfinished (it threw) when the surface is finished,
        // which must happen while the memory it writes into lives: the canvas's context, released after this
        // body, would finish it after the sink.
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
    }

    /// Starts a new page of `size` points (A4 portrait is 595.28 × 841.89). Pages are numbered from 1.
    public func beginPage(size: Size) {
        if pageCount > 0 { cairo_show_page(canvas.context) }
        cairo_pdf_surface_set_size(surface, size.width, size.height)
        pageCount += 1
    }

    /// Adds an outline (bookmark) entry that jumps to the named destination; returns its id for children.
    /// The corresponding C function is `cairo_pdf_surface_add_outline`.
    @discardableResult
    public func addOutlineEntry(_ title: String, destination: String, parent: Int32 = 0, open: Bool = false) -> Int32 {
        let flags = open ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(0)
        let attributes = "dest='\(PDFAttributes.escape(destination))'"
        return cairo_pdf_surface_add_outline(surface, parent, title, attributes, flags)
    }

    /// Writes the rest of the file. Any drawing error that Cairo kept until now is thrown here. The PDF/UA pass
    /// completes the pages on `threads` threads (the caller's share of the cores; the bytes are the same with any).
    public func finish(threads: Int = 1) throws(CairoError) {
        guard !finished else { return }
        finished = true
        guard pageCount > 0 else {
            throw CairoError(
                operation: "writing \(path)", reason: "the document has no pages",
                remedy: "Add at least one block to the document.")
        }
        try CairoError.check(cairo_status(canvas.context), "drawing the pages of \(path)")
        cairo_surface_finish(surface)
        try CairoError.check(cairo_surface_status(surface), "writing \(path)")
        guard ContentCompression.passRuns else { return try file.finish(writing: memory.bytes("writing \(path)")) }
        try PDFConformance.apply(
            to: memory, named: path, writingTo: file,
            .init(
                metadata: metadata, figureAlternatives: canvas.figureAlternatives,
                linkDescriptions: canvas.linkDescriptions, claimsConformance: claimsConformance,
                repeatedDrawings: canvas.repeatedDrawings?.drawings ?? []), threads: threads)
    }
}

@available(*, unavailable, message: "A Cairo surface must only be used from the thread that created it")
extension PDFDocument: Sendable {}

/// Quoting for the attribute strings of cairo tags (`dest='…'`, `uri='…'`).
enum PDFAttributes {
    static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
