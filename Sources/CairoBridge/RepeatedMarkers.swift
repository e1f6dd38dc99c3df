import Foundation

/// Finds the markers `Canvas.drawRepeated` left in a page's content and puts a reference to the drawing's Form
/// XObject in their place.
///
/// A marker is `r g b rg … x y w h re f` with a marker colour and the drawing's size (`RepeatedDrawings.Marker`); Cairo writes the colour
/// only when it changes and restores it with `Q`, so the current fill colour is followed through `q`/`Q`. Cairo's
/// page content draws in its y-down page space, the form's content (a PDF page of its own) in y-up space of the
/// drawing's height: `1 0 0 -1 x y+h cm` maps the one onto the other at the marker.
enum RepeatedMarkers {
    /// The name of drawing `index` in a page's `/XObject` resources.
    static func name(_ index: Int) -> String { "/RG\(index)" }

    /// The content with every marker replaced and the drawings it now refers to; nil when it holds no marker.
    static func place(in content: [UInt8], sizes: [Size]) -> (content: [UInt8], used: Set<Int>)? {
        let replacements = content.withUnsafeBufferPointer { find(in: $0, sizes: sizes) }
        guard !replacements.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(content.count)
        var copied = 0
        for replacement in replacements {
            result.append(contentsOf: content[copied..<replacement.range.lowerBound])
            result.append(contentsOf: replacement.text.utf8)
            copied = replacement.range.upperBound
        }
        result.append(contentsOf: content[copied...])
        return (result, Set(replacements.map(\.index)))
    }

    private struct Replacement {
        var range: Range<Int>
        var text: String
        var index: Int
    }

    private static func find(in bytes: UnsafeBufferPointer<UInt8>, sizes: [Size]) -> [Replacement] {
        var replacements: [Replacement] = []
        var marker: Int?  // the drawing the current fill colour marks
        var saved: [Int?] = []
        var rectangle: (start: Int, x: Double, y: Double, width: Double, height: Double)?
        for operation in ContentOperations(bytes) {
            var keywordStart = operation.end
            while keywordStart > operation.start, !isWhiteSpace(bytes[keywordStart - 1]) { keywordStart -= 1 }
            let keyword = String(decoding: bytes[keywordStart..<operation.end], as: UTF8.self)
            defer { if keyword != "re" { rectangle = nil } }
            // Operands are read only where they matter: most operations are path points.
            let numbers =
                keyword == "rg" || keyword == "re"
                ? String(decoding: bytes[operation.start..<keywordStart], as: UTF8.self).split(
                    whereSeparator: \.isWhitespace
                ).compactMap { Double($0) } : []
            switch keyword {
            case "q": saved.append(marker)
            case "Q": marker = saved.popLast() ?? nil
            case "rg" where numbers.count == 3:
                marker = RepeatedDrawings.Marker.index(red: numbers[0], green: numbers[1], blue: numbers[2])
            case "g", "k", "sc", "scn", "cs", "rg": marker = nil
            case "re" where numbers.count == 4:
                rectangle = (operation.start, numbers[0], numbers[1], numbers[2], numbers[3])
            case "f":
                // Cairo writes positions in 1/256 pt, printed to 1/1000.
                guard let index = marker, sizes.indices.contains(index), let square = rectangle,
                    abs(square.width - sizes[index].width) < 0.02, abs(square.height - sizes[index].height) < 0.02
                else { continue }
                let bottom = square.y + sizes[index].height
                let text = "q 1 0 0 -1 \(format(square.x)) \(format(bottom)) cm \(name(index)) Do Q"
                replacements.append(Replacement(range: square.start..<operation.end, text: text, index: index))
            default: break
            }
        }
        return replacements
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
