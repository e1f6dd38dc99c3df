import CairoBridge

/// Lays out the short texts of figures: single lines, wrapped labels, and names shortened in the middle
/// ("Charlottenburg-…-Nord") when they do not fit.
struct FigureText {
    let engine: TextEngine
    let style: FigureStyle

    func line(
        _ string: String, size: Double? = nil, weight: Font.Weight = .regular, color: Color? = nil,
        italic: Bool = false, alignment: TextAlignment = .left
    ) -> TextLayout {
        engine.layout(
            text: string,
            style: TextStyle(
                font: style.font(size: size, weight: weight, style: italic ? .italic : .normal),
                color: color ?? style.textColor, alignment: alignment),
            width: nil)
    }

    func wrapped(
        _ string: String, width: Double, size: Double? = nil, weight: Font.Weight = .regular, color: Color? = nil,
        alignment: TextAlignment = .left
    ) -> TextLayout {
        engine.layout(
            text: string,
            style: TextStyle(
                font: style.font(size: size, weight: weight), color: color ?? style.textColor, alignment: alignment),
            width: max(1, width))
    }

    /// `string` on at most `maxLines` lines of `width`; when it needs more, one line shortened in the middle.
    func label(
        _ string: String, width: Double, maxLines: Int = 1, size: Double? = nil, weight: Font.Weight = .regular,
        color: Color? = nil, alignment: TextAlignment = .left
    ) -> TextLayout {
        if let whole = fitting(
            string, width: width, maxLines: maxLines, size: size, weight: weight, color: color, alignment: alignment)
        {
            return whole
        }
        let short = shortened(string, toWidth: width, size: size, weight: weight)
        return line(short, size: size, weight: weight, color: color, alignment: alignment)
    }

    /// `string` whole on at most `maxLines` lines of `width`, broken only between words; nil when it does not fit.
    func fitting(
        _ string: String, width: Double, maxLines: Int, size: Double? = nil, weight: Font.Weight = .regular,
        color: Color? = nil, alignment: TextAlignment = .left
    ) -> TextLayout? {
        let single = line(string, size: size, weight: weight, color: color, alignment: alignment)
        if single.size.width <= width { return single }
        guard maxLines > 1 else { return nil }
        let wrapped = wrapped(string, width: width, size: size, weight: weight, color: color, alignment: alignment)
        let fits = wrapped.lines.count <= maxLines && wrapped.size.width <= width + 0.5
        return fits && Self.breaksBetweenWords(string, wrapped) ? wrapped : nil
    }

    /// Whether every line of `layout` ends at a space, hyphen or slash, not inside a word.
    static func breaksBetweenWords(_ string: String, _ layout: TextLayout) -> Bool {
        let bytes = Array(string.utf8)
        return layout.lines.dropLast().allSatisfy { line in
            let end = line.byteRange.upperBound
            guard end > 0, end <= bytes.count else { return false }
            return [UInt8(ascii: " "), UInt8(ascii: "-"), UInt8(ascii: "/")].contains(bytes[end - 1])
                || (end < bytes.count && bytes[end] == UInt8(ascii: " "))
        }
    }

    /// The longest middle-shortened form of `string` ("Anfang…Ende") that fits `width`; "…" when nothing does.
    func shortened(_ string: String, toWidth width: Double, size: Double? = nil, weight: Font.Weight = .regular)
        -> String
    {
        if line(string, size: size, weight: weight).size.width <= width { return string }
        let characters = Array(string)
        func candidate(_ keep: Int) -> String {
            let head = (keep + 1) / 2
            return String(characters.prefix(head)) + "…" + String(characters.suffix(keep - head))
        }
        var low = 0
        var high = max(0, characters.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if line(candidate(middle), size: size, weight: weight).size.width <= width {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return candidate(low)
    }
}
