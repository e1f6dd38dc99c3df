import ArgumentParser
import CairoBridge
import Foundation
import IndicatorData

/// What `render` and `check` share: read the template and the store, validate before anything is drawn.
struct TemplateRun {
    let plan: ReportPlan
    let store: IndicatorStore
    let context: ResolveContext

    /// `settings` are the run's `--set name=value`; `useSamples` gives required parameters that are not set their
    /// declared sample (`demo`, `check`) instead of refusing the run (`render`).
    init(template: String, storePath: String?, audience: String?, settings: [String] = [], useSamples: Bool = true)
        throws
    {
        var plan = try TemplateParser().parse(fileAt: template)
        plan.settings.parameterValues = try ParameterValues(
            settings, declared: plan.settings.parameters, at: SourceLocation(file: template, line: 1, column: 1),
            useSamples: useSamples)
        if let audience {
            guard let parsed = Audience(rawValue: audience) else {
                throw ValidationError("--audience must be \"public\" or \"internal\", not \"\(audience)\".")
            }
            plan.settings.audience = parsed
        }
        self.plan = plan
        let storeURL: URL
        if let storePath {
            storeURL = URL(fileURLWithPath: storePath)
            guard FileManager.default.fileExists(atPath: storeURL.path) else {
                throw DataError.fileNotFound(file: storeURL.path, referencedFrom: "--store")
            }
        } else if let project = try ProjectFile.find(
            from: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        {
            storeURL = project.storeURL
            guard FileManager.default.fileExists(atPath: storeURL.path) else {
                throw DataError.conflict(
                    at: project.folder.appendingPathComponent(ProjectFile.fileName).path,
                    problem: "the project \(project.name) has no store yet (\(project.store))",
                    fix: "run `reportgen import` in \(project.folder.path) first")
            }
        } else {
            storeURL = try DemoData.ensureStore(at: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        }
        store = try IndicatorStore(at: storeURL, readOnly: true)
        Self.loadHyphenationAside()
        if case .points(let category, _) = plan.settings.iteration {
            try DuplicatePointIDs.refuse(category: category, in: store)
        }
        let snapshot = try store.snapshot()
        let errors = TemplateValidator(vocabulary: snapshot.vocabulary).validate(plan)
        guard errors.isEmpty else { throw TemplateErrors(errors: errors) }
        context = ResolveContext(snapshot: snapshot, plan: plan)
    }

    /// Loads the German hyphenation patterns on another core while this one reads the store: the first paragraph
    /// laid out needs them, and loading them there kept the second layout thread waiting (20–30 ms, perf of the
    /// benchmark document). Loaded once per process; a run that never sets text only spends that other core.
    private static func loadHyphenationAside() {
        DispatchQueue.global(qos: .userInitiated).async { _ = Hyphenator.german }
    }
}

/// Several template errors, printed one per line.
struct TemplateErrors: Error, CustomStringConvertible {
    var errors: [TemplateError]
    var description: String { errors.map(\.description).joined(separator: "\n") }
}
