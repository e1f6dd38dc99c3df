import Foundation

/// A round length for a scale bar (1, 2 or 5 times a power of ten metres) and its German label.
public struct ScaleBar: Hashable, Sendable {
    public var metres: Double
    /// The bar's length on the page in points.
    public var length: Double
    /// "500 m", "2 km", "1,5 km" is never needed: lengths are round.
    public var label: String

    /// The longest round length not longer than `maxLength` points at `pointsPerMetre`; nil when none fits.
    public init?(pointsPerMetre: Double, maxLength: Double) {
        guard pointsPerMetre.isFinite, pointsPerMetre > 0, maxLength.isFinite, maxLength > 0 else { return nil }
        let maxMetres = maxLength / pointsPerMetre
        guard maxMetres >= 1, maxMetres.isFinite else { return nil }
        let magnitude = pow(10, log10(maxMetres).rounded(.down))
        let metres = [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= maxMetres } ?? magnitude
        self.metres = metres
        length = metres * pointsPerMetre
        label =
            metres >= 1000
            ? GermanNumberFormat.number(metres / 1000, decimals: 0) + "\u{00A0}km"
            : GermanNumberFormat.number(metres, decimals: 0) + "\u{00A0}m"
    }
}
