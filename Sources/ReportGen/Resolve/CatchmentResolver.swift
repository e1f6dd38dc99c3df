import Layout

/// `catchment:`: the points of a category within a radius of the report's point (the Kitas around a Kita), nearest
/// first, as a table of name, provider, places and distance; the report's own point is emphasised.
struct CatchmentResolver {
    let context: ResolveContext

    func resolve(_ plan: CatchmentPlan, around point: PointOfInterest, evaluator: inout ExpressionEvaluator) -> Layout.Table {
        let near = context.snapshot.pointsOfInterest(category: plan.category.value)
            .map { (point: $0, distance: Self.distance($0.position, point.position)) }
            .filter { $0.distance <= plan.radius }
            .sorted { ($0.distance, $0.point.name) < ($1.distance, $1.point.name) }
        let shown = near.prefix(plan.limit)
        var header = ["Einrichtung"]
        if plan.provider != nil { header.append("Träger") }
        if plan.places != nil { header.append("Plätze") }
        header.append("Entfernung")
        let rows = shown.map { entry in
            var cells = [PointOfInterest.printed(entry.point.name)]
            if let provider = plan.provider { cells.append(PointOfInterest.printed(entry.point.attributes[provider.value] ?? "")) }
            if let places = plan.places { cells.append(entry.point.attributes[places.value] ?? GermanNarrative.notAvailable) }
            cells.append(entry.point.sourceID == point.sourceID ? "–" : "\(GermanNumberFormat.number((entry.distance / 10).rounded() * 10)) m")
            return TableRow(texts: cells, emphasized: entry.point.sourceID == point.sourceID)
        }
        var caption = evaluator.render(plan.caption)
        if near.count > shown.count {
            caption += " (die \(shown.count) nächstgelegenen von \(near.count))"
        }
        var columns = [TableColumn(width: .relative(2))]
        if plan.provider != nil { columns.append(TableColumn(width: .relative(2))) }
        if plan.places != nil { columns.append(.number) }
        columns.append(.number)
        return Layout.Table(columns: columns, header: [TableRow(texts: header)], rows: rows, caption: caption)
    }

    /// Straight-line distance in the working CRS (metres: the store keeps positions projected).
    static func distance(_ a: Point, _ b: Point) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

}
