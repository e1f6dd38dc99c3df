import CairoBridge

/// Fonts, sizes, colours and spacing: the look of a document. The default is sober, like an official
/// statistical publication: a humanist sans serif, dark text, one muted blue accent, thin rules.
public struct Theme: Sendable {
    public var fontFamily: String
    public var bodySize: Double
    public var smallSize: Double
    public var headingSizes: [Double]
    public var lineSpacing: Double
    public var textColor: Color
    public var mutedColor: Color
    public var accentColor: Color
    public var ruleColor: Color
    public var zebraColor: Color?
    public var tableHeaderColor: Color
    public var paragraphSpacing: Double
    public var headingSpaceBefore: Double
    public var headingSpaceAfter: Double
    public var figureSpacing: Double
    public var cellPadding: Double
    /// Lines of a paragraph that must stay together at the bottom (orphans) and top (widows) of a page.
    public var minimumLinesAtBreak: Int

    public init(
        fontFamily: String = "Noto Sans", bodySize: Double = 10, smallSize: Double = 8,
        headingSizes: [Double] = [17, 13.5, 11.5, 10.5], lineSpacing: Double = 1.1,
        textColor: Color = Color(hex: "#1b1f24") ?? .black, mutedColor: Color = Color(hex: "#5b6470") ?? .black,
        accentColor: Color = Color(hex: "#1f4e79") ?? .black, ruleColor: Color = Color(hex: "#a9b3be") ?? .black,
        zebraColor: Color? = Color(hex: "#f1f4f7"), tableHeaderColor: Color = Color(hex: "#dfe6ee") ?? .white,
        paragraphSpacing: Double = 6, headingSpaceBefore: Double = 14, headingSpaceAfter: Double = 6,
        figureSpacing: Double = 10, cellPadding: Double = 3.5, minimumLinesAtBreak: Int = 2
    ) {
        self.fontFamily = fontFamily
        self.bodySize = bodySize
        self.smallSize = smallSize
        self.headingSizes = headingSizes
        self.lineSpacing = lineSpacing
        self.textColor = textColor
        self.mutedColor = mutedColor
        self.accentColor = accentColor
        self.ruleColor = ruleColor
        self.zebraColor = zebraColor
        self.tableHeaderColor = tableHeaderColor
        self.paragraphSpacing = paragraphSpacing
        self.headingSpaceBefore = headingSpaceBefore
        self.headingSpaceAfter = headingSpaceAfter
        self.figureSpacing = figureSpacing
        self.cellPadding = cellPadding
        self.minimumLinesAtBreak = minimumLinesAtBreak
    }

    public static let standard = Theme()

    public var body: TextStyle {
        TextStyle(
            font: Font(family: fontFamily, size: bodySize), color: textColor, lineSpacing: lineSpacing, hyphenates: true
        )
    }

    public var small: TextStyle {
        TextStyle(font: Font(family: fontFamily, size: smallSize), color: mutedColor, lineSpacing: lineSpacing)
    }

    public func heading(level: Int) -> TextStyle {
        let size = headingSizes[min(max(level, 1), headingSizes.count) - 1]
        let color = level <= 2 ? accentColor : textColor
        return TextStyle(font: Font(family: fontFamily, size: size, weight: .bold), color: color)
    }

    public func paragraph(_ role: Paragraph.Role) -> TextStyle {
        switch role {
        case .body: body
        case .lead:
            TextStyle(font: Font(family: fontFamily, size: bodySize + 1.5), color: textColor, lineSpacing: lineSpacing)
        case .small: small
        case .note: TextStyle(font: Font(family: fontFamily, size: smallSize, style: .italic), color: mutedColor)
        }
    }

    /// "Abbildung n: …" and "Tabelle n: …" lines.
    public var caption: TextStyle {
        TextStyle(font: Font(family: fontFamily, size: bodySize - 0.5, weight: .bold), color: textColor)
    }
}
