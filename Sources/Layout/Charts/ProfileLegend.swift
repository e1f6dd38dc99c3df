import CairoBridge

/// The key under a profile chart: what the dot, the diamond, the tick and the two bands mean.
enum ProfileLegend {
    static let rangeColor = Color(hex: "#e3e8ee") ?? .white
    static let quartileColor = Color(hex: "#b9c4cf") ?? .white

    static func key(spec: ProfileChartSpec, width: Double, text: FigureText) -> KeyRow {
        var entries: [(KeyRow.Symbol, String)] = [
            (.dot(text.style.accentColor), spec.areaName)
        ]
        if let parent = spec.parentName { entries.append((.diamond(text.style.textColor), parent)) }
        entries += [
            (.tick(text.style.textColor), spec.cityName),
            (.box(rangeColor), spec.words.phrase(.range, ["areas": spec.areasName])),
        ]
        if spec.rows.contains(where: { $0.lowerQuartile != nil && $0.upperQuartile != nil }) {
            entries.append((.box(quartileColor), spec.words[.middleHalf]))
        }
        return KeyRow(entries, width: width, text: text)
    }

    /// The open diamond that marks the parent area's value on a spine and in the key.
    static func diamond(centerX: Double, centerY: Double, radius: Double) -> Path {
        var path = Path()
        path.move(to: centerX, centerY - radius)
        path.line(to: centerX + radius, centerY)
        path.line(to: centerX, centerY + radius)
        path.line(to: centerX - radius, centerY)
        path.close()
        return path
    }
}
