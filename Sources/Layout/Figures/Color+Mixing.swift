import CairoBridge

extension Color {
    /// This colour moved `amount` (0…1) towards `other`.
    func mixed(with other: Color, _ amount: Double) -> Color {
        let t = min(max(amount, 0), 1)
        return Color(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }
}
