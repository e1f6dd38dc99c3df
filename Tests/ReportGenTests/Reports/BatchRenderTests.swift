import Foundation
import PDFInspection
import Testing

@testable import ReportGen

@Suite("Batch rendering", .serialized)
struct BatchRenderTests {
    let areas = ["--area", "011001", "--area", "081004", "--area", "111003"]

    func render(into folder: URL) throws -> (status: Int32, output: String) {
        try ReportFixture.run(
            ["render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path]
                + areas)
    }

    @Test("the same inputs give byte-identical PDFs and a manifest of every file")
    func reproducible() throws {
        let first = try PDFInspection.temporaryDirectory()
        let second = try PDFInspection.temporaryDirectory()
        #expect(try render(into: first).status == 0)
        #expect(try render(into: second).status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { $0.hasSuffix(".pdf") }
            .sorted()
        #expect(names.count == 3)
        for name in names {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between runs")
            #expect(try PDFInspection.run("qpdf", ["--check", first.appendingPathComponent(name).path]).status == 0)
        }
        let manifest = try String(contentsOf: first.appendingPathComponent("manifest.json"), encoding: .utf8)
        #expect(names.allSatisfy { manifest.contains($0) })
        #expect(manifest.contains("classBreaks"))
    }

    @Test("a run killed midway leaves only complete PDFs, and the next run removes its temporary files")
    func killedRun() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let process = Process()
        process.executableURL = ReportFixture.executable
        process.arguments = [
            "render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path,
            "-o", folder.path,
        ]
        process.currentDirectoryURL = TestSupport.repoRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some PDFs are written, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let written = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.filter {
                $0.hasSuffix(".pdf")
            }
            if (written?.count ?? 0) >= 3 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let pdfs = names.filter { $0.hasSuffix(".pdf") }
        #expect(!pdfs.isEmpty)
        #expect(pdfs.count < 143, "the run finished before it could be killed")
        for name in pdfs {
            #expect(
                try PDFInspection.run("qpdf", ["--check", folder.appendingPathComponent(name).path]).status == 0,
                "\(name)")
        }
        #expect(names.allSatisfy { $0.hasSuffix(".pdf") || $0.hasSuffix(".partial") })
        #expect(try render(into: folder).status == 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!after.contains { $0.hasSuffix(".partial") })
    }

    @Test("an area that does not exist is refused with a message, and nothing is written")
    func unknownArea() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let result = try ReportFixture.run(
            [
                "render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path,
                "--area", "999999",
            ])
        #expect(result.status != 0)
        #expect(result.output.contains("999999"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test("a template with a typo fails before anything is drawn, naming file, line, column and the fix")
    func typo() throws {
        let folder = try PDFInspection.temporaryDirectory()
        // The template names its theme relative to itself: the copy takes the themes (and their logo) along.
        try FileManager.default.copyItem(
            at: TestSupport.repoRoot.appendingPathComponent("templates/themes"),
            to: folder.appendingPathComponent("themes"))
        let template = folder.appendingPathComponent("typo.yaml")
        let text = try String(
            contentsOf: TestSupport.repoRoot.appendingPathComponent("templates/statusbericht.yaml"), encoding: .utf8
        )
        .replacingOccurrences(of: "indicator: kinderarmut\n", with: "indicator: kinderarmutt\n")
        try text.write(to: template, atomically: true, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let line = (lines.firstIndex { $0.contains("kinderarmutt") } ?? -1) + 1
        let written = line > 0 ? lines[line - 1] : ""
        let column =
            written.distance(
                from: written.startIndex, to: written.range(of: "kinderarmutt")?.lowerBound ?? written.startIndex) + 1
        let output = folder.appendingPathComponent("out")
        let result = try ReportFixture.run(
            ["render", template.path, "--store", try BerlinStore.get().url.path, "-o", output.path])
        #expect(result.status != 0)
        #expect(
            result.output.contains(
                "typo.yaml:\(line):\(column): error: unknown indicator \"kinderarmutt\". Did you mean \"kinderarmut\""))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}

@Suite("File names of a batch")
struct FileNameTests {
    @Test("names two reports share get the area key; unique names stay as they are")
    func unique() {
        let names = BatchRenderer.unique(
            ["heerstrasse.pdf", "mitte.pdf", "heerstrasse.pdf"], keys: ["041001", "011001", "050203"])
        #expect(names == ["heerstrasse-041001.pdf", "mitte.pdf", "heerstrasse-050203.pdf"])
        #expect(FileName.safe("Neukölln / Süd (Straße)") == "neukoelln-sued-strasse")
    }
}

@Suite("Parallel workers write the same bytes as one worker")
struct ParallelBatchRenderTests {
    /// Four Pankow regions whose first paragraph broke "Kinder-armut" or "Kin-derarmut" by chance when two workers
    /// laid out text at the same time (issue 15).
    let areas = ["031001", "032003", "033005", "034007"]

    func render(jobs: Int) throws -> [String: Data] {
        let folder = try PDFInspection.temporaryDirectory()
        let arguments =
            ["render", "templates/statusbericht.yaml", "--store", try BerlinStore.get().url.path, "-o", folder.path]
            + ["--jobs", "\(jobs)"] + areas.flatMap { ["--area", $0] }
        #expect(try ReportFixture.run(arguments).status == 0)
        var files: [String: Data] = [:]
        for area in areas {
            let name = "statusbericht-\(area).pdf"
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    @Test("four documents on two workers, three times over, equal those rendered one at a time")
    func parallelEqualsSerial() throws {
        let serial = try render(jobs: 1)
        for _ in 0..<3 {
            let parallel = try render(jobs: 2)
            for (name, bytes) in serial.sorted(by: { $0.key < $1.key }) {
                #expect(parallel[name] == bytes, "\(name) differs between two workers and one")
            }
        }
    }
}
