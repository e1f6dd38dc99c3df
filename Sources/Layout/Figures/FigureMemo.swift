import CairoBridge
import Foundation

/// Values a figure has worked out recently, so that the pages of a document showing the same figure take them
/// instead of working them out again from every area (142 of a document's 143 city maps, each of 542 areas): the
/// repeated marks of a map or a scatter plot, a map's main body. `Key` must stand for everything the value depends
/// on: an equal key gives the value made for it.
final class FigureMemo<Key: Equatable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: Key, value: Value)] = []
    /// Enough for the few figures of a kind a document repeats; the entry used longest ago gives way, so the
    /// full-size figure most pages take stays while a few pages' smaller ones come and go.
    private let capacity = 4

    /// The value made for `key`, made by `make` when there is none (and kept: one made meanwhile by another
    /// thread for an equal key is returned instead, so that there is one).
    func value(for key: Key, make: () -> Value) -> Value {
        if let known = lock.withLock({ used(key) }) { return known }
        let made = make()
        return lock.withLock {
            if let raced = used(key) { return raced }
            entries.append((key, made))
            if entries.count > capacity { entries.removeFirst() }
            return made
        }
    }

    /// The value held for `key`, moved to the newest place; nil when there is none. Call with the lock held.
    private func used(_ key: Key) -> Value? {
        guard let index = entries.lastIndex(where: { $0.key == key }) else { return nil }
        let entry = entries.remove(at: index)
        entries.append(entry)
        return entry.value
    }

    /// The values held now whose key is `included`, the one used longest ago first: what was made recently.
    func values(where included: (Key) -> Bool) -> [Value] {
        lock.withLock { entries.filter { included($0.key) }.map(\.value) }
    }
}

/// An array compared by the storage it lives in: equal only to copies of itself, so equal values hold the same
/// elements, and comparing costs nothing however long the array. It keeps its storage alive, so no other array can
/// come to live there, and an array changed after copying gets storage of its own.
struct SameArray<Element>: Equatable {
    let array: [Element]

    static func == (a: SameArray, b: SameArray) -> Bool {
        a.array.count == b.array.count && a.address == b.address
    }

    private var address: UnsafeRawPointer? {
        array.withUnsafeBufferPointer { $0.baseAddress.map(UnsafeRawPointer.init) }
    }
}
