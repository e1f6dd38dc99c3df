import CairoBridge
import Foundation
import GermanWords
import IndicatorData
import Layout

/// One report ready for layout, with its file name and what the preflight found.
public struct ResolvedReport {
    public var document: Document
    public var fileName: String
    /// The area or point of interest the report is about.
    public var subject: String
    public var findings: [Finding]
}

/// Runs a plan against the store: which reports there are, and the document of each.
public struct ReportResolver: Sendable {
    public let context: ResolveContext

    public init(context: ResolveContext) {
        self.context = context
    }

    var settings: ReportSettings { context.plan.settings }
    var snapshot: StoreSnapshot { context.snapshot }

    /// The scopes of a run: every area of the iteration level that passes the filter (or every point of
    /// interest), sorted; `only` restricts them to the given area keys or point numbers.
    public func scopes(only keys: Set<String>? = nil) -> [Scope] {
        var scopes: [Scope]
        switch settings.iteration {
        case .city:
            scopes = snapshot.city.map { [Scope(area: $0, snapshot: snapshot)] } ?? []
        case .areas(let level, let filter, let sort):
            var areas = snapshot.areas(level: level.value)
            if let filter {
                areas = areas.filter { area in
                    var evaluator = ExpressionEvaluator(context: context, scope: Scope(area: area, snapshot: snapshot))
                    return evaluator.holds(filter)
                }
            }
            areas = context.sorted(areas, by: sort)
            scopes = areas.map { Scope(area: $0, snapshot: snapshot) }
        case .points(let category, let filter):
            scopes = snapshot.pointsOfInterest(category: category.value).compactMap { point in
                guard let id = point.area, let area = snapshot.area(id) else { return nil }
                return Scope(area: area, snapshot: snapshot, point: point)
            }
            if let filter {
                scopes = scopes.filter { scope in
                    var evaluator = ExpressionEvaluator(context: context, scope: scope)
                    return evaluator.holds(filter)
                }
            }
        }
        guard let keys else { return scopes }
        return scopes.filter { keys.contains($0.point?.sourceID ?? $0.area.id.key) }
    }

    /// The document of one report.
    public func report(for scope: Scope) -> ResolvedReport {
        report(for: [scope], subject: scope.point?.name ?? scope.area.name)
    }

    /// One document with a part for each scope (`output: combined`); title page and contents appear once. The
    /// scopes' parts are resolved on `threads` threads, into the same document as on one.
    public func combinedReport(for scopes: [Scope], threads: Int = 1) -> ResolvedReport {
        report(for: scopes, subject: "\(scopes.count) Gebiete", threads: threads)
    }

    private func report(for scopes: [Scope], subject: String, threads: Int = 1) -> ResolvedReport {
        guard let first = scopes.first else {
            return ResolvedReport(
                document: Document(metadata: PDFMetadata(title: ""), words: .german, blocks: []), fileName: "empty.pdf",
                subject: subject, findings: [])
        }
        // The intro and closing once, about the first area (in a combined document, the city's blocks usually
        // say `city.` and `area.` alike); the body for every area.
        var intro = BlockResolver(context: context, figures: FigureResolver(context: context))
        var blocks = intro.resolve(context.plan.intro, scope: first)
        let body = ScopeBodies(context: context).resolve(scopes, after: intro.headingLevel, threads: threads)
        blocks += body.blocks
        var closing = BlockResolver(
            context: context, figures: FigureResolver(context: context), headingLevel: body.headingLevel)
        blocks += closing.resolve(context.plan.closing, scope: first)
        var evaluator = ExpressionEvaluator(context: context, scope: first)
        let title = evaluator.render(settings.title)
        let metadata = PDFMetadata(
            title: title, author: settings.office, subject: settings.subtitle.map { evaluator.render($0) } ?? "",
            keywords: keywords(), language: settings.locale)
        let document = Document(
            metadata: metadata, pageSetup: settings.theme.pageSetup,
            runningHeader: settings.header.map { evaluator.render($0) } ?? title, logo: settings.theme.logo,
            numberHeadings: settings.numberHeadings, words: .german, blocks: blocks)
        let empty = EmptySections.headings(in: blocks).map {
            Finding(severity: .warning, subject: subject, location: nil, message: "the section \"\($0)\" is empty")
        }
        return ResolvedReport(
            document: document, fileName: fileName(for: scopes), subject: subject,
            findings: intro.findings + body.findings + closing.findings + empty)
    }

    /// The file a report is written to: the template's `file-name`, or the template's name and the area key.
    public func fileName(for scopes: [Scope]) -> String {
        guard let first = scopes.first else { return "\(templateName).pdf" }
        var evaluator = ExpressionEvaluator(context: context, scope: first)
        let name =
            settings.fileName.map { evaluator.render($0) }
            ?? (scopes.count == 1 ? "\(templateName)-\(first.point?.sourceID ?? first.area.id.key)" : templateName)
        return FileName.safe(name) + ".pdf"
    }

    private var templateName: String {
        URL(fileURLWithPath: context.plan.file).deletingPathExtension().lastPathComponent
    }

    private func keywords() -> [String] {
        var names: [String] = []
        func collect(_ blocks: [PlanBlock]) {
            for block in blocks {
                switch block.kind {
                case .figure(let figure): names += figure.indicators.map(\.value)
                case .figures(let figures): names += figures.flatMap { $0.indicators.map(\.value) }
                case .table(let table): names += table.columns.map(\.indicator.value)
                case .forEach(_, let inner), .columns(_, let inner): collect(inner)
                default: break
                }
            }
        }
        collect(context.plan.allBlocks)
        var seen = Set<String>()
        return names.compactMap { snapshot.indicator(key: $0)?.shortName }.filter { seen.insert($0).inserted }
    }
}

/// File names from area names: lower case ASCII, umlauts spelt out, other characters as hyphens.
enum FileName {
    static func safe(_ name: String) -> String {
        let replacements: [Character: String] = [
            "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "ae", "Ö": "oe", "Ü": "ue",
        ]
        var result = ""
        for character in name {
            if let replacement = replacements[character] {
                result += replacement
            } else if character.isASCII && (character.isLetter || character.isNumber) {
                result += character.lowercased()
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        let trimmed = result.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "bericht" : String(trimmed.prefix(120))
    }
}
