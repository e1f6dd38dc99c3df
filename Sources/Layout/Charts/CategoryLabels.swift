import CairoBridge

/// The area names under vertical bars: upright and wrapped to three lines when every name fits its band
/// that way, otherwise all turned to read upwards and shortened in the middle to `maxLength`.
struct CategoryLabels {
    let layouts: [TextLayout]
    let upward: Bool

    init(bars: [BarChartSpec.Bar], band: Double, maxLength: Double, text: FigureText) {
        let size = text.style.tickSize
        let upright = bars.map { bar in
            text.fitting(
                bar.label, width: max(1, band - 2), maxLines: 3, size: size, weight: bar.highlighted ? .bold : .regular,
                alignment: .center)
        }
        let all = upright.compactMap { $0 }
        upward = all.count < bars.count
        layouts =
            upward
            ? bars.map { text.label($0.label, width: maxLength, size: size, weight: $0.highlighted ? .bold : .regular) }
            : all
    }

    /// The space the labels need below the plot.
    var height: Double {
        upward ? layouts.map(\.size.width).max() ?? 0 : layouts.map(\.size.height).max() ?? 0
    }

    func mark(_ index: Int, centre: Double, top: Double) -> Mark {
        let layout = layouts[index]
        if upward {
            return .upwardText(
                layout, at: Point(x: centre - layout.size.height / 2, y: top + layout.size.width),
                role: .categoryLabel(index: index))
        }
        return .text(layout, at: Point(x: centre - layout.size.width / 2, y: top), role: .categoryLabel(index: index))
    }
}
