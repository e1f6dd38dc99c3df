import Testing

@testable import CairoBridge

@Suite("PDF values are read as ISO 32000 writes them and written back unchanged in meaning")
struct PDFValueTests {
    static func parse(_ text: String) throws -> PDFValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { buffer in
            var parser = PDFParser(buffer, at: 0)
            return try parser.value()
        }
    }

    static func written(_ value: PDFValue) -> String {
        var output: [UInt8] = []
        value.write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test("escapes, octal codes, line continuations and hex strings give the bytes they stand for")
    func strings() throws {
        #expect(try Self.parse("(a\\(b\\)c\\\\d\\n\\101\\\nz)") == .string(Array("a(b)c\\d\nAz".utf8)))
        #expect(try Self.parse("(ein (geklammertes) Wort)") == .string(Array("ein (geklammertes) Wort".utf8)))
        #expect(try Self.parse("<FEFF00F6 006>") == .string([0xFE, 0xFF, 0x00, 0xF6, 0x00, 0x60]))
        #expect(try Self.parse("<FEFF00F6>").text == "ö")
    }

    @Test("references are told apart from numbers; dictionaries keep their order and round-trip")
    func structures() throws {
        let value = try Self.parse("<< /Kids [3 0 R 4 0 R 5] /Count 2 /Box [0 0 595.28 -1.5] /X null /Y true >>")
        let dictionary = try #require(value.dictionary)
        #expect(dictionary.entries.map(\.key) == ["Kids", "Count", "Box", "X", "Y"])
        #expect(
            dictionary["Kids"]
                == .array([.reference(PDFReference(number: 3)), .reference(PDFReference(number: 4)), .number("5")]))
        #expect(try Self.parse(Self.written(value)) == value)
        #expect(Self.written(.text("Grün (neu)")) == "<FEFF0047007200FC006E00200028006E006500750029>")
        #expect(Self.written(.text("Karte (neu)")) == "(Karte \\(neu\\))")
    }

    @Test("what is not PDF is a failure with its offset, not a crash")
    func failures() {
        for text in ["<< /A 1", "[1 2", "(offen", "<ABZ>", "<< 1 2 >>", ")", String(repeating: "[", count: 10_000)] {
            #expect(throws: PDFParser.Failure.self, "\(text.prefix(20))") { try Self.parse(text) }
        }
    }
}
