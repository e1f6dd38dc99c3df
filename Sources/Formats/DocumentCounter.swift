import Layout

/// Numbers headings in reading order exactly as the PDF does, so that the heading anchors ("h4", the PDF's
/// named destinations) are the same in every format. Figures and tables carry their numbers from the document.
struct DocumentCounter {
    private var numbering = HeadingNumbering()
    private var headings = 0
    let numbersHeadings: Bool

    init(numbersHeadings: Bool) {
        self.numbersHeadings = numbersHeadings
    }

    /// The heading's text as printed ("1.2\u{2003}Bevölkerung" when headings are numbered) and its anchor.
    mutating func heading(_ heading: Heading) -> (text: String, anchor: String) {
        headings += 1
        let number = numbersHeadings ? numbering.next(level: heading.level) : ""
        return (number.isEmpty ? heading.text : "\(number)\u{2003}\(heading.text)", "h\(headings)")
    }
}

extension Inline {
    /// The text of a run without its markup.
    var plainText: String {
        switch self {
        case .text(let text), .bold(let text), .italic(let text), .link(let text, _): text
        }
    }
}

extension Array where Element == Inline {
    var plainText: String { map(\.plainText).joined() }
}
