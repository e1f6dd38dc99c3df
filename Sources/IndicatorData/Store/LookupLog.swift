import Foundation
import Values

/// What a run looked up that its record must mention: the suppressed values its reports show as "k. A." (so that
/// its manifest lists those and nothing else, never the whole store with its internal indicators), and rates of
/// exactly 0 or 100 % on a tiny base, which are more often a placeholder than a finding (`check` warns).
///
/// `@unchecked Sendable`: reports resolve on several threads; every access to the sets goes through `lock`.
final class LookupLog: @unchecked Sendable {
    private let lock = NSLock()
    private var suppressed: Set<ValueKey> = []
    private var suspect: Set<ValueKey> = []

    func record(suppressed key: ValueKey) {
        lock.withLock { _ = suppressed.insert(key) }
    }

    func record(suspect key: ValueKey) {
        lock.withLock { _ = suspect.insert(key) }
    }

    var suppressedKeys: [ValueKey] { lock.withLock { suppressed.sorted(by: Self.order) } }
    var suspectKeys: [ValueKey] { lock.withLock { suspect.sorted(by: Self.order) } }

    private static func order(_ a: ValueKey, _ b: ValueKey) -> Bool {
        (a.indicator, a.period, a.area) < (b.indicator, b.period, b.area)
    }
}

extension StoreSnapshot {
    /// A base (denominator or weight) below this is tiny: a rate of exactly 0 or 100 % on it is suspect.
    static let tinyBase = 100.0

    /// Every suppressed value a report looked up so far, with the reason the store gives, for `audience`:
    /// a public report never lists an internal indicator, whatever it looked up.
    package func shownSuppressions(for audience: Audience) -> [Suppression] {
        log.suppressedKeys.compactMap { key in
            guard audience == .internal || indicator(key: key.indicator)?.visibility == .public else { return nil }
            return Suppression(
                indicator: key.indicator, area: key.area, period: key.period, reason: values[key]?.note ?? "")
        }
    }

    /// A warning for every rate of exactly 0 or 100 % on a tiny base that a report looked up so far.
    package func suspectRateWarnings() -> [String] {
        log.suspectKeys.compactMap { key in
            guard let value = values[key], let rate = value.value, let base = value.denominator else { return nil }
            return "\(key.area) (\(areasByID[key.area]?.name ?? key.area.key)): \(key.indicator) \(key.period.iso) is "
                + "\(GermanNumberFormat.number(rate)) % on a base of only \(GermanNumberFormat.number(base)); "
                + "on so small a base that is more often a placeholder than a finding. Fix: check the delivery, "
                + "or give the indicator a `minimum-base:` in the catalogue."
        }
    }

    /// The value under `key`, noting it when it is suppressed (about to be shown as "k. A.") or a suspect rate.
    func lookUp(_ key: ValueKey) -> IndicatorValue? {
        let found = values[key]
        if let found {
            if found.status == .suppressed {
                log.record(suppressed: key)
            } else if let rate = found.value, rate == 0 || rate == 100, let base = found.denominator,
                base < Self.tinyBase, indicator(key: key.indicator)?.unit == "%"
            {
                log.record(suspect: key)
            }
        }
        return found
    }
}
