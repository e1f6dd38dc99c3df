/// Numbers headings "1" and "1.1" in document order; deeper headings are not numbered.
public struct HeadingNumbering: Sendable {
    private var counters = [0, 0]

    public init() {}

    public mutating func next(level: Int) -> String {
        guard level <= counters.count else { return "" }
        let index = max(level, 1) - 1
        counters[index] += 1
        for deeper in (index + 1)..<counters.count { counters[deeper] = 0 }
        return counters[0...index].map(String.init).joined(separator: ".")
    }
}

/// One line of the table of contents.
public struct ContentsEntry: Hashable, Sendable {
    public var level: Int
    public var text: String
    public var destination: String
    /// Known after a first layout pass.
    public var page: Int?

    /// The entries for `blocks`: listed headings of level 1 and 2, numbered and named as the paginator will.
    public static func entries(for blocks: [Block], numberHeadings: Bool) -> [ContentsEntry] {
        var numbering = HeadingNumbering()
        var entries: [ContentsEntry] = []
        var headingIndex = 0
        func scan(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let heading):
                    headingIndex += 1
                    let number = numberHeadings ? numbering.next(level: heading.level) : ""
                    guard heading.listed, heading.level <= 2 else { continue }
                    let text = number.isEmpty ? heading.text : "\(number)\u{2003}\(heading.text)"
                    entries.append(ContentsEntry(level: heading.level, text: text, destination: "h\(headingIndex)"))
                case .columns(_, let inner): scan(inner)
                default: continue
                }
            }
        }
        scan(blocks)
        return entries
    }
}
