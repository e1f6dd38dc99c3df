import Foundation
import Testing

/// The layout prints no word of its own: every printed word comes with the document (`DocumentWords`,
/// `FigureWords`). This reads Sources/Layout and fails on German in code; comments may quote German examples.
@Suite("Sources/Layout holds no German word outside comments")
struct NoGermanLiteralTests {
    static let layoutFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/Layout")

    /// German words the reports print, none of which is an English word or a Swift keyword.
    static let words: Set<String> = [
        "Abbildung", "Tabelle", "Quelle", "Seite", "Gebiet", "Gebiete", "Gebieten", "Frauen", "Männer", "bis", "und",
        "mehr", "unter", "von", "Wert", "Werte", "Keine", "keine", "Angabe", "Angaben", "Karte", "Farbe", "ja", "nein",
        "hervorgehoben", "Hervorgehoben", "Vergleichswert", "Vergleich", "Altersgruppe", "Altersgruppen", "Indikator",
        "Indikatoren", "Spannweite", "aller", "mittlere", "Quartil", "Reihe", "Reihen", "Balkendiagramm",
        "Liniendiagramm", "Streudiagramm", "Profildiagramm", "Ausgleichsgerade", "Standorte", "Anzahl", "Fortsetzung",
        "Stand", "senkrecht", "waagerecht", "niedrigster", "Linien", "der", "die", "das", "mit", "nach", "bei", "zum",
        "oder", "Stadt", "Bezirk", "Bezirke", "Planungsraum", "Planungsräume", "Einwohner",
    ]

    /// Files that leave Layout for the value-types module (issue 8), with why they may still hold a word.
    static let leaving: Set<String> = [
        // German number formatting by name; "k. A." for a non-finite number, which no layout caller passes.
        "Format/GermanNumberFormat.swift"
    ]

    /// The line without its comment: everything from a `//` outside a string literal.
    static func code(_ line: Substring) -> Substring {
        var inString = false
        var escaped = false
        var previous: Character = " "
        for index in line.indices {
            let character = line[index]
            if inString {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                }
            } else if character == "\"" {
                inString = true
            } else if character == "/" && previous == "/" {
                return line[..<line.index(before: index)]
            }
            previous = character
        }
        return line
    }

    /// What is German in a line of code: umlauts, "k. A." and the words of the list.
    static func german(in code: Substring) -> [String] {
        var found = code.contains(#/[äöüÄÖÜß]/#) ? ["umlaut"] : []
        if code.contains("k. A.") { found.append("k. A.") }
        return found + code.split { !$0.isLetter }.map(String.init).filter(words.contains)
    }

    @Test("no German word, umlaut or \"k. A.\" in the code of Sources/Layout")
    func noGermanInLayout() throws {
        let files = try #require(FileManager.default.enumerator(atPath: Self.layoutFolder.path))
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") && !Self.leaving.contains($0) }
        #expect(files.count > 50, "Sources/Layout was not found at \(Self.layoutFolder.path)")
        var findings: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOf: Self.layoutFolder.appendingPathComponent(file), encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let german = Self.german(in: Self.code(line))
                if !german.isEmpty { findings.append("Sources/Layout/\(file):\(number + 1): \(german)") }
            }
        }
        let advice = "add the word to FigureWords or DocumentWords and pass it from ReportGen"
        #expect(findings.isEmpty, "German in Sources/Layout (\(advice)):\n\(findings.joined(separator: "\n"))")
    }

    @Test("the check finds German in code and not in comments")
    func checkFinds() {
        #expect(Self.german(in: Self.code(#"let a = "k. A." // Gebiete"#)) == ["k. A."])
        #expect(Self.german(in: Self.code(#"let url = "https://a.de/Gebiete" // bis"#)) == ["Gebiete"])
        #expect(Self.german(in: Self.code("/// Höchster Wert bis 3")).isEmpty)
        #expect(Self.german(in: Self.code(#"text("Größte")"#)) == ["umlaut"])
    }
}
