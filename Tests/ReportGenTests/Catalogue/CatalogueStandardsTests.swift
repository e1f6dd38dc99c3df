import Foundation
import PDFInspection
import Testing

/// Runs `../shared/tools/pdfcheck.py` (30 machine-checkable points of PDF/UA-1 and PDF/A-2a) with the test
/// environment's Python (`.venv`, made by scripts/setup.sh with pikepdf).
enum PDFCheck {
    struct Result {
        var checks: Int
        /// Check id → the files (and details) that failed it.
        var failures: [String: [String]]
    }

    /// The checker beside the repository (CI lays a copy of shared/ there), resolved without symbolic links.
    static var script: URL {
        TestSupport.repoRoot.appendingPathComponent("../shared/tools/pdfcheck.py").standardizedFileURL
            .resolvingSymlinksInPath()
    }

    static var python: URL { TestSupport.repoRoot.appendingPathComponent(".venv/bin/python") }

    static func run(_ paths: [String]) throws -> Result {
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw Failure(
                "the PDF checker \(script.path) is missing: the tests expect shared/ beside the repository (../shared/tools/pdfcheck.py)"
            )
        }
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            throw Failure("\(python.path) is missing: run `bash scripts/setup.sh`, which makes .venv with pikepdf")
        }
        let output = try PDFInspection.run(executable: python, [script.path] + paths).output
        var failures: [String: [String]] = [:]
        var checks = 0
        for line in output.split(separator: "\n").map(String.init) {
            if let match = line.firstMatch(of: /^(\d+) checks, \d+ failed$/) { checks = Int(match.1) ?? 0 }
            let parts = line.components(separatedBy: ": ")
            if parts.count >= 3, parts[1].allSatisfy({ $0.isUppercase || $0 == "-" }) {
                failures[parts[1], default: []].append(parts[0] + ": " + parts[2...].joined(separator: ": "))
            }
        }
        return Result(checks: checks, failures: failures)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

@Suite("Every PDF of the catalogue passes the machine checks of PDF/UA-1 and PDF/A-2a", .serialized)
struct CatalogueStandardsTests {
    @Test("all 30 checks on every demo PDF, qpdf finds nothing wrong, and no extracted word holds a soft hyphen")
    func catalogue() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let demo = try ReportFixture.run(["demo", "--output", folder.path])
        #expect(demo.status == 0, "\(demo.output)")
        let paths = try pdfs(in: folder)
        #expect(paths.count >= 100, "the catalogue rendered only \(paths.count) PDFs")
        let result = try PDFCheck.run(paths)
        #expect(result.checks == 30 * paths.count, "pdfcheck ran \(result.checks) checks on \(paths.count) files")
        for (check, files) in result.failures.sorted(by: { $0.key < $1.key }) {
            Issue.record(
                Comment(
                    rawValue:
                        "\(check) failed on \(files.count) files, e.g. \(files.prefix(2).joined(separator: " | "))"))
        }
        for path in paths {
            let check = try PDFInspection.run("qpdf", ["--check", path])
            #expect(
                check.status == 0 && check.output.contains("No syntax or stream encoding errors"),
                "\(path): \(check.output)")
            let text = try PDFInspection.run("pdftotext", [path, "-"]).output
            let words = Self.wordsWithSoftHyphens(text)
            #expect(words.isEmpty, "\(path): soft hyphens inside \(words.prefix(5))")
        }
    }

    @Test("a soft hyphen inside an extracted word is found, one at the end of a line is not")
    func softHyphenInsideWord() {
        let text = "veröf\u{AD}fentlicht Arbeitslosig\u{AD}\nkeit"
        #expect(Self.wordsWithSoftHyphens(text) == ["veröf\u{AD}fentlicht"])
    }

    /// The words of `text` that hold a soft hyphen (U+00AD) followed by a letter: one a line did not break at.
    static func wordsWithSoftHyphens(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).map(String.init).filter { word in
            let scalars = Array(word.unicodeScalars)
            return scalars.indices.dropLast().contains {
                scalars[$0] == "\u{AD}" && scalars[$0 + 1].properties.isAlphabetic
            }
        }
    }

    @Test("--no-pdf-standards writes a tagged PDF that claims neither standard")
    func optionOff() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let render = try ReportFixture.run(
            [
                "render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path,
                "--area", "011001", "--no-pdf-standards",
            ])
        #expect(render.status == 0, "\(render.output)")
        let result = try PDFCheck.run(try pdfs(in: folder))
        #expect(
            Set(result.failures.keys).isSuperset(of: ["XMP-PDFUA", "XMP-PDFA", "OUTPUT-INTENT", "CONTENT-UNTAGGED"]))
        for check in ["MARKED", "LANG", "STRUCT-TREE", "FIGURE-ALT", "TRAILER-ID", "FONTS", "TITLE"] {
            #expect(result.failures[check] == nil, "\(check): \(result.failures[check] ?? [])")
        }
    }

    private func pdfs(in folder: URL) throws -> [String] {
        let files =
            FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.allObjects as? [URL] ?? []
        return files.filter { $0.pathExtension == "pdf" }.map(\.path).sorted()
    }
}
