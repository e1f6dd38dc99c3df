import Foundation

/// German hyphenation with the patterns of Debian's `hyphen-de` (the LibreOffice ones, two levels: compound
/// boundaries, then syllables): inserts soft hyphens (U+00AD) where a word may break, so that Pango breaks
/// "Arbeitslosigkeit" at "Arbeits-losigkeit" instead of between arbitrary letters.
///
/// Liang's algorithm is written here rather than calling `libhyphen`, the library those patterns come with:
/// `hnj_hyphen_load` takes 2,4 s for the German file on this machine (measured), on every run; reading the
/// patterns into dictionaries takes a small fraction of that.
///
/// `@unchecked Sendable`: the patterns are only read after loading; the cache of words is guarded by a lock.
public final class Hyphenator: @unchecked Sendable {
    /// Digits by position for each pattern's letters, one dictionary per level.
    private let levels: [[String: [UInt8]]]
    private let longestPattern: Int
    private var cache: [String: String] = [:]
    private let lock = NSLock()

    /// The German patterns, loaded once; nil when `hyphen-de` is not installed.
    public static let german: Hyphenator? = Hyphenator(patternsAt: "/usr/share/hyphen/hyph_de_DE.dic")

    /// Words shorter than this are left alone.
    static let minimumWordLength = 6

    /// Reads a hyphen pattern file (ISO 8859-1, `NEXTLEVEL` between levels); nil when it is missing.
    public init?(patternsAt path: String) {
        guard let data = FileManager.default.contents(atPath: path),
            let text = String(data: data, encoding: .isoLatin1)
        else { return nil }
        var levels: [[String: [UInt8]]] = [[:]]
        var longest = 0
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.split(separator: "/").first.map(String.init) ?? ""
            if entry == "NEXTLEVEL" {
                levels.append([:])
                continue
            }
            guard let first = entry.first, first != "#", !entry.contains(" "), !entry.hasPrefix("NOHYPHEN"),
                entry.uppercased() != entry || entry.contains(where: \.isNumber)
            else { continue }
            var letters = ""
            var values: [UInt8] = [0]
            for character in entry {
                if let digit = character.wholeNumberValue {
                    values[values.count - 1] = UInt8(clamping: digit)
                } else {
                    letters.append(character)
                    values.append(0)
                }
            }
            guard !letters.isEmpty else { continue }
            longest = max(longest, letters.count)
            levels[levels.count - 1][letters] = values
        }
        self.levels = levels
        longestPattern = longest
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
        let letters = Array(word.lowercased())
        guard letters.count == word.count else { return word }
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

    /// Liang's algorithm: the highest digit any matching pattern puts between each pair of letters.
    private static func values(for letters: [Character], patterns: [String: [UInt8]], longest: Int) -> [UInt8] {
        let framed = ["."] + letters + ["."]
        var values = [UInt8](repeating: 0, count: framed.count + 1)
        for start in framed.indices {
            var key = ""
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
