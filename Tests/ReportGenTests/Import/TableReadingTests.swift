import Foundation
import Testing

@testable import IndicatorData
@testable import ReportGen

@Suite("Reading tables")
struct TableReadingTests {
    @Test(
        "German numbers: thousands dots, decimal commas, spaces and apostrophes",
        arguments: [
            ("1.234,5", 1234.5), ("' 1 675 '", 1675), ("12,3", 12.3), ("-0,5", -0.5), ("1.234.567", 1_234_567),
            ("3503", 3503),
        ])
    func germanNumbers(text: String, expected: Double) {
        #expect(NumberParser.parse(text, decimalSeparator: ",") == expected)
    }

    @Test(
        "a decimal point is not mistaken for a thousands separator",
        arguments: ["4.22594", "1.2", "12,3,4", "abc", "1e999"])
    func rejectsAmbiguousNumbers(text: String) {
        #expect(NumberParser.parse(text, decimalSeparator: ",") == nil)
    }

    @Test("numbers with a decimal point when the table says so")
    func decimalPoint() {
        #expect(NumberParser.parse("4.22594", decimalSeparator: ".") == 4.22594)
        #expect(NumberParser.parse("-9999", decimalSeparator: ".") == -9999)
    }

    @Test("the delimiter is detected from the header", arguments: [(";", "a;b;c"), (",", "a,b,c"), ("\t", "a\tb\tc")])
    func delimiter(expected: String, header: String) throws {
        let table = try Table.readDelimited(
            text: header + "\n1" + String(expected) + "2" + String(expected) + "3\n", path: "t.csv", delimiter: nil,
            decimalSeparator: ",")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.first?.fields["c"] == "3")
    }

    @Test("quoted fields keep delimiters, doubled quotes and line breaks; lines are counted")
    func quotes() throws {
        let text = "key,name\n\"01\",\"Schöneberg-\nNord\"\n02,\"Ost 2, \"\"Alt\"\"\"\n"
        let table = try Table.readDelimited(text: text, path: "t.csv", delimiter: nil, decimalSeparator: ",")
        #expect(table.rows.map(\.line) == [2, 4])
        #expect(table.rows.first?.fields["name"] == "Schöneberg-\nNord")
        #expect(table.rows.last?.fields["name"] == "Ost 2, \"Alt\"")
    }

    @Test("UTF-8 with BOM and Windows-1252 are decoded; broken UTF-8 is reported with its line")
    func encodings() throws {
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data("Gesamt;PLR-ID\n".utf8)
        #expect(try TextEncoding.utf8.decode(bom, file: "f").hasPrefix("Gesamt"))
        let latin = Data([0x57, 0x65, 0x69, 0xDF, 0x65, 0x6E, 0x73, 0x65, 0x65, 0x20, 0x96])
        #expect(try TextEncoding.windows1252.decode(latin, file: "f") == "Weißensee –")
        let broken = Data("a;b\n1;2\n".utf8) + latin
        #expect(throws: DataError.notUTF8(file: "f", line: 3)) { try TextEncoding.utf8.decode(broken, file: "f") }
    }

    @Test("declared markers become missing, secret or invalid; other text is an error with line and column")
    func markers() throws {
        let yaml = """
            file: x.csv
            level: l
            columns: {}
            missing: [".", "–"]
            secret: ["k. A."]
            invalid: ["-9999"]
            """
        let source = try YAMLFileTestDecoder.decode(TableSource.self, yaml)
        let reader = CellReader(source: source, decimalSeparator: ",")
        #expect(try reader.read("–", file: "x", line: 2, column: "c").status == .missing)
        #expect(try reader.read(" ", file: "x", line: 2, column: "c").status == .missing)
        #expect(try reader.read("k. A.", file: "x", line: 2, column: "c").status == .suppressed)
        #expect(try reader.read("-9999", file: "x", line: 2, column: "c").status == .invalid)
        #expect(try reader.read("1.234,5", file: "x", line: 2, column: "c").value == 1234.5)
        #expect(throws: DataError.notANumber(file: "x", line: 7, column: "c", text: "n/a")) {
            try reader.read("n/a", file: "x", line: 7, column: "c")
        }
    }
}

@Suite("Joining by name")
struct NameMatcherTests {
    let matcher = NameMatcher(areas: [
        ("1", "Heerstraße"), ("2", "Brunnenstraße Nord"), ("3", "Schöneberg-Nord"), ("4", "Zehlendorf Nord"),
        ("5", "Ost 2 Alt-Reinickendorf"), ("6", "Schloßstraße"), ("7", "Schlossstraße"),
    ])

    @Test(
        "spellings that differ only in ß/ss, Str./Straße, hyphens, line breaks and spaces match",
        arguments: [
            ("Heerstrasse", "1"), ("Brunnenstr. Nord", "2"), ("Schöneberg-\nNord", "3"), ("Zehlendorf  Nord", "4"),
            ("Ost 2 - Alt-Reinickendorf", "5"),
        ])
    func matches(name: String, key: String) {
        #expect(matcher.match(name) == .area(key: key))
    }

    @Test("an unknown name comes back with the nearest candidates; a name two areas share is ambiguous")
    func unmatched() {
        guard case .unmatched(let nearest) = matcher.match("Heerstr Süd") else {
            Issue.record("expected no match")
            return
        }
        #expect(nearest.first == "Heerstraße")
        #expect(matcher.match("Schlossstrasse") == .ambiguous(keys: ["6", "7"]))
    }
}
