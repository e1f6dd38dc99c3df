import Foundation
import PDFInspection
import Testing

@testable import IndicatorData
@testable import ReportGen

/// Templates a careless or hostile user might write: each gives a located error, none crashes or hangs.
@Suite("Hostile templates are refused with a located message")
struct HostileTemplateTests {
    let folder: URL

    init() throws {
        folder = try PDFInspection.temporaryDirectory()
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let path = folder.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func error(_ text: String) throws -> TemplateError {
        let path = try write("t.yaml", text)
        do {
            _ = try TemplateParser().parse(fileAt: path)
        } catch {
            return error
        }
        Issue.record("expected an error")
        return .yaml(SourceLocation(file: "", line: 0, column: 0), "")
    }

    @Test("an image or a theme logo that is a folder, missing, not a PNG or truncated is an error at its path")
    func images() throws {
        let logo = try Data(contentsOf: TestSupport.repoRoot.appendingPathComponent("templates/themes/logo-demo.png"))
        try logo.prefix(300).write(to: folder.appendingPathComponent("kurz.png"))
        try Data("kein Bild".utf8).write(to: folder.appendingPathComponent("text.png"))
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("ordner"), withIntermediateDirectories: true)
        for (path, expected) in [
            (".", "is a folder"), ("ordner", "is a folder"), ("fehlt.png", "does not exist"),
            ("text.png", "not a PNG"), ("kurz.png", "kurz.png"),
        ] {
            let error = try error("report:\n  title: x\nbody:\n  - image: { path: \"\(path)\" }\n")
            #expect(error.location.line == 4 && error.location.column == 20, "\(path)")
            #expect(error.message.contains(expected), "\(path): \(error.message)")
        }
        try write("thema.yaml", "logo: ordner\n")
        let theme = try error("report:\n  title: x\n  theme: thema.yaml\nbody:\n  - text: x\n")
        #expect(theme.location.file.hasSuffix("thema.yaml") && theme.location.line == 1)
        #expect(theme.message.contains("is a folder"))
    }

    @Test("a YAML alias bomb is refused once it expands past the bound, without exhausting memory")
    func aliasBomb() throws {
        var lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
        for level in 1..<9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            lines.append("a\(level): &a\(level) [\(previous)]")
        }
        let error = try error(lines.joined(separator: "\n") + "\nreport: { title: x }\nbody: [text: x]\n")
        #expect(error.message.contains("aliases"))
    }

    @Test("blocks nested too deep, includes nested too deep or fanning out too far are errors")
    func bounds() throws {
        var body = "[text: innen]"
        for _ in 0..<24 { body = "[columns: { count: 2, body: \(body) }]" }
        #expect(try error("report:\n  title: x\nbody: \(body)\n").message.contains("nested more than"))
        try write("selbst.yaml", "- include: selbst.yaml\n")
        #expect(
            try error("report:\n  title: x\nbody:\n  - include: selbst.yaml\n").message.contains("nested more than"))
        // Ten files that each include the next level ten times: 10^8 includes without a bound.
        for level in 0..<8 {
            let next =
                level == 7 ? "- text: Blatt\n" : String(repeating: "- include: teil\(level + 1).yaml\n", count: 10)
            try write("teil\(level).yaml", next)
        }
        let fanOut = try error("report:\n  title: x\nbody:\n  - include: teil0.yaml\n")
        #expect(fanOut.message.contains("more than \(TemplateParser.maximumIncludes) files"))
        // The count is per template: one parser reads template after template.
        let parser = TemplateParser()
        let path = try write("klein.yaml", "report:\n  title: x\nbody:\n  - include: teil7.yaml\n")
        for _ in 0...TemplateParser.maximumIncludes { _ = try parser.parse(fileAt: path) }
    }

    @Test("an include reads only YAML template parts and never prints another file's content")
    func foreignIncludes() throws {
        let environment = try error("report:\n  title: x\nbody:\n  - include: /proc/self/environ\n")
        #expect(environment.location.line == 4)
        #expect(!environment.description.contains("PATH="))
        #expect(environment.message.contains(".yaml"))
        try write("geheim.txt", "PASSWORT=streng-geheim\n")
        let secret = try error("report:\n  title: x\nbody:\n  - include: geheim.txt\n")
        #expect(!secret.description.contains("streng-geheim"))
    }

    @Test("control characters and NUL in template text are refused at their line and column")
    func controlCharacters() throws {
        for character in ["\u{0}", "\u{1}", "\u{1B}", "\u{7F}", "\u{E000}"] {
            let error = try error("report:\n  title: x\nbody:\n  - text: \"ab\(character)c\"\n")
            #expect(error.location.line == 4 && error.location.column == 14, "\(character.unicodeScalars)")
            #expect(error.message.contains("invisible character U+"))
        }
    }
}

