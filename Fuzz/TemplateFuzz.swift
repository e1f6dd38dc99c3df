// libFuzzer harness for the template parser and validator: any bytes as a template file, read as `check` reads
// it (parameters from their samples), then validated against the names of the demo store. Built and run by
// scripts/fuzz.sh, from the repository's root.

import Foundation

@testable import IndicatorData
@testable import ReportGen

/// The names of the demo store, so that the catalogue's templates validate and mutations of them reach every check.
private let vocabulary: TemplateVocabulary = {
    do {
        let store = try IndicatorStore(
            at: try DemoData.ensureStore(at: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)),
            readOnly: true)
        return try store.snapshot().vocabulary
    } catch {
        fatalError("The template harness needs the demo store: \(error)")
    }
}()

/// One file per process, in a folder of its own that links the folders of templates/ (themes, logos), so that a
/// catalogue template's `theme:` resolves as it does next to it.
private let templateFile: String = {
    let files = FileManager.default
    let folder = files.temporaryDirectory.appendingPathComponent("reportgen-fuzz-template-\(getpid())")
    try? files.createDirectory(at: folder, withIntermediateDirectories: true)
    let templates = URL(fileURLWithPath: files.currentDirectoryPath).appendingPathComponent("templates")
    for name in (try? files.contentsOfDirectory(atPath: templates.path)) ?? [] where !name.hasSuffix(".yaml") {
        try? files.createSymbolicLink(
            at: folder.appendingPathComponent(name), withDestinationURL: templates.appendingPathComponent(name))
    }
    return folder.appendingPathComponent("template.yaml").path
}()

/// Builds the demo store (once, slow) before the first input, so that it does not count as a hang.
@_cdecl("LLVMFuzzerInitialize")
public func initializeTemplateFuzz(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> Int32 {
    _ = vocabulary
    _ = templateFile
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplate(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    writeInput(data, size, to: templateFile)
    guard var plan = try? TemplateParser().parse(fileAt: templateFile) else { return 0 }
    let start = SourceLocation(file: templateFile, line: 1, column: 1)
    guard let values = try? ParameterValues([], declared: plan.settings.parameters, at: start, useSamples: true) else {
        return 0
    }
    plan.settings.parameterValues = values
    _ = TemplateValidator(vocabulary: vocabulary).validate(plan)
    return 0
}
