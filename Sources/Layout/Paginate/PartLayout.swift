import CairoBridge
import Foundation

/// Lays out a long document in parts on several threads, each with a text measurer of its own, and puts the parts'
/// pages together exactly as one paginator flowing the whole document makes them.
///
/// A part is what lies between two page breaks of the top level (in a combined document, usually an area's pages).
/// Every part starts at the top of an empty page, and that is all the flow hands from one part to the next: a
/// block looks ahead only as far as the page break that ends its part (`minimumStartHeight` stops there). What
/// else a part takes from the parts before it is counted from the blocks beforehand: the headings before it (their
/// count names the destinations "h1", "h2", …; their numbers go on). Its page numbers start at 1 and are moved on
/// by the pages before it once every part is laid out. A document with a table of contents, whose page numbers
/// come from every part, is laid out whole.
///
/// `@unchecked Sendable`: `next` and `results` are guarded by `lock`; `document` and `parts` are not changed after
/// `init` and only read. Ownership of the Pango objects: thread `i` lays out with `measurers[i]` only, and the
/// pages it makes (holding that measurer's text layouts) are read by the calling thread only after every thread
/// has ended.
final class PartLayout: @unchecked Sendable {
    /// A part of the document's blocks and what it takes from the blocks before it.
    struct Part {
        let blocks: [Block]
        let headingsBefore: Int
        let numbering: HeadingNumbering
    }

    private let theme: Theme
    private let document: Document
    private let parts: [Part]
    private let measurers: [TextMeasuring]
    private let lock = NSLock()
    private var next = 0
    private var results: [Int: Paginated] = [:]

    private init(theme: Theme, document: Document, parts: [Part], measurers: [TextMeasuring]) {
        self.theme = theme
        self.document = document
        self.parts = parts
        self.measurers = measurers
    }

    /// The pages, headings and warnings of `document` laid out in parts on one thread per measurer; nil when it
    /// does not fall into parts that may be laid out apart (fewer than two, a table of contents, one thread).
    static func paginate(_ document: Document, theme: Theme, measurers: [TextMeasuring]) -> Paginated? {
        guard measurers.count > 1, !document.hasTableOfContents else { return nil }
        let parts = Self.parts(of: document.blocks, numberHeadings: document.numberHeadings)
        guard parts.count > 1 else { return nil }
        let run = PartLayout(theme: theme, document: document, parts: parts, measurers: measurers)
        DispatchQueue.concurrentPerform(iterations: measurers.count) { run.work(thread: $0) }
        return run.joined()
    }

    private func work(thread: Int) {
        while let index = take() {
            let part = parts[index]
            let paginator = Paginator(
                theme: theme, setup: document.pageSetup, measurer: measurers[thread],
                numberHeadings: document.numberHeadings, words: document.words, contents: [],
                headingsBefore: part.headingsBefore)
            paginator.headingNumbering = part.numbering
            DocumentLayout.flow(part.blocks, in: paginator)
            let result = Paginated(pages: paginator.pages, headings: paginator.headings, warnings: paginator.warnings)
            lock.withLock { results[index] = result }
        }
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < parts.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    /// The parts' pages one after the other, numbered on. A part but the last ends on the empty page its page
    /// break began, which is the next part's first page; nil when one does not (then the document is laid out
    /// whole).
    private func joined() -> Paginated? {
        var whole = Paginated(pages: [], headings: [], warnings: [])
        for index in parts.indices {
            guard var part = lock.withLock({ results[index] }) else { return nil }
            if index < parts.count - 1 {
                guard let last = part.pages.last, last.items.isEmpty else { return nil }
                part.pages.removeLast()
            }
            let offset = whole.pages.count
            whole.pages += part.pages.map { page in
                var page = page
                page.number += offset
                return page
            }
            whole.headings += part.headings.map { heading in
                var heading = heading
                heading.page += offset
                return heading
            }
            whole.warnings += part.warnings.map { LayoutWarning(page: $0.page + offset, message: $0.message) }
        }
        return whole
    }

    /// `blocks` cut after every page break of the top level, with what each part takes from the headings before it.
    static func parts(of blocks: [Block], numberHeadings: Bool) -> [Part] {
        var parts: [Part] = []
        var current: [Block] = []
        var headings = 0
        var numbering = HeadingNumbering()
        var before = (headings: 0, numbering: numbering)
        func count(_ block: Block) {
            switch block {
            case .heading(let heading):
                headings += 1
                if numberHeadings { _ = numbering.next(level: heading.level) }
            case .columns(_, let inner): inner.forEach(count)
            default: break
            }
        }
        for block in blocks {
            current.append(block)
            count(block)
            guard case .pageBreak = block else { continue }
            parts.append(Part(blocks: current, headingsBefore: before.headings, numbering: before.numbering))
            current = []
            before = (headings, numbering)
        }
        if !current.isEmpty {
            parts.append(Part(blocks: current, headingsBefore: before.headings, numbering: before.numbering))
        }
        return parts
    }
}

/// The pages, headings and warnings of a document or a part of it, before the running header and footer.
struct Paginated {
    var pages: [Page]
    var headings: [HeadingEntry]
    var warnings: [LayoutWarning]
}
