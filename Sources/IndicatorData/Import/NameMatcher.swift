import Foundation

/// Joins area names from sources without keys to the areas of a level, after normalising spelling:
/// case, ß/ss, umlauts, "Str."/"Straße", hyphens, line breaks and repeated whitespace.
package struct NameMatcher {
    enum Match: Equatable {
        case area(key: String)
        /// No area has this name; the nearest names, best first.
        case unmatched(nearest: [String])
        /// Several areas share the normalised name.
        case ambiguous(keys: [String])
    }

    private var keysByName: [String: [String]] = [:]
    private var names: [(normalised: String, original: String)] = []
    private var aliases: [String: String]

    init(areas: [(key: String, name: String)], aliases: [String: String] = [:]) {
        for area in areas {
            let normalised = Self.normalise(area.name)
            keysByName[normalised, default: []].append(area.key)
            names.append((normalised, area.name))
        }
        self.aliases = Dictionary(aliases.map { (Self.normalise($0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    func match(_ name: String) -> Match {
        let normalised = Self.normalise(name)
        if let key = aliases[normalised] { return .area(key: key) }
        switch keysByName[normalised] ?? [] {
        case let keys where keys.count == 1: return .area(key: keys[0])
        case let keys where keys.count > 1: return .ambiguous(keys: keys)
        default:
            let scored: [(name: String, distance: Int)] = names.map { candidate in
                (candidate.original, Suggestions.editDistance(Array(candidate.normalised), Array(normalised)))
            }
            let sorted = scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
            return .unmatched(nearest: sorted.prefix(3).map(\.name))
        }
    }

    package static func normalise(_ name: String) -> String {
        var text = name.lowercased()
        for (from, to) in [("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("é", "e")] {
            text = text.replacingOccurrences(of: from, with: to)
        }
        let characters: [Character] = text.map { $0.isLetter || $0.isNumber || $0 == "." ? $0 : " " }
        let words: [String] = characters.split(separator: " ").map { String($0) }
        let spelled: [String] = words.map { word in
            var word = word
            if word.hasSuffix("str.") { word = String(word.dropLast(4)) + "strasse" }
            if word == "str" { word = "strasse" }
            return word.replacingOccurrences(of: ".", with: "")
        }
        return spelled.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
