import IndicatorData
import Layout

/// `catchment:`: the points of a category within a radius of the report's point (the Kitas around a Kita), nearest
/// first, as a table of name, provider, places and distance, the report's own point emphasised; without a radius, the
/// points inside the report's area by name (the Kitas of a Planungsraum), optionally with their address.
struct CatchmentResolver {
    let context: ResolveContext

    func resolve(
        _ plan: CatchmentPlan, around point: PointOfInterest?, in area: Area, evaluator: inout ExpressionEvaluator
    )
        -> Layout.Table
    {
        let found: [(point: PointOfInterest, distance: Double?)]
        if let point, let radius = plan.radius {
            found = context.snapshot.pointsOfInterest(category: plan.category.value)
                .map { (point: $0, distance: Self.distance($0.position, point.position)) }
                .filter { $0.distance <= radius }
                .sorted { ($0.distance, $0.point.name) < ($1.distance, $1.point.name) }
        } else {
            found = context.snapshot.pointsOfInterest(category: plan.category.value, in: area.id)
                .sorted { PointOfInterest.printed($0.name) < PointOfInterest.printed($1.name) }
                .map { (point: $0, distance: nil) }
        }
        let shown = found.prefix(plan.limit)
        let measured = plan.radius != nil && point != nil
        var header = ["Einrichtung"]
        if plan.provider != nil { header.append("Träger") }
        if plan.address { header.append("Adresse") }
        if plan.places != nil { header.append("Plätze") }
        if measured { header.append("Entfernung") }
        let rows = shown.map { entry in
            var cells = [PointOfInterest.printed(entry.point.name)]
            if let provider = plan.provider {
                cells.append(PointOfInterest.printed(entry.point.attributes[provider.value] ?? ""))
            }
            if plan.address { cells.append(PointOfInterest.printedAddress(entry.point.address)) }
            if let places = plan.places {
                cells.append(entry.point.attributes[places.value] ?? GermanNarrative.notAvailable)
            }
            let isOwn = entry.point.sourceID == point?.sourceID
            if let distance = entry.distance {
                cells.append(isOwn ? "–" : "\(GermanNumberFormat.number((distance / 10).rounded() * 10)) m")
            }
            return TableRow(texts: cells, emphasized: isOwn)
        }
        var caption = evaluator.render(plan.caption)
        if found.count > shown.count {
            caption +=
                measured
                ? " (die \(shown.count) nächstgelegenen von \(found.count))" : " (\(shown.count) von \(found.count))"
        }
        var columns = [TableColumn(width: .relative(2))]
        if plan.provider != nil { columns.append(TableColumn(width: .relative(2))) }
        if plan.address { columns.append(TableColumn(width: .relative(2))) }
        if plan.places != nil { columns.append(.number) }
        if measured { columns.append(.number) }
        return Layout.Table(
            columns: columns, header: [TableRow(texts: header)], rows: rows, caption: caption,
            source: context.sourceLine(for: [], points: [plan.category.value]))
    }

    /// Straight-line distance in the working CRS (metres: the store keeps positions projected).
    static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }
}
