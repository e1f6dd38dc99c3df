import CairoBridge

extension ScatterPlot {
    /// The plot's place in the figure and what takes room in it before the points' names: the axes with their
    /// labels, the quadrants' names, every point's box and the annotation. Worked out once, for the annotation in
    /// a corner or under the axis; twice only when the first frame's points leave no corner free for it.
    struct Frame {
        var plot: Rect
        var x: LinearScale
        var y: LinearScale
        var space: LabelSpace
        var axisMarks: [Mark]
        /// Where the quadrants' names stand; empty when the quadrants' lines fall outside the scales.
        var quadrantFrames: [Rect]
        /// The points with a value, highlighted ones last, each with its centre and the box it covers.
        var points: [(index: Int, centre: Point, frame: Rect)]
        /// The annotation where it stands (its room taken in `space`); nil when there is none.
        var annotation: Mark?
    }

    /// The figure's axes, the height of its note on areas without a value, and the quadrants' names (laid out
    /// for the plot's width, the same in every frame): what every frame is made from.
    struct FrameParts {
        var rect: Rect
        var xAxis: ValueAxis
        var yAxis: ValueAxis
        var noteHeight: Double
        var quadrantLabels: [TextLayout]
    }

    /// The plot's box in the figure, shorter by `below`'s height when the annotation stands under the axis.
    /// Measured from the figure's corner, so that the plot's size (and with it the shared cloud) does not depend on
    /// where the figure sits on the page.
    func plotRect(_ parts: FrameParts, below: TextLayout?) -> Rect {
        let (rect, xAxis, yAxis) = (parts.rect, parts.xAxis, parts.yAxis)
        let top = yAxis.titleHeight + yAxis.labelHeight / 2
        let left = yAxis.labelWidth + 4
        let bottom =
            rect.height - xAxis.labelHeight - 3 - xAxis.titleHeight - parts.noteHeight
            - (below.map { $0.size.height + 2 } ?? 0)
        return Rect(
            x: rect.x + left, y: rect.y + top, width: max(1, rect.width - 4 - left), height: max(1, bottom - top))
    }

    /// The frame of `plot`: the axes placed first, then the quadrants' names, then every point's box.
    func frame(_ parts: FrameParts, plot: Rect, points: [(Int, (x: Double, y: Double))]) -> Frame {
        let x = parts.xAxis.scale(along: plot.x...plot.maxX)
        let y = parts.yAxis.scale(along: plot.y...plot.maxY, reversed: true)
        var space = LabelSpace(bounds: parts.rect, margin: 1)
        let axisMarks =
            parts.xAxis.horizontalMarks(x, plot: plot, space: &space)
            + parts.yAxis.verticalMarks(y, plot: plot, space: &space)
        // The quadrants' names take their corners before the points, so that no point name covers them.
        let names =
            spec.quadrants.map { quadrantFrames($0, labels: parts.quadrantLabels, x: x, y: y, plot: plot) } ?? []
        names.forEach { space.reserve($0) }
        let order = points.sorted { !spec.highlighted.contains($0.0) && spec.highlighted.contains($1.0) }
        let boxes = order.map { index, position -> (index: Int, centre: Point, frame: Rect) in
            let centre = Point(x: x.position(position.x), y: y.position(position.y))
            return (index, centre, pointFrame(at: centre, highlighted: spec.highlighted.contains(index)))
        }
        boxes.forEach { space.reserve($0.frame) }
        return Frame(
            plot: plot, x: x, y: y, space: space, axisMarks: axisMarks, quadrantFrames: names, points: boxes,
            annotation: nil)
    }
}
