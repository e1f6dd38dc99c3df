import Foundation
import IndicatorData
import Layout

/// Turns plan blocks into layout blocks for one scope: texts written out, tables filled, figures drawn
/// from data, conditions applied. Records what the preflight should report.
struct BlockResolver {
    let context: ResolveContext
    let figures: FigureResolver
    private(set) var findings: [Finding] = []

    init(context: ResolveContext, figures: FigureResolver) {
        self.context = context
        self.figures = figures
    }

    mutating func resolve(_ blocks: [PlanBlock], scope: Scope) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            // The condition has its own evaluator: a value it tests must not count as missing in the block's text.
            var test = ExpressionEvaluator(context: context, scope: scope)
            if let condition = block.condition, !test.holds(condition) { continue }
            var evaluator = ExpressionEvaluator(context: context, scope: scope)
            result += resolve(block, scope: scope, evaluator: &evaluator)
        }
        return result
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
            if let blocks = try PublicationResolver(context: context).slot(plan, path: path) { return blocks }
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
