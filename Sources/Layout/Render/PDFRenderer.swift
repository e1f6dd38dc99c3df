import CairoBridge
import Foundation

/// What rendering a document produced.
public struct RenderSummary: Sendable {
    public var path: String
    public var pageCount: Int
    public var warnings: [LayoutWarning]
}

/// Renders documents to PDF files: layout, painting, outline, and an atomic write — the file appears
/// under its name complete or not at all.
public final class PDFRenderer {
    public let theme: Theme
    /// Whether the files are PDF/UA-1 and PDF/A-2a (the default); false writes tagged PDFs that claim neither.
    public let pdfStandards: Bool
    let engine: TextEngine
    let measurer: PangoMeasurer

    /// Checks that the theme's font is installed, so a missing font is an error and not a silent substitute.
    public init(theme: Theme = .standard, pdfStandards: Bool = true) throws(CairoError) {
        self.theme = theme
        self.pdfStandards = pdfStandards
        engine = TextEngine()
        measurer = PangoMeasurer(engine: engine)
        try engine.requireFont(theme.fontFamily)
    }

    /// Lays the document out without drawing; on `threads` threads when it falls into parts (`PartLayout`), each
    /// with a text engine of its own: the first thread this renderer's, the others new ones.
    public func layout(_ document: Document, threads: Int = 1) -> LaidOutDocument {
        defer { measurer.forget() }
        let parts = threads > 1 ? [measurer] + (1..<threads).map { _ in PangoMeasurer(engine: TextEngine()) } : []
        return DocumentLayout.layout(document, theme: theme, measurer: measurer, partMeasurers: parts)
    }

    /// What the preflight finds in the figures of laid-out pages: colliding or cut labels, dropped locators.
    public func auditFigures(_ laidOut: LaidOutDocument) -> [LayoutWarning] {
        laidOut.pages.flatMap { page in
            page.items.flatMap(\.drawings).flatMap { drawing, rect in
                FigureAudit(drawing, in: rect, text: engine).problems.map {
                    LayoutWarning(page: page.number, message: $0.description)
                }
            }
        }
    }

    /// Writes `document` to `url` atomically (see `AtomicFile`). With `threads` above one, the document's parts are
    /// laid out on that many threads and the figures' marks of the next pages are made on the others while this
    /// thread paints the pages in order (`FigurePreparation`), and the PDF/UA pass completes the pages on all of them;
    /// the bytes are the same with any number.
    @discardableResult
    public func render(_ document: Document, to url: URL, threads: Int = 1) throws -> RenderSummary {
        let laidOut = layout(document, threads: threads)
        try AtomicFile.write(to: url) { path in
            try write(laidOut, metadata: document.metadata, threads: max(1, threads), to: path)
        }
        return RenderSummary(path: url.path, pageCount: laidOut.pages.count, warnings: laidOut.warnings)
    }

    private func write(
        _ laidOut: LaidOutDocument, metadata: PDFMetadata, threads: Int, to path: String
    ) throws(CairoError) {
        let pdf = try PDFDocument(
            path: path, metadata: metadata, claimsConformance: pdfStandards,
            sharesDrawings: Self.mayRepeatDrawings(laidOut.pages))
        var painter = PagePainter(canvas: pdf.canvas, engine: engine)
        let preparation = FigurePreparation(pages: laidOut.pages, helpers: threads - 1)
        defer { preparation.finish() }
        for (index, page) in laidOut.pages.enumerated() {
            pdf.beginPage(size: page.size)
            // One Document element holds the whole structure tree, so that a table may go on across pages. It is
            // opened after the first page's size is set: setting the size starts the page's recording anew.
            if index == 0 { pdf.canvas.beginTag(.document) }
            let marked = preparation.marked(page, at: index, own: measurer)
            painter.paint(marked.page)
            preparation.painted(giving: marked.measurer)
        }
        painter.finish()
        pdf.canvas.endTag(.document)
        addOutline(laidOut.headings.filter(\.listed), to: pdf)
        try pdf.finish(threads: threads)
    }

    /// Whether a drawing may be shown more than once in the document: only then is it worth making each drawing of
    /// marks that repeat (`Mark.Shape.repeated`) once, as a Form XObject all pages refer to. In a document with at
    /// most one figure that draws such marks (a Statusbericht's map) a drawing is used once at most, and is drawn
    /// directly, without a PDF of its own, a form and the pass's search for its marker.
    static func mayRepeatDrawings(_ pages: [Page]) -> Bool {
        let repeating = pages.lazy.flatMap { $0.items.flatMap(\.drawings) }.filter { drawing, _ in
            (drawing as? any MarkedFigure)?.drawsRepeatedMarks == true
        }
        return repeating.prefix(2).count > 1
    }

    /// Nests outline entries by heading level.
    private func addOutline(_ headings: [HeadingEntry], to pdf: PDFDocument) {
        var parents: [(level: Int, id: Int32)] = []
        for heading in headings {
            while let last = parents.last, last.level >= heading.level { parents.removeLast() }
            let title = heading.number.isEmpty ? heading.text : "\(heading.number) \(heading.text)"
            let id = pdf.addOutlineEntry(
                title, destination: heading.destination, parent: parents.last?.id ?? 0, open: heading.level == 1)
            parents.append((heading.level, id))
        }
    }
}

@available(*, unavailable, message: "Holds a Pango context: create one renderer per thread")
extension PDFRenderer: Sendable {}
