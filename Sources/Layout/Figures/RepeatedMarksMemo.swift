import CairoBridge
import Foundation

/// Repeated marks a figure has made recently, so that the pages of a document showing the same figure take the
/// same `RepeatedMarks` instead of making every mark again (142 of a document's 143 city maps, each of 542 areas).
/// `Key` must stand for everything the marks depend on: an equal key gives the marks made for it.
final class RepeatedMarksMemo<Key: Equatable>: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [(key: Key, marks: RepeatedMarks)] = []
    /// Enough for the few repeated figures a document draws; older entries give way.
    private let capacity = 4

    /// The marks made for `key`, made by `make` when there are none.
    func marks(for key: Key, make: () -> RepeatedMarks) -> RepeatedMarks {
        if let known = lock.withLock({ entries.last { $0.key == key }?.marks }) { return known }
        let made = make()
        lock.withLock {
            entries.append((key, made))
            if entries.count > capacity { entries.removeFirst() }
        }
        return made
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
