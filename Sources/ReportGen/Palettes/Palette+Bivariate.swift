import CairoBridge

/// Colours for a map of two classed variables at once (status × dynamics): a grid whose rows darken towards orange
/// and whose columns darken towards blue, each cell the product of its row's and its column's colour, after
/// Joshua Stevens' blue–orange bivariate choropleth scheme (corners #fef1e4, #f3742d, #18aee5). Orange and blue
/// differ in blue–yellow, which every common colour vision keeps; a teal–pink grid was tried first and lost two of
/// its twelve cells to deuteranopia. `BivariatePaletteTests` checks every pair of cells in simulated
/// protanopia, deuteranopia and tritanopia.
enum BivariatePalette {
    static let base = Color(red: 0xfe / 255, green: 0xf1 / 255, blue: 0xe4 / 255)
    static let rowEnd = Color(red: 0xf3 / 255, green: 0x74 / 255, blue: 0x2d / 255)
    static let columnEnd = Color(red: 0x18 / 255, green: 0xae / 255, blue: 0xe5 / 255)

    /// `rows` × `columns` colours; `[0][0]` is the lightest, `[rows − 1][columns − 1]` the darkest.
    static func colors(rows: Int, columns: Int) -> [[Color]] {
        (0..<max(rows, 1)).map { row in
            let rowColor = mix(base, rowEnd, share(row, of: rows))
            return (0..<max(columns, 1)).map { column in
                let columnColor = mix(base, columnEnd, share(column, of: columns))
                return Color(
                    red: min(1, rowColor.red * columnColor.red / base.red),
                    green: min(1, rowColor.green * columnColor.green / base.green),
                    blue: min(1, rowColor.blue * columnColor.blue / base.blue))
            }
        }
    }

    private static func share(_ index: Int, of count: Int) -> Double {
        count > 1 ? Double(index) / Double(count - 1) : 0
    }

    private static func mix(_ a: Color, _ b: Color, _ t: Double) -> Color {
        Color(
            red: a.red + (b.red - a.red) * t, green: a.green + (b.green - a.green) * t,
            blue: a.blue + (b.blue - a.blue) * t)
    }
}
