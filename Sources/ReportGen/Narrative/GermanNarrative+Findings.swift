import Layout

/// Phrases of findings from data: lists of areas, and how far a value lies from a reference ("etwa halb so hoch
/// wie", "um 25 % niedriger als", "3,2 Prozentpunkte höher als").
extension GermanNarrative {
    /// How `value` compares with `reference`, followed in the sentence by the place ("… wie in Berlin"): a factor
    /// when it is large (half, one and a half times, double), else the difference, in Prozentpunkte for a
    /// percentage and relative otherwise; within `tolerance` (relative) "etwa so hoch wie".
    public static func distance(
        _ value: Double, from reference: Double, percentage: Bool, decimals: Int,
        tolerance: Double = 0.05
    ) -> String {
        guard reference != 0, value.isFinite, reference.isFinite else {
            return value == reference ? "so hoch wie" : value > reference ? "höher als" : "niedriger als"
        }
        let ratio = value / reference
        if abs(ratio - 1) <= tolerance { return "etwa so hoch wie" }
        if reference > 0 && value >= 0 {
            switch ratio {
            case ..<0.4: return "weniger als halb so hoch wie"
            case ..<0.6: return "etwa halb so hoch wie"
            case 1.4..<1.75: return "etwa anderthalbmal so hoch wie"
            case 1.75..<2.3: return "etwa doppelt so hoch wie"
            case 2.3...: return "mehr als doppelt so hoch wie"
            default: break
            }
        }
        let direction = value > reference ? "höher als" : "niedriger als"
        if percentage {
            return "\(GermanNumberFormat.number(abs(value - reference), decimals: decimals)) Prozentpunkte \(direction)"
        }
        return "um \(GermanNumberFormat.percent(abs(ratio - 1) * 100, decimals: 0)) \(direction)"
    }
}
