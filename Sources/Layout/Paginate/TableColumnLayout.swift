/// How wide each column of a table is, computed as browsers' automatic table layout does: from every column's
/// narrowest width (its longest word, or number) and its preferred width (its longest cell on one line).
///
/// - When every column fits on one line, each gets its preferred width and relative columns share the rest.
/// - Otherwise every column gets its longest word and the room left in proportion to what it lacks (first
///   toward its body cells on one line, then toward its header on one line), so no word is broken while another
///   column has room to spare.
/// - Only when the words themselves do not fit are header words hyphenated (`hyphenates(_:)`), as few headers as
///   possible; body cells never break a word. A table that does not fit even so is split into column groups
///   (`TableColumnLayout.groups`), the key column repeated in each.
struct TableColumnLayout {
    var widths: [Double]
    /// The widest word of every column, to tell which headers must break words at syllables.
    private let words: [Double]

    /// The widths one column can take, padding included.
    struct Extent: Hashable {
        /// The widest syllable group of a header word with its hyphen, or the widest word or number of the body:
        /// the least width a column can take.
        var syllables: Double
        /// The widest word (area names break after their hyphens) or number.
        var words: Double
        /// The widest body cell on one line.
        var body: Double
        /// The widest cell on one line, headers included.
        var line: Double
        /// The share of the width left over, for relative columns; 0 for the others.
        var share: Double
    }

    init(extents: [Extent], width: Double) {
        let line = extents.map(\.line)
        let words = extents.map(\.words)
        let syllables = extents.map(\.syllables)
        self.words = words
        if line.reduce(0, +) <= width {
            widths = Self.spread(line, extents: extents, over: width)
        } else if words.reduce(0, +) <= width + 0.01 {
            // Names and numbers on one line first, then headers: a header wraps between its words sooner.
            let body = extents.map { max($0.words, $0.body) }
            widths =
                body.reduce(0, +) <= width
                ? Self.interpolate(from: body, to: line, width: width)
                : Self.interpolate(from: words, to: body, width: width)
        } else if syllables.reduce(0, +) <= width {
            widths = Self.interpolate(
                from: Self.wholeWordsFirst(from: syllables, to: words, width: width), to: words, width: width)
        } else {
            // Too wide even with hyphenation: callers split the columns first, so this is a last resort.
            let least = syllables.reduce(0, +)
            widths = syllables.map { $0 * width / max(least, 1) }
        }
    }

    /// Whether the header of `column` must break a word at its syllables: only when the column is narrower than
    /// its longest word because the words of all columns do not fit.
    func hyphenates(_ column: Int) -> Bool {
        widths.indices.contains(column) && words.indices.contains(column) && widths[column] < words[column] - 0.01
    }

    /// From the syllable widths, as many columns as the width allows get their whole longest word, those that
    /// lack least first: so that as few headers as possible are hyphenated.
    private static func wholeWordsFirst(from low: [Double], to high: [Double], width: Double) -> [Double] {
        var widths = low
        var spare = width - low.reduce(0, +)
        for index in low.indices.sorted(by: { high[$0] - low[$0] < high[$1] - low[$1] }) {
            let need = max(0, high[index] - low[index])
            guard need <= spare else { continue }
            widths[index] = high[index]
            spare -= need
        }
        return widths
    }

    /// Columns that fit, every group beginning with the key column (the first): `[[0, 1, 2], [0, 3, 4]]`.
    /// One group when the columns fit the width with hyphenation; otherwise groups whose words fit.
    static func groups(of extents: [Extent], width: Double) -> [[Int]] {
        guard extents.count > 1, extents.map(\.syllables).reduce(0, +) > width + 0.01 else {
            return [Array(extents.indices)]
        }
        let key = extents[0].words
        var groups: [[Int]] = []
        var current = [0]
        var used = key
        for index in extents.indices.dropFirst() {
            if current.count > 1 && used + extents[index].words > width + 0.01 {
                groups.append(current)
                current = [0]
                used = key
            }
            current.append(index)
            used += extents[index].words
        }
        groups.append(current)
        return groups
    }

    /// Preferred widths with the room left over given to relative columns by their shares, or (without relative
    /// columns) to all columns in proportion to their widths, so that the table spans the width.
    private static func spread(_ preferred: [Double], extents: [Extent], over width: Double) -> [Double] {
        let left = width - preferred.reduce(0, +)
        let shares = extents.map(\.share).reduce(0, +)
        guard left > 0 else { return preferred }
        if shares > 0 {
            return zip(preferred, extents).map { $0 + left * $1.share / shares }
        }
        let total = preferred.reduce(0, +)
        return total > 0 ? preferred.map { $0 * width / total } : preferred
    }

    /// Every column at `low`, and the room left in proportion to how far it is from `high`.
    private static func interpolate(from low: [Double], to high: [Double], width: Double) -> [Double] {
        let least = low.reduce(0, +)
        let lacking = zip(low, high).map { max(0, $1 - $0) }.reduce(0, +)
        let spare = max(0, width - least)
        guard lacking > 0 else { return low }
        return zip(low, high).map { low, high in low + max(0, high - low) * min(1, spare / lacking) }
    }
}
