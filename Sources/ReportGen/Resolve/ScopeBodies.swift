import Foundation
import Layout

/// The template's body resolved for every scope of a document, on several threads, joined in scope order: the
/// blocks and findings are exactly those of one `BlockResolver` going through the scopes in turn.
///
/// All a scope takes from the scopes before it is the level of the last heading, which a slot file's headings are
/// checked against (a finding; blocks never depend on it). Every scope is resolved from the level the document has
/// before the first; joining in order, a scope whose findings depended on that level (a slot file's headings
/// checked before a heading of its own) while the scope before it ended at another level is resolved once more,
/// from the right one. The caches resolving uses are safe on several threads: `RunMemo` (locked; the value is the
/// same whichever thread makes it), the snapshot's `LookupLog` (locked sets, read sorted), the prepared maps and
/// scatter points (made in `ResolveContext.init`, not changed after).
struct ScopeBodies {
    let context: ResolveContext

    /// One scope's body.
    struct Body: Sendable {
        var blocks: [Block]
        var findings: [Finding]
        /// The level the scope was resolved from.
        var startLevel: Int
        /// The level of its last heading; nil when it has none (it ends at the level it started from).
        var lastHeadingLevel: Int?
        var readsStartLevel: Bool
    }

    /// The bodies of `scopes` after a heading of `level` (0: none), on up to `threads` threads: their blocks and
    /// findings in scope order, and the heading level after the last.
    func resolve(_ scopes: [Scope], after level: Int, threads: Int) -> (
        blocks: [Block], findings: [Finding], headingLevel: Int
    ) {
        let threads = min(threads, scopes.count)
        let ahead = threads > 1 ? resolved(scopes, from: level, threads: threads) : []
        var blocks: [Block] = []
        var findings: [Finding] = []
        var level = level
        for (index, scope) in scopes.enumerated() {
            var body = (index < ahead.count ? ahead[index] : nil) ?? resolve(scope, from: level)
            if body.startLevel != level && body.readsStartLevel { body = resolve(scope, from: level) }
            blocks += body.blocks
            findings += body.findings
            level = body.lastHeadingLevel ?? level
        }
        return (blocks, findings, level)
    }

    /// Every scope's body from heading level `level`, resolved on `threads` threads, each taking the next scope.
    private func resolved(_ scopes: [Scope], from level: Int, threads: Int) -> [Body?] {
        let results = Bodies(count: scopes.count)
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            while let index = results.next() { results.store(resolve(scopes[index], from: level), at: index) }
        }
        return results.all
    }

    private func resolve(_ scope: Scope, from level: Int) -> Body {
        var resolver = BlockResolver(context: context, figures: FigureResolver(context: context), headingLevel: level)
        let blocks = resolver.resolve(context.plan.body, scope: scope)
        return Body(
            blocks: blocks, findings: resolver.findings, startLevel: level,
            lastHeadingLevel: BlockResolver.lastHeadingLevel(in: blocks),
            readsStartLevel: resolver.readsStartLevel)
    }
}

/// The bodies resolved so far and the next scope to resolve, shared by the threads of `ScopeBodies`.
///
/// `@unchecked Sendable`: `taken` and `bodies` are only touched under `lock`; `all` is read after every thread
/// has ended (`concurrentPerform` returned).
private final class Bodies: @unchecked Sendable {
    private let lock = NSLock()
    private var taken = 0
    private var bodies: [ScopeBodies.Body?]

    init(count: Int) {
        bodies = Array(repeating: nil, count: count)
    }

    /// The index of the next scope no thread has taken; nil when all are taken.
    func next() -> Int? {
        lock.withLock {
            guard taken < bodies.count else { return nil }
            taken += 1
            return taken - 1
        }
    }

    func store(_ body: ScopeBodies.Body, at index: Int) {
        lock.withLock { bodies[index] = body }
    }

    /// Every body, in scope order.
    var all: [ScopeBodies.Body?] { lock.withLock { bodies } }
}
