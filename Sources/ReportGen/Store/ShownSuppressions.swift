import Foundation

/// The suppressed values a run looked up, so that its manifest lists what its reports show as "k. A." and nothing
/// else (not the suppressions of the whole store, which name internal indicators).
///
/// `@unchecked Sendable`: reports resolve on several threads; every access to `keys` goes through `lock`.
final class ShownSuppressions: @unchecked Sendable {
    private let lock = NSLock()
    private var keys: Set<ValueKey> = []

    func record(_ key: ValueKey) {
        lock.withLock { _ = keys.insert(key) }
    }

    /// The values recorded so far, ordered by indicator, period and area.
    var recorded: [ValueKey] {
        lock.withLock { keys.sorted { ($0.indicator, $0.period, $0.area) < ($1.indicator, $1.period, $1.area) } }
    }
}

extension StoreSnapshot {
    /// Every suppressed value a report looked up so far, with the reason the store gives, for `audience`:
    /// a public report never lists an internal indicator, whatever it looked up.
    func shownSuppressions(for audience: Audience) -> [Suppression] {
        shown.recorded.compactMap { key in
            guard audience == .internal || indicator(key: key.indicator)?.visibility == .public else { return nil }
            return Suppression(
                indicator: key.indicator, area: key.area, period: key.period, reason: values[key]?.note ?? "")
        }
    }

    /// The value under `key`, noting it when it is suppressed (it is about to be shown as "k. A.").
    func lookUp(_ key: ValueKey) -> IndicatorValue? {
        let found = values[key]
        if found?.status == .suppressed { shown.record(key) }
        return found
    }
}
