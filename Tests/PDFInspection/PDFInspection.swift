import Foundation

/// Reads PDFs back with the tools a reader's machine has (poppler-utils, qpdf), for tests.
public enum PDFInspection {
    public struct ToolResult: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `tool` with `arguments` and returns its exit status and standard output (standard error appended).
    public static func run(_ tool: String, _ arguments: [String]) throws -> ToolResult {
        try run(executable: URL(fileURLWithPath: "/usr/bin/env"), [tool] + arguments)
    }

    /// Runs a program in `directory` with extra `environment` variables.
    public static func run(
        executable: URL, _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> ToolResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// The text of the PDF in reading order (`pdftotext -layout` off), pages separated by form feeds.
    public static func text(of path: String) throws -> String {
        try run("pdftotext", [path, "-"]).output
    }

    /// The text of each page.
    public static func pages(of path: String) throws -> [String] {
        var pages = try text(of: path).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    /// `pdfinfo` as key → value.
    public static func info(of path: String) throws -> [String: String] {
        var result: [String: String] = [:]
        for line in try run("pdfinfo", [path]).output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            result[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }

    /// The page of every raster image (`pdfimages -list`), in order: a logo on page 1 gives [1].
    public static func imagePages(of path: String) throws -> [Int] {
        try run("pdfimages", ["-list", path]).output.split(separator: "\n").dropFirst(2).compactMap {
            $0.split(separator: " ").first.flatMap { Int($0) }
        }
    }

    /// The font table rows of `pdffonts` (after the two header lines).
    public static func fonts(of path: String) throws -> [String] {
        Array(try run("pdffonts", [path]).output.split(separator: "\n").dropFirst(2).map(String.init))
    }

    /// The outline (bookmark) titles, via `qpdf --json`.
    public static func outlineTitles(of path: String) throws -> [String] {
        let json = try run("qpdf", ["--json", "--json-key=outlines", path]).output
        guard let data = json.data(using: .utf8),
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let outlines = object["outlines"] as? [[String: Any]]
        else { return [] }
        func titles(_ items: [[String: Any]]) -> [String] {
            items.flatMap { item in
                [(item["title"] as? String) ?? ""] + titles((item["kids"] as? [[String: Any]]) ?? [])
            }
        }
        return titles(outlines)
    }

    /// A fresh temporary folder for a test's output.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportgen-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
