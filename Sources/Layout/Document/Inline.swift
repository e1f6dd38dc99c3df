import CairoBridge

/// A run of text inside a paragraph, list item or table cell.
public enum Inline: Hashable, Sendable {
    case text(String)
    case bold(String)
    case italic(String)
    /// A link to a named destination in the document (e.g. a heading) or to a web address.
    case link(String, target: LinkTarget)
}

public enum LinkTarget: Hashable, Sendable {
    case destination(String)
    case uri(String)
}

/// Inline runs turned into Pango markup, with the byte ranges of links in the plain text.
public struct InlineMarkup: Hashable, Sendable {
    public var markup: String
    /// The text without markup.
    public var plainText: String
    /// UTF-8 byte ranges of the plain text that are links.
    public var links: [LinkRange]

    public struct LinkRange: Hashable, Sendable {
        public var range: Range<Int>
        public var target: LinkTarget
    }

    public init(_ content: [Inline], linkColor: Color) {
        var markup = ""
        var plain = ""
        var plainBytes = 0
        var links: [LinkRange] = []
        for run in content {
            switch run {
            case .text(let text):
                markup += TextMarkup.escape(text)
                plainBytes += text.utf8.count
                plain += text
            case .bold(let text):
                markup += "<b>" + TextMarkup.escape(text) + "</b>"
                plainBytes += text.utf8.count
                plain += text
            case .italic(let text):
                markup += "<i>" + TextMarkup.escape(text) + "</i>"
                plainBytes += text.utf8.count
                plain += text
            case .link(let text, let target):
                markup += "<span foreground=\"\(linkColor.hex)\">" + TextMarkup.escape(text) + "</span>"
                links.append(LinkRange(range: plainBytes..<(plainBytes + text.utf8.count), target: target))
                plainBytes += text.utf8.count
                plain += text
            }
        }
        self.markup = markup
        plainText = plain
        self.links = links
    }
}