/// `render` refuses what `check` refuses, before anything is written.
@Suite("Render honours every error check finds")
struct CheckRenderAgreementTests {
    func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        try ReportFixture.run(arguments)
    }

    @Test("periods that are not in the store are errors naming the periods that are")
    func periods() throws {
        let folder = try PDFInspection.temporaryDirectory()
        for (period, expected) in [("2020-12-13", "2020-12-31"), ("banana", "a date")] {
            let path = folder.appendingPathComponent("p.yaml").path
            try "report:\n  title: x\n  period: \(period)\nbody:\n  - text: \"{{ city.value.einwohner }}\"\n"
                .write(toFile: path, atomically: true, encoding: .utf8)
            let check = try run(["check", path])
            #expect(
                check.status != 0 && check.output.contains("p.yaml:3:11") && check.output.contains(expected),
                "\(check.output)")
            let render = try run(["render", path, "-o", folder.appendingPathComponent("out").path])
            #expect(render.status != 0 && render.output.contains("p.yaml:3:11"))
        }
        let map = folder.appendingPathComponent("m.yaml").path
        try "report:\n  title: x\nbody:\n  - map: { indicator: kinderarmut, period: 2019-12-31 }\n"
            .write(toFile: map, atomically: true, encoding: .utf8)
        let check = try run(["check", map])
        #expect(
            check.status != 0 && check.output.contains("m.yaml:4:") && check.output.contains("2017-12-31, 2020-12-31"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out").path + "/x.pdf"))
    }

    @Test("on mangled templates render exits non-zero exactly where check reports an error, and then writes no PDF")
    func mangled() throws {
        let original = try String(
            contentsOf: TestSupport.repoRoot.appendingPathComponent(
                "templates/kurzbericht-bildungsvoraussetzungen.yaml"),
            encoding: .utf8)
        let folder = try PDFInspection.temporaryDirectory()
        // The catalogue's templates name their theme relative to themselves: the copy takes the themes along.
        try FileManager.default.copyItem(
            at: TestSupport.repoRoot.appendingPathComponent("templates/themes"),
            to: folder.appendingPathComponent("themes"))
        var generator = SplitMix64(state: 20_261_129)
        var failed = 0
        for round in 0..<16 {
            let path = folder.appendingPathComponent("t\(round).yaml").path
            try TemplateMutationTests.mangle(original, using: &generator).write(
                toFile: path, atomically: true, encoding: .utf8)
            let output = folder.appendingPathComponent("out\(round)")
            let check = try run(["check", path])
            let render = try run(["render", path, "-o", output.path])
            #expect((check.status == 0) == (render.status == 0), "round \(round): \(check.output) / \(render.output)")
            if check.status != 0 {
                failed += 1
                let pdfs =
                    (try? FileManager.default.contentsOfDirectory(atPath: output.path))?.filter { $0.hasSuffix(".pdf") }
                    ?? []
                #expect(pdfs.isEmpty, "round \(round)")
            }
        }
        #expect(failed > 0 && failed < 16)
    }

    @Test("a map whose classes cannot be formed stops the document: render exits non-zero and writes nothing")
    func brokenMap() throws {
        let folder = try PDFInspection.temporaryDirectory()
        let path = folder.appendingPathComponent("k.yaml").path
        try "report:\n  title: x\nbody:\n  - map: { indicator: kinderarmut, classes: { breaks: [30, 20, 10] } }\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let check = try run(["check", path])
        let output = folder.appendingPathComponent("out")
        let render = try run(["render", path, "-o", output.path])
        #expect(check.status != 0 && render.status != 0)
        #expect(render.output.contains("k.yaml:4:"), "\(render.output)")
        let pdfs =
            (try? FileManager.default.contentsOfDirectory(atPath: output.path))?.filter { $0.hasSuffix(".pdf") } ?? []
        #expect(pdfs.isEmpty)
    }
}
