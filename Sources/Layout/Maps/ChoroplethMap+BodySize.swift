import CairoBridge

extension ChoroplethMap {
    /// The size of a map's body on `page`, before the map is laid out: what its geometry is simplified for. On A4
    /// portrait with the standard margins a map takes 300 pt of the 453,5 pt text width beside its legend column;
    /// other pages scale that with their text area, in whole percent, so that margins which differ in the last
    /// digit (25 mm against 70,87 pt) keep the same map.
    public static func bodySize(on page: PageSetup) -> Size {
        let reference = PageSetup().contentRect
        let content = page.contentRect
        let scale = (min(content.width / reference.width, content.height / reference.height) * 100).rounded() / 100
        return Size(width: 300 * scale, height: 300 * scale)
    }

    /// The size the outlines of a locator inset are simplified for: the inset is drawn at most 100 by 80 pt, and
    /// most often smaller beside the legend.
    public static let locatorSize = Size(width: 80, height: 70)
}
