import Layout

/// Escaping and inline runs for HTML.
enum HTMLText {
    /// `text` with `&`, `<`, `>` and `"` escaped, safe in element content and quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Inline runs as HTML: `<strong>`, `<em>`, links to headings (`#h3`) or web addresses.
    static func inline(_ runs: [Inline]) -> String {
        runs.map { run in
            switch run {
            case .text(let text): escape(text)
            case .bold(let text): "<strong>\(escape(text))</strong>"
            case .italic(let text): "<em>\(escape(text))</em>"
            case .link(let text, .destination(let name)): "<a href=\"#\(escape(name))\">\(escape(text))</a>"
            case .link(let text, .uri(let address)): "<a href=\"\(escape(address))\">\(escape(text))</a>"
            }
        }.joined()
    }
}
