import CairoBridge
import Foundation
import Layout
import Testing

@testable import IndicatorData
@testable import ReportGen

/// A colour as a reader with a colour vision deficiency sees it (Machado, Oliveira and Fernandes 2009, severity 1,
/// on linear RGB), in CIELAB for distances.
private enum Vision: CaseIterable {
    case normal, protanopia, deuteranopia, tritanopia

    var matrix: [[Double]]? {
        switch self {
        case .normal: nil
        case .protanopia:
            [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]]
        case .deuteranopia:
            [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.011820, 0.042940, 0.968881]]
        case .tritanopia:
            [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.303900]]
        }
    }

    func lab(_ color: Color) -> [Double] {
        let linear = [color.red, color.green, color.blue].map {
            $0 <= 0.04045 ? $0 / 12.92 : pow(($0 + 0.055) / 1.055, 2.4)
        }
        let seen = matrix.map { m in m.map { row in min(1, max(0, zip(row, linear).map(*).reduce(0, +))) } } ?? linear
        let (r, g, b) = (seen[0], seen[1], seen[2])
        let xyz = [
            (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b,
            (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883,
        ]
        let f = xyz.map { $0 > 216.0 / 24389 ? cbrt($0) : (24389.0 / 27 * $0 + 16) / 116 }
        return [116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])]
    }
}

@Suite("Bivariate palette and matrix legend")
struct BivariatePaletteTests {
    @Test(
        "the 4 × 3 grid keeps every pair of cells apart for normal and colour-blind vision", arguments: Vision.allCases)
    fileprivate func distinguishable(vision: Vision) {
        let cells = BivariatePalette.colors(rows: 4, columns: 3).flatMap { $0 }
        #expect(cells.count == 12)
        var smallest = Double.infinity
        for (i, a) in cells.enumerated() {
            for b in cells[(i + 1)...] {
                let (p, q) = (vision.lab(a), vision.lab(b))
                smallest = min(smallest, sqrt(zip(p, q).map { ($0 - $1) * ($0 - $1) }.reduce(0, +)))
            }
        }
        // ΔE 10 is a clearly visible difference between two swatches side by side.
        #expect(smallest >= 10, "smallest ΔE \(smallest) for \(vision)")
    }

    @Test("rows and columns darken from the lightest corner to the darkest")
    func darkening() {
        let grid = BivariatePalette.colors(rows: 4, columns: 3)
        let lightness = grid.map { $0.map { Vision.normal.lab($0)[0] } }
        for row in 0..<4 { #expect(lightness[row] == lightness[row].sorted(by: >), "row \(row): \(lightness[row])") }
        for column in 0..<3 {
            let down = lightness.map { $0[column] }
            #expect(down == down.sorted(by: >), "column \(column): \(down)")
        }
        #expect(grid[0][0].hex.lowercased().hasPrefix("#fef1e4"))
    }

    @Test("a map of crossed classes is coloured from the grid and its legend is the matrix, with k. A. below")
    func crossedMap() throws {
        let fixture = try ReportFixture(template: "templates/sozialmonitoring-intern.yaml")
        let plan = try #require(
            fixture.context.plan.figurePlans.compactMap(\.map).first { $0.indicator.value == "mss_status_dynamik" })
        let prepared = try fixture.context.preparedMap(plan)
        let scope = try #require(fixture.resolver.scopes().first)
        let spec = try FigureResolver(context: fixture.context).mapSpec(plan, prepared, scope: scope)
        let matrix = try #require(spec.legend.matrix)
        #expect(matrix.rowLabels == ["hoch", "mittel", "niedrig", "sehr niedrig"])
        #expect(matrix.columnLabels == ["positiv", "stabil", "negativ"])
        #expect(matrix.rowTitle == "Statusindex" && matrix.columnTitle == "Dynamikindex")
        #expect(spec.legend.entries.allSatisfy { $0.hatched })
        // Every area in the colour of its status row and dynamics column.
        var coloured = 0
        for area in spec.areas {
            let id = AreaID(level: "planungsraum", key: area.key)
            guard let status = fixture.context.value("mss_statusindex", of: id).value,
                let dynamics = fixture.context.value("mss_dynamikindex", of: id).value
            else {
                #expect(area.fill == .missing, "\(area.name)")
                continue
            }
            #expect(area.fill == .color(matrix.colors[Int(status) - 1][Int(dynamics) - 1]), "\(area.name)")
            coloured += 1
        }
        #expect(coloured == 536)
        // The legend draws one swatch per cell, in a grid of 4 rows and 3 columns, beside the row labels.
        let legendMarks = ChoroplethMap(spec).marks(in: Rect(x: 0, y: 0, width: 453, height: 300), text: TextEngine())
        let swatches = Mark.flatten(legendMarks).filter { $0.role == .legendSwatch }.map(\.frame)
        let cells = swatches.filter { $0.height == 12 }
        #expect(cells.count == 12)
        #expect(Set(cells.map { ($0.y * 10).rounded() }).count == 4)
        #expect(Set(cells.map { ($0.x * 10).rounded() }).count == 3)
    }
}
