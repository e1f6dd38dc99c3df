import Foundation
import Layout

/// Writes DOCX and ODT through Pandoc: ReportGen writes the document in Pandoc's JSON format and a reference
/// document with the theme's styles, running header and page numbers; Pandoc turns both into the file.
/// Pandoc (Debian package `pandoc`) is what Quarto and R Markdown use for exactly this, and writes both
/// formats from one tree, so DOCX and ODT cannot disagree.
public struct PandocWriter {
    public let words: FormatWords
    public let theme: Theme

    public init(words: FormatWords, theme: Theme = .standard) {
        self.words = words
        self.theme = theme
    }

    /// Writes `document` as `format` (`.docx` or `.odt`) to `url` atomically.
    public func write(_ document: Document, as format: OutputFormat, to url: URL) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent(
            "reportgen-pandoc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var tree = PandocDocument(document: document, words: words, format: format, pictures: work)
        let json = try tree.json()
        let reference = work.appendingPathComponent("reference.\(format.fileExtension)")
        try ReferenceDocument(
            theme: theme, page: document.pageSetup, runningHeader: document.runningHeader, words: words,
            titlePageStyle: Self.titlePageStyle(of: document)
        )
        .data(for: format).write(to: reference)
        let source = work.appendingPathComponent("document.json")
        try Data(json.utf8).write(to: source)
        try AtomicFile.write(to: url) { path in
            try Self.run(
                ["-f", "json", "-t", format.fileExtension, "--reference-doc", reference.path, "-o", path, source.path],
                in: work, for: url)
            try Self.fixDates(of: path, for: url)
        }
    }

    /// Dates the archive's entries 1980-01-01, so the same document gives the same bytes (see `ZipDates`).
    private static func fixDates(of path: String, for url: URL) throws {
        let written = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let fixed = ZipDates.fixed(written) else {
            throw PandocError.unreadable(url.path)
        }
        try fixed.write(to: URL(fileURLWithPath: path))
    }

    /// The paragraph style a title page at the start of `document` begins with (see `PandocDocument`).
    private static func titlePageStyle(of document: Document) -> String? {
        guard case .titlePage(let titlePage) = document.blocks.first else { return nil }
        return titlePage.logo == nil ? "Title" : "Logo"
    }

    /// Runs pandoc in `folder` (where the pictures are).
    private static func run(_ arguments: [String], in folder: URL, for url: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pandoc"] + arguments
        process.currentDirectoryURL = folder
        let stderr = Pipe()
        process.standardError = stderr
        do { try process.run() } catch { throw PandocError.notRunnable(url.path, "\(error)") }
        let message = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let text = String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw PandocError.failed(url.path, process.terminationStatus, text)
        }
    }
}

/// What went wrong writing DOCX or ODT through Pandoc.
public enum PandocError: Error, CustomStringConvertible {
    case notRunnable(String, String)
    case failed(String, Int32, String)
    case unreadable(String)

    public var description: String {
        switch self {
        case .notRunnable(let path, let reason):
            "\(path): cannot start pandoc (\(reason)); install it with scripts/setup.sh (Debian package pandoc)."
        case .failed(let path, let status, let message):
            "\(path): pandoc failed with status \(status): \(message). Check that pandoc 2.17 or later is installed "
                + "(scripts/setup.sh)."
        case .unreadable(let path):
            "\(path): pandoc wrote a file that is not a readable ZIP archive. Check that pandoc 2.17 or later is "
                + "installed (scripts/setup.sh)."
        }
    }
}
