import Foundation
import PDFInspection
import Testing

@testable import ReportGen

/// A render that cannot write (a full disk, a file-size limit, a folder that is not one) stops with a clear error,
/// leaves no partial file and keeps the previous PDFs and manifest.json.
///
/// The disk is made to run out with the file-size limit of the shell (`ulimit -f`, with SIGXFSZ ignored so that
/// writes fail with EFBIG instead of killing the process): it binds root as well, needs no mount and works in
/// any CI container. Where mounting is allowed, a full tmpfs is tried as well.
@Suite("A full disk or an unwritable folder during render", .serialized)
struct FullDiskTests {
    let areas = ["--area", "011001", "--area", "011002"]

    /// `reportgen render` under a file-size limit of `kilobytes` (nil: none), from `sh`.
    func render(into folder: URL, limit kilobytes: Int?) throws -> PDFInspection.ToolResult {
        let store = try BerlinStore.get().url.path
        let command =
            ([
                ReportFixture.executable.path, "render", "templates/statusbericht.yaml", "--store", store, "-o",
                folder.path,
            ] + areas).map { "'\($0)'" }.joined(separator: " ")
        let limit = kilobytes.map { "trap '' XFSZ; ulimit -f \($0); " } ?? ""
        return try PDFInspection.run(
            executable: URL(fileURLWithPath: "/bin/sh"), ["-c", limit + "exec " + command], in: TestSupport.repoRoot,
            environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    }

    func contents(of folder: URL) throws -> [String: Data] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).reduce(into: [:]) { files, name in
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
    }

    func expectRefused(_ result: PDFInspection.ToolResult, folder: URL, before: [String: Data]) throws {
        #expect(result.status == 1, "exit \(result.status): \(result.output)")
        #expect(
            result.output.contains("cannot write the reports") && result.output.contains("Fix:"), "\(result.output)")
        let after = try contents(of: folder)
        #expect(!after.keys.contains { $0.hasSuffix(".partial") }, "\(after.keys.sorted())")
        #expect(after["manifest.json"] == before["manifest.json"], "manifest.json was replaced")
        for (name, data) in before where name.hasSuffix(".pdf") {
            #expect(after[name] == data, "\(name) changed")
        }
    }

    @Test("the disk runs out while a PDF is written: a clear error, no partial file, the previous run kept")
    func fullWhileWriting() throws {
        let folder = try PDFInspection.temporaryDirectory()
        #expect(try render(into: folder, limit: nil).status == 0)
        let before = try contents(of: folder)
        #expect(before.keys.filter { $0.hasSuffix(".pdf") }.count == 2)
        // Room for the probe before the run (64 KB), not for a whole PDF of the Statusbericht (about 100 KB).
        let result = try render(into: folder, limit: 80)
        try expectRefused(result, folder: folder, before: before)
        #expect(result.output.contains("File too large"), "\(result.output)")
    }

    @Test("a disk that is already full is found before anything is drawn")
    func fullBeforeWriting() throws {
        let folder = try PDFInspection.temporaryDirectory()
        #expect(try render(into: folder, limit: nil).status == 0)
        let before = try contents(of: folder)
        try expectRefused(try render(into: folder, limit: 8), folder: folder, before: before)
    }

    @Test("an output folder that cannot be created is a clear error")
    func folderIsAFile() throws {
        let file = try PDFInspection.temporaryDirectory().appendingPathComponent("report.txt")
        try TestSupport.write("kein Ordner", to: file)
        let result = try render(into: file.appendingPathComponent("out"), limit: nil)
        #expect(result.status == 1)
        #expect(
            result.output.contains("cannot write the reports") && result.output.contains("Fix:"), "\(result.output)")
    }

    @Test("a full tmpfs, where this machine allows mounting one")
    func fullTmpfs() throws {
        let mountPoint = try PDFInspection.temporaryDirectory()
        guard try PDFInspection.run("mount", ["-t", "tmpfs", "-o", "size=240k", "tmpfs", mountPoint.path]).status == 0
        else { return }
        defer { _ = try? PDFInspection.run("umount", [mountPoint.path]) }
        let folder = mountPoint.appendingPathComponent("out")
        let first = try render(into: folder, limit: nil)
        // Two PDFs of about 100 KB fill 240 KB: the second run finds no room for a new copy of either.
        guard first.status == 0 else {
            #expect(first.output.contains("cannot write the reports"), "\(first.output)")
            return
        }
        let before = try contents(of: folder)
        try expectRefused(try render(into: folder, limit: nil), folder: folder, before: before)
    }
}
