import Foundation
import IndicatorData
import Layout

/// Turns plan blocks into layout blocks for one scope: texts written out, tables filled, figures drawn
/// from data, conditions applied. Records what the preflight should report.
struct BlockResolver {
    let context: ResolveContext
    let figures: FigureResolver
    private(set) var findings: [Finding] = []
    /// The level of the last heading resolved so far, in document order (the level the resolver starts from
    /// before its first): a slot file's headings follow it.
    private(set) var headingLevel: Int
    /// Whether a heading was resolved yet.
    private var resolvedHeading = false
    /// Whether a slot file's headings were checked against the level the resolver started from, before a heading
    /// of its own: only then do its findings depend on that level (blocks never do).
    private(set) var readsStartLevel = false

    /// A resolver that goes on after a heading of `headingLevel` (0: at the start of a document).
    init(context: ResolveContext, figures: FigureResolver, headingLevel: Int = 0) {
        self.context = context
        self.figures = figures
        self.headingLevel = headingLevel
    }

    mutating func resolve(_ blocks: [PlanBlock], scope: Scope) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            // The condition has its own evaluator: a value it tests must not count as missing in the block's text.
            var test = ExpressionEvaluator(context: context, scope: scope)
            if let condition = block.condition, !test.holds(condition) { continue }
            var evaluator = ExpressionEvaluator(context: context, scope: scope)
            let resolved = resolve(block, scope: scope, evaluator: &evaluator)
            if let level = Self.lastHeadingLevel(in: resolved) {
                headingLevel = level
                resolvedHeading = true
            }
            result += resolved
        }
        return result
    }

    /// The level of the last heading among `blocks` (a title page and a table of contents bring a level-1 heading).
    static func lastHeadingLevel(in blocks: [Block]) -> Int? {
        for block in blocks.reversed() {
            switch block {
            case .heading(let heading): return heading.level
            case .titlePage, .tableOfContents: return 1
            case .columns(_, let inner): if let level = lastHeadingLevel(in: inner) { return level }
            default: continue
            }
        }
        return nil
    }

    private mutating func resolve(_ block: PlanBlock, scope: Scope, evaluator: inout ExpressionEvaluator) -> [Block] {
        switch block.kind {
        case .titlePage:
            let settings = context.plan.settings
            return [
                .titlePage(
                    TitlePage(
                        title: evaluator.render(settings.title),
                        subtitle: settings.subtitle.map { evaluator.render($0) } ?? "",
                        office: settings.office, date: settings.date.map { evaluator.render($0) } ?? "",
                        logo: settings.theme.logo))
            ]
        case .contents(let title): return [.tableOfContents(title: title)]
        case .heading(let text, let level): return [.heading(Heading(level: level, evaluator.render(text)))]
        case .text(let template, let small):
            let runs = evaluator.inlines(template)
            if !evaluator.unavailable.isEmpty {
                note(evaluator.unavailable, scope: scope, at: block.location)
                return [.paragraph(Paragraph(explanation(for: evaluator.unavailable), role: small ? .note : .body))]
            }
            return [.paragraph(Paragraph(runs, role: small ? .note : .body))]
        case .list(let items, let ordered):
            let texts = items.map { item -> [Inline] in
                var itemEvaluator = ExpressionEvaluator(context: context, scope: scope)
                let runs = itemEvaluator.inlines(item)
                if !itemEvaluator.unavailable.isEmpty {
                    note(itemEvaluator.unavailable, scope: scope, at: block.location)
                    return [.text(explanation(for: itemEvaluator.unavailable))]
                }
                return runs
            }
            return [.list(ListBlock(ordered: ordered, items: texts))]
        case .table(let plan):
            let (table, signKey) = TableResolver(context: context).resolve(plan, scope: scope, evaluator: &evaluator)
            if table.rows.isEmpty {
                findings.append(
                    Finding(
                        severity: .warning, subject: scope.area.name, location: block.location,
                        message: "the table has no rows for this area"))
                return []
            }
            return [.table(table)] + (signKey.map { [.paragraph(Paragraph($0, role: .small))] } ?? [])
        case .figure(let plan):
            return figure(plan, scope: scope, location: block.location).map { [.figure($0)] } ?? []
        case .figures(let plans):
            let resolved = plans.compactMap { figure($0, scope: scope, location: block.location) }
            return resolved.isEmpty ? [] : [.figureRow(resolved)]
        case .image(let path, let caption):
            let base = URL(fileURLWithPath: context.plan.file).deletingLastPathComponent()
            let file = path.value.hasPrefix("/") ? path.value : base.appendingPathComponent(path.value).path
            do {
                return [.figure(Figure(drawing: try PNGFigure(path: file), caption: evaluator.render(caption)))]
            } catch {
                findings.append(
                    Finding(severity: .error, subject: scope.area.name, location: path.location, message: "\(error)"))
                return []
            }
        case .pageBreak: return [.pageBreak]
        case .columns(let count, let inner): return [.columns(count: count, blocks: resolve(inner, scope: scope))]
        case .indicatorOverview(let plan):
            if let table = IndicatorOverviewResolver(context: context).resolve(plan, evaluator: &evaluator) {
                return [.table(table)]
            }
            return plan.empty.map { [.paragraph(Paragraph(evaluator.render($0), role: .body))] } ?? []
        case .impressum: return PublicationResolver(context: context).impressum()
        case .signature: return PublicationResolver(context: context).signature()
        case .textFile(let plan): return slot(plan, scope: scope, evaluator: &evaluator, at: block.location)
        case .keyFigures(let plan):
            return [.table(KeyFiguresResolver(context: context).resolve(plan, scope: scope, evaluator: &evaluator))]
        case .indexMethod(let key): return IndexMethodResolver(context: context).resolve(key.value)
        case .needs(let plan): return NeedsResolver(context: context).resolve(plan, scope: scope)
        case .catchment(let plan):
            if plan.radius != nil && scope.point == nil {
                findings.append(
                    Finding(
                        severity: .error, subject: scope.area.name, location: block.location,
                        message: "a catchment with a radius is drawn around the point of a report; "
                            + "use it in a template with for-each: { points: … }, or leave out radius: "
                            + "to list the points inside the area"))
                return []
            }
            if !PointSources.unknown([plan.category.value], in: context.snapshot).isEmpty {
                findings.append(
                    Finding(
                        severity: .error, subject: scope.area.name, location: block.location,
                        message: PointSources.missing(plan.category.value)))
                return []
            }
            let table = CatchmentResolver(context: context).resolve(
                plan, around: scope.point, in: scope.area, evaluator: &evaluator)
            return table.rows.isEmpty ? [] : [.table(table)]
        case .forEach(let selector, let inner):
            return context.snapshot.areas(selector, scope: scope, context: context).flatMap { area in
                resolve(inner, scope: scope.moved(to: area, snapshot: context.snapshot))
            }
        }
    }

    private mutating func figure(_ plan: FigurePlan, scope: Scope, location: SourceLocation) -> Figure? {
        do {
            return try figures.figure(plan, scope: scope)
        } catch {
            findings.append(
                Finding(severity: .error, subject: scope.area.name, location: location, message: "\(error)"))
            return nil
        }
    }

    /// The slot file's blocks; a missing required file is a warning (`check` lists it), a missing optional one
    /// leaves the slot empty without a word.
    private mutating func slot(
        _ plan: TextFilePlan, scope: Scope, evaluator: inout ExpressionEvaluator, at location: SourceLocation
    ) -> [Block] {
        let path = evaluator.render(plan.path)
        do {
            if let text = try PublicationResolver(context: context).slot(plan, path: path) {
                checkHeadings(of: text, subject: scope.area.name)
                return text.blocks
            }
            if !plan.optional {
                findings.append(
                    Finding(
                        severity: .warning, subject: scope.area.name, location: location,
                        message: "the slot file \(path) is missing; write it (Markdown) next to the template, "
                            + "or mark the slot \"optional: true\""))
            }
        } catch {
            findings.append(
                Finding(
                    severity: .error, subject: scope.area.name, location: location,
                    message: "the slot file \(path) cannot be read: \(error); save it as UTF-8 text"))
        }
        return []
    }

    /// A slot file's headings go at most one level deeper than the heading before them (PDF/UA), from the level
    /// the document has where the slot stands, and are written with one to three `#`. The painter keeps a deeper
    /// one in step; `check` says where it was written and how to write it.
    private mutating func checkHeadings(of text: SlotText, subject: String) {
        if !resolvedHeading && !text.headings.isEmpty { readsStartLevel = true }
        var previous = headingLevel
        for heading in text.headings {
            let location = SourceLocation(file: text.file, line: heading.line, column: 1)
            if heading.marks > 3 {
                findings.append(
                    Finding(
                        severity: .warning, subject: subject, location: location,
                        message: "a slot file's headings have one to three #, this one has \(heading.marks) and is "
                            + "printed as level 3. Fix: write it with ### at most"))
            }
            let level = min(heading.marks, 3)
            if level > previous + 1 {
                let allowed = String(repeating: "#", count: previous + 1)
                let after = previous == 0 ? "opens the document" : "follows a level-\(previous) heading"
                findings.append(
                    Finding(
                        severity: .warning, subject: subject, location: location,
                        message: "a level-\(level) heading (\(String(repeating: "#", count: level))) \(after), but a "
                            + "tagged PDF goes one level deeper at most, so it is printed as level \(previous + 1). "
                            + "Fix: write it with \(allowed), or put a \(allowed) heading before it"))
            }
            previous = min(level, previous + 1)
        }
    }

    /// The sentence that replaces a text whose values cannot be shown.
    private func explanation(for values: [UnavailableValue]) -> String {
        values.map { value in
            let name = value.indicator.name
            switch value.status {
            case .suppressed:
                return "Angaben zu „\(name)“ werden für \(value.area.name) \(GermanNarrative.suppressed)."
            default:
                return "Für \(value.area.name) liegen zu „\(name)“ keine gültigen Daten vor."
            }
        }.joined(separator: " ")
    }

    private mutating func note(_ values: [UnavailableValue], scope: Scope, at location: SourceLocation) {
        for value in values {
            let what = value.status == .suppressed ? "suppressed (k. A.)" : "\(value.status.rawValue)"
            findings.append(
                Finding(
                    severity: .note, subject: scope.area.name, location: location,
                    message: "\(value.indicator.key) for \(value.area.name) is \(what); the text explains it instead"))
        }
    }
}
