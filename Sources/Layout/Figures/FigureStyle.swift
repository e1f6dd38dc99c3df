import CairoBridge

/// Fonts and colours of charts and maps, derived from the document theme: small sober text (never under
/// 7 pt), thin light grid lines, muted bars and one accent colour for what the reader looks for.
public struct FigureStyle: Sendable {
    public var fontFamily: String
    public var labelSize: Double
    public var tickSize: Double
    public var textColor: Color
    public var mutedColor: Color
    public var accentColor: Color
    /// Bars and marks that are not highlighted.
    public var baseColor: Color
    public var gridColor: Color
    public var axisColor: Color
    /// The reference line of the city (first reference) and of the parent area (others).
    public var referenceColors: [Color]
    /// Colours of several series, in order: Okabe–Ito hues darkened so that labels in them stay legible.
    public var seriesColors: [Color]
    public var missingBackground: Color
    public var missingLines: Color
    public var contextFill: Color
    public var borderColor: Color

    public init(theme: Theme = .standard) {
        fontFamily = theme.fontFamily
        labelSize = max(7, theme.smallSize)
        tickSize = max(7, theme.smallSize - 0.5)
        textColor = theme.textColor
        mutedColor = theme.mutedColor
        accentColor = theme.accentColor
        baseColor = Self.color("#9fb3c8")
        gridColor = Self.color("#e3e7ec")
        axisColor = Self.color("#7d8792")
        referenceColors = [Self.color("#c2410c"), Self.color("#3f4650")]
        seriesColors = ["#1f4e79", "#b8660b", "#1a7f5a", "#a2457a", "#3d8fc6", "#8a5a00", "#5b6470"].map(Self.color)
        missingBackground = .white
        missingLines = Self.color("#8a939c")
        contextFill = Self.color("#eceef1")
        borderColor = .white
    }

    public static let standard = FigureStyle()

    public func font(size: Double? = nil, weight: Font.Weight = .regular, style: Font.Style = .normal) -> Font {
        Font(family: fontFamily, size: max(7, size ?? labelSize), weight: weight, style: style)
    }

    public func seriesColor(_ index: Int) -> Color {
        seriesColors.isEmpty
            ? textColor : seriesColors[((index % seriesColors.count) + seriesColors.count) % seriesColors.count]
    }

    public func referenceColor(_ index: Int) -> Color {
        referenceColors.isEmpty ? textColor : referenceColors[min(max(index, 0), referenceColors.count - 1)]
    }

    private static func color(_ hex: String) -> Color { Color(hex: hex) ?? .black }
}
