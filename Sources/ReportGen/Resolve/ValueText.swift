import IndicatorData
import Layout

/// Formats store values the German way, with "k. A." for anything that must not or cannot be shown.
enum ValueText {
    /// `12,3 %`, `1.234`, `0,85`; "k. A." when suppressed, missing or invalid.
    static func format(_ value: IndicatorValue, _ indicator: Indicator?, decimals: Int? = nil, withUnit: Bool = true)
        -> String
    {
        guard value.status == .valid, let number = value.value, number.isFinite else {
            return GermanNarrative.notAvailable
        }
        return format(number, indicator, decimals: decimals, withUnit: withUnit)
    }

    /// The name of a categorical value ("mittel, stabil" for code 22), or its code where the catalogue names none;
    /// "k. A." when suppressed, missing or invalid.
    static func category(_ value: IndicatorValue, _ indicator: Indicator) -> String {
        guard value.status == .valid, let number = value.value, number.isFinite else {
            return GermanNarrative.notAvailable
        }
        let code = GermanNumberFormat.number(number, decimals: number.rounded() == number ? 0 : indicator.decimals)
        return indicator.categories[code] ?? code
    }

    static func format(_ number: Double, _ indicator: Indicator?, decimals: Int? = nil, withUnit: Bool = true) -> String
    {
        let places = decimals ?? indicator?.decimals ?? 0
        if indicator?.unit == "%" {
            return withUnit
                ? GermanNumberFormat.percent(number, decimals: places)
                : GermanNumberFormat.number(number, decimals: places)
        }
        return GermanNumberFormat.number(number, decimals: places)
    }

    /// A change with its sign: `+1,2 Prozentpunkte` (the difference of two percentages), `−340`; with
    /// `relative`, a value that is itself a relative change: `+1,2 %`.
    static func change(_ difference: Double, _ indicator: Indicator?, relative: Bool = false, withUnit: Bool = true)
        -> String
    {
        let unit = indicator?.unit == "%" && withUnit ? (relative ? "\u{00A0}%" : " Prozentpunkte") : ""
        return GermanNarrative.signed(difference, decimals: indicator?.decimals ?? 0) + unit
    }

    /// "Kinderarmut (Prozentpunkte)": the title of a column of changes, whose cells carry no unit.
    static func changeTitle(_ indicator: Indicator) -> String {
        indicator.unit == "%" ? "\(indicator.shortName) (Prozentpunkte)" : title(indicator)
    }

    /// "Kinderarmut (%)" — the short name with its unit for column titles and axes.
    static func title(_ indicator: Indicator) -> String {
        unit(of: indicator).map { "\(indicator.shortName) (\($0))" } ?? indicator.shortName
    }

    /// The unit worth printing after the short name: none for persons, nor one the name already says
    /// ("Kitaplätze je 100 Kinder unter 6", not "… (je 100)").
    static func unit(of indicator: Indicator) -> String? {
        let unit = indicator.unit
        guard !unit.isEmpty, unit != "Personen", !indicator.shortName.lowercased().contains(unit.lowercased()) else {
            return nil
        }
        return unit
    }
}

extension ValueText {
    /// The change as a phrase for a sentence ("Der Anteil ist {{ change.x | trend }}."), with what limits the
    /// comparison in brackets: "seit dem 31.12.2017 um 2,1 Prozentpunkte gestiegen (eingeschränkt vergleichbar: …)".
    static func trend(_ change: SeriesChange, _ indicator: Indicator, threshold: Double) -> String {
        let signed = ValueText.change(change.difference, indicator)
        let unchanged = signed.hasPrefix("±") || abs(change.difference) < threshold
        var text = GermanNarrative.trend(
            rising: change.difference > 0, amount: String(signed.dropFirst()), signed: signed,
            since: change.from.german,
            unchanged: unchanged)
        if !change.breaks.isEmpty { text += " (\(GermanNarrative.limitedComparability(change.breaks)))" }
        return text
    }
}
