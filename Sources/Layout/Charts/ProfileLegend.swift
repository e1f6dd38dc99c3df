import CairoBridge

/// The key under a profile chart: what the dot, the tick and the two bands mean.
enum ProfileLegend {
    static let rangeColor = Color(hex: "#e3e8ee") ?? .white
    static let quartileColor = Color(hex: "#b9c4cf") ?? .white

    static func key(spec: ProfileChartSpec, width: Double, text: FigureText) -> KeyRow {
        var entries: [(KeyRow.Symbol, String)] = [
            (.dot(text.style.accentColor), spec.areaName), (.tick(text.style.textColor), spec.cityName),
            (.box(rangeColor), spec.words.phrase(.range, ["areas": spec.areasName])),
        ]
        if spec.rows.contains(where: { $0.lowerQuartile != nil && $0.upperQuartile != nil }) {
            entries.append((.box(quartileColor), spec.words[.middleHalf]))
        }
        return KeyRow(entries, width: width, text: text)
    }
}
