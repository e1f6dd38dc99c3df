import Foundation

/// German hyphenation with the patterns of Debian's `hyphen-de` (the LibreOffice ones, two levels: compound
/// boundaries, then syllables): inserts soft hyphens (U+00AD) where a word may break, so that Pango breaks
/// "Arbeitslosigkeit" at "Arbeits-losigkeit" instead of between arbitrary letters.
///
/// Liang's algorithm is written here rather than calling `libhyphen`, the library those patterns come with:
/// `hnj_hyphen_load` takes 2,4 s for the German file on this machine (measured), on every run; reading the
/// patterns into dictionaries takes a small fraction of that.
///
/// The patterns are read as bytes: the file is ISO 8859-1, one byte per letter, so a pattern's letters are its bytes
/// and a word is looked up by its letters' Latin-1 codes. Reading them as Swift `Character`s (grapheme breaking,
/// `wholeNumberValue`, `uppercased()` per line) took 0,18 s of every run's critical path (perf, benchmark document);
/// as bytes it takes a few milliseconds.
///
/// `@unchecked Sendable`: the patterns are only read after loading; the cache of words is guarded by a lock.
public final class Hyphenator: @unchecked Sendable {
    /// Digits by position for each pattern's letters (Latin-1 codes), one dictionary per level.
    private let levels: [[[UInt8]: [UInt8]]]
    private let longestPattern: Int
    private var cache: [String: String] = [:]
    private let lock = NSLock()

    /// The German patterns, loaded once; nil when `hyphen-de` is not installed.
    public static let german: Hyphenator? = Hyphenator(patternsAt: "/usr/share/hyphen/hyph_de_DE.dic")

    /// Words shorter than this are left alone.
    static let minimumWordLength = 6

    /// Reads a hyphen pattern file (ISO 8859-1, the charset on its first line, `NEXTLEVEL` between levels); nil when
    /// it is missing. Comments, keywords (`LEFTHYPHENMIN 2`, `NOHYPHEN …`) and the part after a `/` (non-standard
    /// hyphenation) are skipped.
    public init?(patternsAt path: String) {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        var levels: [[[UInt8]: [UInt8]]] = [[:]]
        var longest = 0
        [UInt8](data).withUnsafeBufferPointer { bytes in
            levels[0].reserveCapacity(bytes.count / 12)
            let lines = bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D })
            for line in lines.dropFirst() {
                let entry = line.prefix(while: { $0 != 0x2F })  // "/"
                if entry.elementsEqual("NEXTLEVEL".utf8) {
                    levels.append([:])
                    continue
                }
                guard let pattern = Self.pattern(entry) else { continue }
                longest = max(longest, pattern.letters.count)
                levels[levels.count - 1][pattern.letters] = pattern.values
            }
        }
        self.levels = levels
        longestPattern = longest
    }

    /// One line's letters and the digits between them (`values[i]` stands before letter `i`); nil for a comment,
    /// a keyword or an empty line.
    private static func pattern(_ entry: Slice<UnsafeBufferPointer<UInt8>>) -> (letters: [UInt8], values: [UInt8])? {
        guard let first = entry.first, first != UInt8(ascii: "#"), !entry.contains(UInt8(ascii: " ")),
            entry.contains(where: { isDigit($0) || isLowercase($0) })
        else { return nil }
        var letters: [UInt8] = []
        var values: [UInt8] = [0]
        letters.reserveCapacity(entry.count)
        values.reserveCapacity(entry.count + 1)
        for byte in entry {
            if isDigit(byte) {
                values[values.count - 1] = byte - UInt8(ascii: "0")
            } else {
                letters.append(byte)
                values.append(0)
            }
        }
        return letters.isEmpty ? nil : (letters, values)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// A lowercase letter of ISO 8859-1 (a–z, ß and à–ÿ except ÷).
    private static func isLowercase(_ byte: UInt8) -> Bool {
        (0x61...0x7A).contains(byte) || ((0xDF...0xFF).contains(byte) && byte != 0xF7)
    }

    /// `text` with soft hyphens in every word of at least six letters, at least two letters from the start
    /// and three from the end. Text inside `<…>` tags and `&…;` entities of Pango markup is left untouched.
    public func softHyphenated(markup text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        var word = ""
        var inTag = false
        var inEntity = false
        func flush() {
            result += word.count >= Self.minimumWordLength ? hyphenated(word) : word
            word = ""
        }
        for character in text {
            if inTag || inEntity {
                result.append(character)
                if inTag && character == ">" { inTag = false }
                if inEntity && character == ";" { inEntity = false }
            } else if character.isLetter {
                word.append(character)
            } else {
                flush()
                if character == "<" { inTag = true }
                if character == "&" { inEntity = true }
                result.append(character)
            }
        }
        flush()
        return result
    }

    /// One word with soft hyphens at the breaks any level allows.
    func hyphenated(_ word: String) -> String {
        if let known = lock.withLock({ cache[word] }) { return known }
        let lowercased = Array(word.lowercased())
        guard lowercased.count == word.count else { return word }
        let letters = lowercased.map(Self.latin1)
        var breaks = [Bool](repeating: false, count: letters.count)
        for patterns in levels {
            let values = Self.values(for: letters, patterns: patterns, longest: longestPattern)
            // values[m + 2] is the number between letters m and m + 1 (the word is framed by dots).
            for m in 1..<max(1, letters.count - 3) where values[m + 2] % 2 == 1 { breaks[m] = true }
        }
        var result = ""
        for (index, character) in word.enumerated() {
            result.append(character)
            if breaks[index] { result.append("\u{AD}") }
        }
        lock.withLock { cache[word] = result }
        return result
    }

    /// A letter's ISO 8859-1 code, composed first ("a" + U+0308 is "ä"); 0, which no pattern holds, for a letter
    /// outside Latin-1.
    private static func latin1(_ letter: Character) -> UInt8 {
        let scalars =
            letter.unicodeScalars.count == 1
            ? letter.unicodeScalars : String(letter).precomposedStringWithCanonicalMapping.unicodeScalars
        guard scalars.count == 1, let scalar = scalars.first, scalar.value <= 0xFF else { return 0 }
        return UInt8(scalar.value)
    }

    /// Liang's algorithm: the highest digit any matching pattern puts between each pair of letters.
    private static func values(for letters: [UInt8], patterns: [[UInt8]: [UInt8]], longest: Int) -> [UInt8] {
        let dot = UInt8(ascii: ".")
        let framed = [dot] + letters + [dot]
        var values = [UInt8](repeating: 0, count: framed.count + 1)
        var key: [UInt8] = []
        key.reserveCapacity(longest)
        for start in framed.indices {
            key.removeAll(keepingCapacity: true)
            for end in start..<min(framed.count, start + longest) {
                key.append(framed[end])
                guard let pattern = patterns[key] else { continue }
                for (offset, value) in pattern.enumerated() where start + offset < values.count {
                    values[start + offset] = max(values[start + offset], value)
                }
            }
        }
        return values
    }
}
