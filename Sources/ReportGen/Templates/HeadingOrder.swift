import IndicatorData

/// A tagged PDF (PDF/UA) opens with a level-1 heading and goes at most one level deeper from one heading to the
/// next. The plan's headings are checked in the order the document will have them: the title page and the contents
/// bring a level-1 heading of their own, a `when:` may leave a block out, a `for-each` repeats its blocks or has no
/// area at all, and the body of a combined document repeats once for every area. Each heading is checked against
/// every level the heading before it may have (0: none yet). The headings of a slot file are read only when a
/// report is made; the painter keeps those in step.
struct HeadingOrder {
    private(set) var errors: [TemplateError] = []
    private var reported: Set<SourceLocation> = []

    static func errors(in plan: ReportPlan) -> [TemplateError] {
        var order = HeadingOrder()
        let afterIntro = order.blocks(plan.intro, after: [0])
        let afterBody =
            plan.settings.output == .combined
            ? order.repeated(plan.body, after: afterIntro, atLeastOnce: true)
            : order.blocks(plan.body, after: afterIntro)
        _ = order.blocks(plan.closing, after: afterBody)
        return order.errors
    }

    /// The levels the last heading may have after `blocks`, given those it may have before them.
    private mutating func blocks(_ blocks: [PlanBlock], after before: Set<Int>) -> Set<Int> {
        var levels = before
        for block in blocks {
            let after = self.block(block, after: levels)
            levels = block.condition == nil ? after : after.union(levels)
        }
        return levels
    }

    private mutating func block(_ block: PlanBlock, after before: Set<Int>) -> Set<Int> {
        switch block.kind {
        case .heading(_, let level):
            check(level, at: block.location, after: before)
            return [level]
        case .titlePage, .contents: return [1]
        case .forEach(_, let inner): return repeated(inner, after: before, atLeastOnce: false)
        case .columns(_, let inner): return blocks(inner, after: before)
        default: return before
        }
    }

    /// Blocks repeated for each of a number of areas: the levels before a round are those before the first and
    /// those after any round, until no new one appears (there are three levels).
    private mutating func repeated(_ inner: [PlanBlock], after before: Set<Int>, atLeastOnce: Bool) -> Set<Int> {
        var entry = before
        while true {
            let more = entry.union(blocks(inner, after: entry))
            if more == entry { break }
            entry = more
        }
        return atLeastOnce ? blocks(inner, after: entry) : entry
    }

    private mutating func check(_ level: Int, at location: SourceLocation, after before: Set<Int>) {
        guard let previous = before.filter({ level > $0 + 1 }).min(), reported.insert(location).inserted else {
            return
        }
        let may = before.count > 1 ? " (when a \"when:\" leaves a heading out or a for-each has no area)" : ""
        let what =
            previous == 0
            ? "a level-\(level) heading can open the document\(may), but a tagged PDF opens with level 1"
            : "a level-\(level) heading can follow a level-\(previous) heading\(may), "
                + "but a tagged PDF goes one level deeper at most"
        errors.append(
            .syntax(
                location, what,
                fix: "Give it \"level: \(previous + 1)\", or put a level-\(previous + 1) heading before it."))
    }
}
