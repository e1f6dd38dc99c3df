import CairoBridge
import Formats
import Foundation
import Layout

/// Writes every figure of a document alone, for users who paste figures into other documents:
/// `<folder>/<report>-abbildung-<n>.png` (144 dpi), `.svg`, and `.csv` with the data behind it (German CSV, see `GermanCSV`).
struct FigureFiles {
    let folder: URL

    /// Writes the files and returns their names.
    func write(_ document: Document, baseName: String) throws -> [String] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let engine = TextEngine()
        var names: [String] = []
        // As wide as the text of the document's pages.
        let width = document.pageSetup.contentRect.width
        for figure in document.figures {
            let base = "\(baseName)-abbildung-\(figure.number)"
            let height = max(40, figure.drawing.height(forWidth: width, text: engine))
            let size = Size(width: width, height: height.isFinite ? min(height, 2000) : 300)
            let png = folder.appendingPathComponent(base + ".png").path
            let svg = folder.appendingPathComponent(base + ".svg").path
            try FigureExport.writePNG(figure.drawing, size: size, to: png, engine: engine)
            try FigureExport.writeSVG(figure.drawing, size: size, to: svg, engine: engine)
            names += [base + ".png", base + ".svg"]
            if let sheet = DataSheet(figure: figure, words: .german) {
                try GermanCSV.write(sheet, words: .german, to: folder.appendingPathComponent(base + ".csv"))
                names.append(base + ".csv")
            }
        }
        return names
    }
}
