import Foundation

/// Values a run computes once, on first use, and shares between the reports it resolves on several threads: the
/// classes of the `similar:` index of a level, the ranges of a profile chart. Computed when a report first needs
/// them, so that a run reads (and its record notes) no value its reports would not read themselves.
///
/// `@unchecked Sendable`: every access to `values` goes through `lock`.
final class RunMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value of `key`, made by `make` the first time it is asked for.
    func value(_ key: Key, make: () -> Value) -> Value {
        lock.withLock {
            if let value = values[key] { return value }
            let value = make()
            values[key] = value
            return value
        }
    }
}
