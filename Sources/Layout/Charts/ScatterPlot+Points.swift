import CairoBridge

extension ScatterPlot {
    /// Every point drawn plainly, the highlighted ones too (their own larger mark covers them): the same on every
    /// page that shows the same plot whatever it highlights, so a PDF holds the cloud once (`RepeatedMarks`). Made in
    /// the cloud's own coordinates, so that where the figure sits on the page does not change it; the pages after
    /// the first take the cloud the first made (`FigureMemo`).
    func cloudMark(_ points: [(Int, (x: Double, y: Double))], xAxis: ValueAxis, yAxis: ValueAxis, plot: Rect) -> Mark {
        // Room around the plot for a point on its edge: the radius and half the halo.
        let margin = 3.0
        // The figure's frame may differ from page to page in the last digits (it is placed by subtraction); to a
        // thousandth of a point it does not.
        let (width, height) = ((plot.width * 1000).rounded() / 1000, (plot.height * 1000).rounded() / 1000)
        let x = xAxis.scale(along: margin...(margin + width))
        let y = yAxis.scale(along: margin...(margin + height), reversed: true)
        let frame = Rect(x: plot.x - margin, y: plot.y - margin, width: width + 2 * margin, height: height + 2 * margin)
        let key = CloudKey(items: SameArray(array: spec.items), x: x, y: y, colour: plainColour)
        let cloud = Self.clouds.value(for: key) {
            RepeatedMarks(
                size: Size(width: frame.width, height: frame.height),
                marks: points.flatMap { index, position in
                    pointMarks(
                        at: Point(x: x.position(position.x), y: y.position(position.y)), index: index,
                        highlighted: false)
                })
        }
        return Mark(.repeated(cloud, origin: Point(x: frame.x, y: frame.y)), role: .decoration, frame: frame)
    }

    /// What the cloud depends on: the items as given (the run's one array on every page that shows the same areas,
    /// so comparing costs nothing however many points there are), the scales (axes and size) and the points' colour.
    struct CloudKey: Equatable {
        var items: SameArray<ScatterPlotSpec.Item>
        var x: LinearScale
        var y: LinearScale
        var colour: Color
    }

    /// The clouds made recently: the other pages showing the plot take them as they are.
    static let clouds = FigureMemo<CloudKey, RepeatedMarks>()

    /// The items with a value, each with its index in `spec.items`.
    var plotted: [(Int, (x: Double, y: Double))] {
        spec.items.enumerated().compactMap { index, item in item.position.map { (index, $0) } }
    }

    /// The colour of a point that is not highlighted: translucent, so that dense parts show darker.
    var plainColour: Color { style.baseColor.mixed(with: style.accentColor, 0.25).withAlpha(0.75) }

    /// The box a point at `centre` covers.
    func pointFrame(at centre: Point, highlighted: Bool) -> Rect {
        let radius = highlighted ? 3.5 : 2.6
        return Rect(x: centre.x - radius, y: centre.y - radius, width: 2 * radius, height: 2 * radius)
    }

    /// A point at `centre`: translucent in the base colour or larger in the accent, on a thin white halo.
    func pointMarks(at centre: Point, index: Int, highlighted: Bool) -> [Mark] {
        let frame = pointFrame(at: centre, highlighted: highlighted)
        let path = Path.circle(centerX: centre.x, centerY: centre.y, radius: frame.width / 2)
        return [
            Mark(
                .fill(path, highlighted ? style.accentColor : plainColour, .nonZero), role: .point(index: index),
                frame: frame),
            Mark(.stroke(path, .white, StrokeStyle(width: 0.5)), role: .decoration, frame: frame),
        ]
    }
}
