import Foundation

/// Finds the markers `Canvas.drawRepeated` left in a page's content and puts a reference to the drawing's Form
/// XObject in their place.
///
/// A marker is `r g b rg … x y w h re f` with a marker colour and the drawing's size (`RepeatedDrawings.Marker`); Cairo writes the colour
/// only when it changes and restores it with `Q`, so the current fill colour is followed through `q`/`Q`. Cairo's
/// page content draws in its y-down page space, the form's content (a PDF page of its own) in y-up space of the
/// drawing's height: `1 0 0 -1 x y+h cm` maps the one onto the other at the marker.
struct RepeatedMarkers {
    /// The name of drawing `index` in a page's `/XObject` resources.
    static func name(_ index: Int) -> String { "RG\(index)" }

    /// The sizes of the document's drawings, by index.
    let sizes: [Size]
    /// Each marker's operations and what replaces them, in offset order.
    private(set) var replacements: [ContentEdit] = []
    /// The drawings the replacements refer to.
    private(set) var used: Set<Int> = []
    private var marker: Int?  // the drawing the current fill colour marks
    private var saved: [Int?] = []
    private var rectangle: (start: Int, x: Double, y: Double, width: Double, height: Double)?

    init(sizes: [Size]) {
        self.sizes = sizes
    }

    /// Takes the next operation of the content in `bytes` (`PageContent` reads each page's operations once).
    mutating func observe(_ operation: ContentOperations.Operation, in bytes: UnsafeBufferPointer<UInt8>) {
        let kind = operation.kind
        defer { if kind != .rectangle { rectangle = nil } }
        switch kind {
        case .save: saved.append(marker)
        case .restore: marker = saved.popLast() ?? nil
        case .fillRGB:
            let numbers = ContentOperations.numbers(of: operation, in: bytes)
            // Colour components lie in 0…1; anything else (damaged content) marks nothing.
            marker =
                numbers.count == 3 && numbers.allSatisfy({ (0...1).contains($0) })
                ? RepeatedDrawings.Marker.index(red: numbers[0], green: numbers[1], blue: numbers[2]) : nil
        case .fillColor: marker = nil
        case .rectangle:
            let numbers = ContentOperations.numbers(of: operation, in: bytes)
            rectangle = numbers.count == 4 ? (operation.start, numbers[0], numbers[1], numbers[2], numbers[3]) : nil
        case .fill:
            // Cairo writes positions in 1/256 pt, printed to 1/1000.
            guard let index = marker, sizes.indices.contains(index), let square = rectangle,
                abs(square.width - sizes[index].width) < 0.02, abs(square.height - sizes[index].height) < 0.02
            else { return }
            let bottom = square.y + sizes[index].height
            let text = "q 1 0 0 -1 \(Self.format(square.x)) \(Self.format(bottom)) cm /\(Self.name(index)) Do Q"
            replacements.append(ContentEdit(range: square.start..<operation.end, text: text))
            used.insert(index)
        default: break
        }
    }

    private static func format(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
