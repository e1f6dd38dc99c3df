import CairoBridge
import Foundation
import Layout

/// Writes a document as one self-contained, accessible HTML file: the language, headings in order, paragraphs
/// and lists, tables with caption and header cells, figures as inline SVG with their text alternative and
/// caption, sources as text, a linked table of contents, and print styles. Nothing is loaded from elsewhere.
public struct HTMLWriter {
    public let words: FormatWords
    public let theme: Theme

    public init(words: FormatWords, theme: Theme = .standard) {
        self.words = words
        self.theme = theme
    }

    /// Writes `document` to `url` atomically.
    public func write(_ document: Document, to url: URL) throws {
        let html = try self.html(for: document)
        try AtomicFile.write(to: url) { path in try Data(html.utf8).write(to: URL(fileURLWithPath: path)) }
    }

    /// The whole page.
    public func html(for document: Document) throws -> String {
        let metadata = document.metadata
        let language = metadata.language.split(separator: "-").first.map(String.init) ?? "de"
        var head = [
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(metadata.title))</title>",
        ]
        if !metadata.author.isEmpty {
            head.append("<meta name=\"author\" content=\"\(HTMLText.escape(metadata.author))\">")
        }
        if !metadata.subject.isEmpty {
            head.append("<meta name=\"description\" content=\"\(HTMLText.escape(metadata.subject))\">")
        }
        head.append("<meta name=\"generator\" content=\"\(HTMLText.escape(metadata.creator))\">")
        head.append("<style>\n\(HTMLStyle.css(theme: theme, page: document.pageSetup))</style>")
        var body = HTMLBody(document: document, words: words)
        let main = try body.blocks(document.blocks, width: document.pageSetup.contentRect.width)
        return """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(language))">
            <head>
            \(head.joined(separator: "\n"))
            </head>
            <body>
            <main>
            \(main)
            </main>
            </body>
            </html>

            """
    }
}
