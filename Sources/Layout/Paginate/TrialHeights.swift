/// The heights of trial layouts of column sections (all their blocks in one column of a given width), each
/// computed once per layout. Without it a section nested in sections is laid out again for every level around
/// it, and the time doubles with each level of nesting.
final class TrialHeights {
    private struct Key: Hashable {
        /// The storage of the section's block list: the same section while the document is laid out.
        let blocks: UInt
        let count: Int
        let width: Double
    }

    private var heights: [Key: Double] = [:]

    func height(of blocks: [Block], width: Double, measure: () -> Double) -> Double {
        let storage = blocks.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        let key = Key(blocks: storage, count: blocks.count, width: width)
        if let known = heights[key] { return known }
        let height = measure()
        heights[key] = height
        return height
    }
}
