import CairoBridge
import Foundation

/// A PNG image as a figure (a logo, a photo of the Kita, a diagram made elsewhere), drawn at its aspect ratio.
public struct PNGFigure: FigureDrawing, Sendable {
    public let path: String
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// Reads the image size from the PNG header; throws a message naming the file when it is not a PNG.
    public init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CairoError(
                operation: "reading the image \(path)", reason: "the file does not exist or is not readable",
                remedy: "Check the path; it is relative to the template's folder.")
        }
        defer { try? handle.close() }
        let header = handle.readData(ofLength: 24)
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard header.count == 24, Array(header.prefix(8)) == signature else {
            throw CairoError(
                operation: "reading the image \(path)", reason: "it is not a PNG file",
                remedy: "Convert it to PNG (e.g. with `convert logo.jpg logo.png`).")
        }
        func bigEndian(_ offset: Int) -> Int {
            header[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) }
        }
        self.path = path
        pixelWidth = max(1, bigEndian(16))
        pixelHeight = max(1, bigEndian(20))
    }

    public func preferredHeight(forWidth width: Double) -> Double {
        width * Double(pixelHeight) / Double(pixelWidth)
    }

    public func draw(in canvas: Canvas, rect: Rect, text: TextEngine) {
        guard let image = try? Image(pngAt: path) else { return }
        canvas.draw(image, in: rect)
    }
}
