// libFuzzer harness for the import manifest and the indicator catalogue: any bytes as `import.yaml` (its
// `catalogue:` may name itself) and as the `indicators.yaml` of a small fixed manifest, read and checked as
// `reportgen import` does before it touches a store, with each table's row levels. Built and run by
// scripts/fuzz.sh.

import Foundation

@testable import IndicatorData
@testable import ReportGen

/// One folder per process: the input is written to both files, next to the fixed manifest that names it.
private let folder: URL = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportgen-fuzz-import-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let fixed = "dataset: Fuzz\ncrs: EPSG:25833\ncatalogue: indicators.yaml\nlevels: [{ key: bezirk, name: Bezirk }]\n"
    guard FileManager.default.createFile(atPath: folder.appendingPathComponent("fixed.yaml").path, contents: Data(fixed.utf8)) else {
        fatalError("cannot write into \(folder.path)")
    }
    return folder
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImportManifest(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    for name in ["import.yaml", "indicators.yaml"] {
        writeInput(data, size, to: folder.appendingPathComponent(name).path)
    }
    for manifest in ["import.yaml", "fixed.yaml"] {
        let url = folder.appendingPathComponent(manifest)
        guard let declarations = try? ImportDeclarations(manifest: url) else { continue }
        for table in declarations.manifest.tables {
            _ = try? RowLevel(source: table, file: url.path)
        }
    }
    return 0
}
