import CairoBridge
import Foundation

/// Makes the figure marks of a document's pages (legend, axis and label text laid out, labels placed) on helper
/// threads ahead of the one thread that paints the pages in order into the document's Cairo surface. Making a
/// figure's marks costs about as much as drawing them; with helpers, a combined document's figures of the next
/// pages are prepared while the painter draws this one.
///
/// Ownership, not sharing: Pango objects are not thread-safe, so each text engine belongs to one thread at a time.
/// The pool owns the idle engines. A helper takes the next page and an idle engine, makes the page's marks with it
/// (their text layouts belong to that engine) and hands marks and engine together to the painter, which draws the
/// page and gives the engine back to the pool. The painter makes a page's marks itself, with its own engine, when
/// no helper has taken the page yet. Helpers read only the pages' figure drawings (immutable values made of
/// `Sendable` specs), never their text items, which belong to the engines that laid the pages out. At most `window`
/// pages (one engine each: one per helper and one on its way to the painter) are prepared ahead of the one painted,
/// so memory stays bounded however long the document.
///
/// `@unchecked Sendable`: the mutable state is guarded by `condition`; `figures` is not changed after `init`.
final class FigurePreparation: @unchecked Sendable {
    /// A page's figures with their marks made, and the measurer whose engine laid out their text.
    private struct Prepared {
        let figures: [any FigureDrawing]
        let measurer: PangoMeasurer
    }

    private let figures: [[(drawing: any FigureDrawing, rect: Rect)]]
    private let window: Int
    private let condition = NSCondition()
    private let helpers = DispatchGroup()
    private var idle: [PangoMeasurer]
    /// Pages taken by a helper or the painter, from the first.
    private var claimed = 0
    /// Pages the painter is done with, from the first.
    private var painted = 0
    private var ready: [Int: Prepared] = [:]
    private var stopped = false

    /// Starts `helpers` threads preparing the figures of `pages`; with none, the painter makes every page's marks.
    init(pages: [Page], helpers count: Int) {
        figures = pages.map { $0.items.flatMap(\.drawings) }
        window = count > 0 ? count + 1 : 0
        idle = (0..<window).map { _ in PangoMeasurer(engine: TextEngine()) }
        for _ in 0..<count {
            DispatchQueue.global(qos: .userInitiated).async(group: helpers) { self.work() }
        }
    }

    /// Page `index` of `page` with its figures' marks made. Call for the pages in order and hand the measurer back
    /// with `painted` once the page is drawn; `own` makes the marks of a page no helper has taken.
    func marked(_ page: Page, at index: Int, own: PangoMeasurer) -> (page: Page, measurer: PangoMeasurer?) {
        condition.lock()
        if claimed == index && !stopped {
            claimed += 1
            condition.unlock()
            return (page.withFigureMarks(own), nil)
        }
        while ready[index] == nil && !stopped { condition.wait() }
        let prepared = ready.removeValue(forKey: index)
        condition.unlock()
        guard let prepared else { return (page.withFigureMarks(own), nil) }
        return (page.replacingDrawings(with: prepared.figures), prepared.measurer)
    }

    /// The painter is done with the page it took last; the engine its marks were made with goes back to the pool.
    func painted(giving measurer: PangoMeasurer?) {
        condition.lock()
        painted += 1
        if let measurer { idle.append(measurer) }
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the helpers and waits until they have ended; call once painting is over (or given up).
    func finish() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
        helpers.wait()
    }

    private func work() {
        while let (index, measurer) = claim() {
            let made = make(index, with: measurer)
            condition.lock()
            ready[index] = Prepared(figures: made, measurer: measurer)
            condition.broadcast()
            condition.unlock()
        }
    }

    /// The next page to prepare and an idle engine to prepare it with; nil when every page is taken or painting
    /// stopped. Waits while `window` pages are ahead of the painter.
    private func claim() -> (Int, PangoMeasurer)? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped && claimed < figures.count && (idle.isEmpty || claimed >= painted + window) {
            condition.wait()
        }
        guard !stopped, claimed < figures.count, let measurer = idle.popLast() else { return nil }
        claimed += 1
        return (claimed - 1, measurer)
    }

    private func make(_ index: Int, with measurer: PangoMeasurer) -> [any FigureDrawing] {
        figures[index].map { measurer.figureMarks($0.drawing, in: $0.rect) ?? $0.drawing }
    }
}

extension Page {
    /// The page with its drawings, depth first in reading order (as `FrameItem.drawings` lists them), replaced by
    /// `drawings` in turn.
    func replacingDrawings(with drawings: [any FigureDrawing]) -> Page {
        var next = drawings.makeIterator()
        return mapDrawings { drawing, _ in next.next() ?? drawing }
    }
}
