import Foundation

/// Formats numbers the way German statistical publications print them: `1.234.567`, `12,3`, `12,3 %`.
///
/// Written by hand rather than with `NumberFormatter`: the output must be identical on every machine
/// (Foundation's locale data differs between platforms and versions) and a batch formats millions of
/// numbers, so this avoids a locale lookup per call.
public enum GermanNumberFormat {
    /// `value` with `decimals` digits after the comma and a dot between thousands; `-0` prints as `0`.
    public static func number(_ value: Double, decimals: Int = 0) -> String {
        guard value.isFinite else { return "k. A." }
        let decimals = max(0, min(decimals, 10))
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9.0e15 else { return String(format: "%.\(decimals)e", value) }
        let whole = UInt64(scaled)
        let factor = UInt64(scale)
        let integerPart = whole / factor
        let fractionPart = whole % factor
        var digits = String(integerPart)
        var grouped = ""
        while digits.count > 3 {
            grouped = "." + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        if decimals > 0 {
            var fraction = String(fractionPart)
            fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
            grouped += "," + fraction
        }
        let negative = value < 0 && whole > 0
        return negative ? "−" + grouped : grouped
    }

    /// A percentage value (already in percent, e.g. `12.3`) as `12,3 %` with a no-break space (DIN 5008).
    public static func percent(_ value: Double, decimals: Int = 1) -> String {
        guard value.isFinite else { return "k. A." }
        return number(value, decimals: decimals) + "\u{00A0}%"
    }

    /// A date as `31.12.2020`.
    public static func date(year: Int, month: Int, day: Int) -> String {
        String(format: "%02d.%02d.%04d", day, month, year)
    }
}
