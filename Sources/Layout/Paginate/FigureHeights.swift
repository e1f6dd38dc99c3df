/// The heights of a document's figure drawings at the widths they were laid out at, each measured once per
/// layout: making a figure's marks to learn its height costs as much as drawing it, and the contents passes and
/// the trial layouts of column sections ask again for the same figures.
final class FigureHeights {
    private struct Key: Hashable {
        /// The figure's number in its document, which counts every figure once.
        let number: Int
        let width: Double
    }

    private var heights: [Key: Double] = [:]

    /// The height of `figure` `width` points wide: known, or measured now. A figure outside a document (number 0)
    /// is measured each time.
    func height(of figure: Figure, width: Double, measure: () -> Double) -> Double {
        guard figure.number > 0 else { return measure() }
        let key = Key(number: figure.number, width: width)
        if let known = heights[key] { return known }
        let height = measure()
        heights[key] = height
        return height
    }
}
