extension Unicode.Scalar {
    /// The code point as Unicode writes it, with at least four hexadecimal digits: "U+0378", "U+1F600".
    var codePoint: String {
        let digits = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
