import Foundation
import Values

extension ProjectSetup {
    /// `indicators.yaml`: one entry per indicator found in the tables.
    var catalogueYAML: String {
        var lines = [
            "# Indicator catalogue of \(datasetName), written by `reportgen init`.",
            "# GUESS: names, units and sources come from the column titles; topic and polarity need your judgement.",
            "indicators:",
        ]
        for indicator in indicators {
            let aggregation =
                indicator.share.map {
                    "formula: { share: { numerator: \($0.numerator), denominator: \($0.denominator) } }"
                }
                ?? "aggregation: " + (indicator.unit != "%" && indicator.isCount ? "sum" : "none")
            var entry =
                "  - { key: \(indicator.key), name: \(quoted(indicator.name)), unit: \(quoted(indicator.unit)), "
                + "decimals: \(indicator.isCount ? 0 : 1), topic: \(quoted(Self.topic(of: indicator.name))), "
                + "\(aggregation),\n      source: \(quoted(indicator.source))"
            if let latest = indicator.periods.max() { entry += ", reference-date: \(latest.iso)" }
            lines.append(entry + " }")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The latest period of any value: the report's period.
    var latestPeriod: Period? { indicators.flatMap(\.periods).max() }

    static func topic(of name: String) -> String {
        let lower = name.lowercased()
        let topics: [(String, [String])] = [
            ("Bevölkerung", ["einwohner", "bevölkerung"]),
            ("Soziale Lage", ["arbeitslos", "sgb", "transfer", "armut", "leistung"]),
            ("Kinder- und Jugendhilfe", ["kita", "betreuung"]),
            ("Bildung", ["schul", "bildung"]),
            ("Wohnen und Lebensumfeld", ["haushalt", "wohn", "fläche"]),
        ]
        return topics.first { $0.1.contains(where: lower.contains) }?.0 ?? "Bevölkerung"
    }

    /// Writes the project: the data files (a Shapefile with its sidecar files) into `daten/`, the manifest, the
    /// catalogue, the starter Statusbericht and `reportgen.yaml`. Refuses a folder that is already a project.
    public func write() throws {
        let fileManager = FileManager.default
        let projectFile = folder.appendingPathComponent(ProjectFile.fileName)
        guard !fileManager.fileExists(atPath: projectFile.path) else {
            throw DataError.conflict(
                at: projectFile.path, problem: "the folder is already a ReportGen project",
                fix: "choose a new folder for `reportgen init`, or delete reportgen.yaml to start again")
        }
        let data = folder.appendingPathComponent("daten")
        try fileManager.createDirectory(at: data, withIntermediateDirectories: true)
        try fileManager.createDirectory(
            at: folder.appendingPathComponent("templates"), withIntermediateDirectories: true)
        for url in levels.compactMap(\.geometry?.url) + tables.map(\.url) + points.map(\.url) {
            for sibling in try Self.siblings(of: url) {
                let target = data.appendingPathComponent(sibling.lastPathComponent)
                if !fileManager.fileExists(atPath: target.path) { try fileManager.copyItem(at: sibling, to: target) }
            }
        }
        let store = NameSlug.slug(datasetName).replacingOccurrences(of: "_", with: "-") + ".sqlite"
        let project = ProjectFile(name: datasetName, manifest: "import.yaml", store: store)
        let files = [
            ("import.yaml", manifestYAML), ("indicators.yaml", catalogueYAML),
            ("templates/statusbericht.yaml", starterTemplate), (ProjectFile.fileName, project.yaml),
        ]
        for (name, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name), options: .atomic)
        }
    }

    /// A Shapefile with its .dbf, .shx, .prj, .cpg; any other file alone.
    private static func siblings(of url: URL) throws -> [URL] {
        guard url.pathExtension.lowercased() == "shp" else { return [url] }
        let stem = url.deletingPathExtension().lastPathComponent
        let folder = url.deletingLastPathComponent()
        return try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent == stem }
            .map { folder.appendingPathComponent($0) }
    }
}
