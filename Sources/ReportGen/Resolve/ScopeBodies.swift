import Foundation
import Layout

/// The template's body resolved for every scope of a document, on several threads, joined in scope order: the
/// blocks and findings are exactly those of one `BlockResolver` going through the scopes in turn.
///
/// All a scope takes from the scopes before it is the level of the last heading, which a slot file's headings are
/// checked against (a finding; blocks never depend on it). So every scope is first resolved from the level the
/// document has before the first; then the level each scope really starts from is known (it follows from the
/// blocks of those before), and a scope whose findings depended on its start (a slot file's headings checked
/// before a heading of its own) is resolved once more from the right level, again in parallel. The caches
/// resolving uses are safe on several threads: `RunMemo` (locked; the value is the same whichever thread makes
/// it), the snapshot's `LookupLog` (locked sets, read sorted), the prepared maps and scatter points (made in
/// `ResolveContext.init`, not changed after).
struct ScopeBodies {
    let context: ResolveContext

    /// One scope's body.
    struct Body: Sendable {
        var blocks: [Block]
        var findings: [Finding]
        /// The level of its last heading; nil when it has none (it ends at the level it started from).
        var lastHeadingLevel: Int?
        var readsStartLevel: Bool
    }

    /// The bodies of `scopes` after a heading of `level` (0: none), on up to `threads` threads: their blocks and
    /// findings in scope order, and the heading level after the last.
    func resolve(_ scopes: [Scope], after level: Int, threads: Int) -> (
        blocks: [Block], findings: [Finding], headingLevel: Int
    ) {
        let bodies =
            threads > 1 && scopes.count > 1
            ? parallel(scopes, after: level, threads: threads) : serial(scopes, after: level)
        let end = bodies.reduce(level) { $1.lastHeadingLevel ?? $0 }
        return (bodies.flatMap(\.blocks), bodies.flatMap(\.findings), end)
    }

    /// One scope after the other, each from the level the one before it ended at.
    private func serial(_ scopes: [Scope], after level: Int) -> [Body] {
        var current = level
        return scopes.map { scope in
            let body = resolve(scope, from: current)
            current = body.lastHeadingLevel ?? current
            return body
        }
    }

    /// Every scope from `level`, then again from its true start those whose findings depended on a start other
    /// than `level`; both rounds on `threads` threads.
    private func parallel(_ scopes: [Scope], after level: Int, threads: Int) -> [Body] {
        var bodies = resolved(scopes.map { ($0, level) }, threads: threads)
        var current = level
        var starts: [Int] = []
        for body in bodies {
            starts.append(current)
            current = body.lastHeadingLevel ?? current
        }
        let again = bodies.indices.filter { bodies[$0].readsStartLevel && starts[$0] != level }
        for (index, body) in zip(again, resolved(again.map { (scopes[$0], starts[$0]) }, threads: threads)) {
            bodies[index] = body
        }
        return bodies
    }

    /// The body of each job's scope from its level, in the order of `jobs`, on `threads` threads each taking the
    /// next job.
    private func resolved(_ jobs: [(scope: Scope, level: Int)], threads: Int) -> [Body] {
        guard !jobs.isEmpty else { return [] }
        let results = Bodies(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: min(threads, jobs.count)) { _ in
            while let index = results.next() {
                results.store(resolve(jobs[index].scope, from: jobs[index].level), at: index)
            }
        }
        return results.all
    }

    private func resolve(_ scope: Scope, from level: Int) -> Body {
        var resolver = BlockResolver(context: context, figures: FigureResolver(context: context), headingLevel: level)
        let blocks = resolver.resolve(context.plan.body, scope: scope)
        return Body(
            blocks: blocks, findings: resolver.findings, lastHeadingLevel: BlockResolver.lastHeadingLevel(in: blocks),
            readsStartLevel: resolver.readsStartLevel)
    }
}

/// The bodies resolved so far and the next job to take, shared by the threads of `ScopeBodies`.
///
/// `@unchecked Sendable`: `taken` and `bodies` are only touched under `lock`; `all` is read after every thread
/// has ended (`concurrentPerform` returned), when each job's body is stored.
private final class Bodies: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var taken = 0
    private var bodies: [ScopeBodies.Body?]

    init(count: Int) {
        self.count = count
        bodies = Array(repeating: nil, count: count)
    }

    /// The index of the next job no thread has taken; nil when all are taken.
    func next() -> Int? {
        lock.withLock {
            guard taken < count else { return nil }
            taken += 1
            return taken - 1
        }
    }

    func store(_ body: ScopeBodies.Body, at index: Int) {
        lock.withLock { bodies[index] = body }
    }

    /// The bodies in the order of their jobs.
    var all: [ScopeBodies.Body] { lock.withLock { bodies.compactMap { $0 } } }
}
