import Layout

/// Headings with nothing under them before the next heading of the same or a higher level (or the end): what
/// the preflight reports as empty sections, e.g. when every block of a chapter had a `when:` that did not hold.
enum EmptySections {
    static func headings(in blocks: [Block]) -> [String] {
        var empty: [String] = []
        var open: Heading?
        func close(before level: Int?) {
            if let heading = open, level.map({ $0 <= heading.level }) ?? true { empty.append(heading.text) }
            open = nil
        }
        for block in blocks {
            switch block {
            case .heading(let heading):
                if open != nil { close(before: heading.level) }
                open = heading
            case .pageBreak, .spacer: continue
            case .columns(_, let inner) where inner.isEmpty: continue
            default: open = nil
            }
        }
        close(before: nil)
        return empty
    }
}
