import Foundation
import Yams

/// `reportgen.yaml`, the small file that makes a folder a project: its name, its import manifest and its store,
/// so that `reportgen import` and `render` in the folder need no `--store`.
public struct ProjectFile: Codable, Equatable, Sendable {
    public static let fileName = "reportgen.yaml"

    public var name: String
    public var manifest: String
    public var store: String
    /// The folder the file is in; paths are relative to it.
    public var folder: URL = URL(fileURLWithPath: ".")

    enum CodingKeys: String, CodingKey { case name, manifest, store }

    public var manifestURL: URL { FileGlob.url(manifest, relativeTo: folder) }
    public var storeURL: URL { FileGlob.url(store, relativeTo: folder) }

    /// The project of `directory` or of the nearest folder above it; nil outside any project.
    public static func find(from directory: URL) throws -> ProjectFile? {
        var folder = directory.standardizedFileURL
        while true {
            let url = folder.appendingPathComponent(fileName)
            if FileManager.default.fileExists(atPath: url.path) {
                var project = try YAMLFile.decode(
                    ProjectFile.self, shape: shape, from: url, referencedFrom: "the project"
                ).0
                project.folder = folder
                return project
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    static let shape = YAMLShape.record(
        what: "project file", fields: ["name": .text, "manifest": .text, "store": .text],
        required: ["name", "manifest", "store"])

    var yaml: String {
        """
        # A ReportGen project: `reportgen import` and `reportgen render` in this folder use these files.
        name: \(name)
        manifest: \(manifest)                 # what to import (see docs/import-reference.md)
        store: \(store)               # the indicator store the import writes and reports read

        """
    }
}
