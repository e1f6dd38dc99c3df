import CairoBridge

/// The locator inset: the city in light grey, the shown area in the accent colour (ringed when too small to
/// see), inside a thin frame.
enum LocatorMarks {
    static func marks(_ locator: LocatorInset, in box: Rect, style: FigureStyle) -> [Mark] {
        let all = locator.outline.compactMap(\.bounds) + [locator.focus.bounds].compactMap { $0 }
        guard let first = all.first, box.width > 10, box.height > 10 else { return [] }
        let bounds = all.dropFirst().reduce(first) { $0.union($1) }
        guard let projection = MapProjection(fitting: bounds, into: box, padding: 4) else { return [] }
        var marks = [
            Mark(.stroke(.rectangle(box), style.gridColor, StrokeStyle(width: 0.5)), role: .locator, frame: box)
        ]
        for geometry in locator.outline {
            let path = projection.path(geometry)
            marks.append(
                Mark(
                    .fill(path, style.contextFill.mixed(with: style.axisColor, 0.15), .evenOdd), role: .locator,
                    frame: box))
            marks.append(Mark(.stroke(path, .white, StrokeStyle(width: 0.4)), role: .locator, frame: box))
        }
        guard let focusBounds = locator.focus.bounds else { return marks }
        let focus = projection.project(focusBounds)
        marks.append(
            Mark(.fill(projection.path(locator.focus), style.accentColor, .evenOdd), role: .locator, frame: focus))
        if max(focus.width, focus.height) < 6 {
            let ring = Path.circle(centerX: focus.x + focus.width / 2, centerY: focus.y + focus.height / 2, radius: 6)
            marks.append(
                Mark(
                    .stroke(ring, style.accentColor, StrokeStyle(width: 1)), role: .locator,
                    frame: focus.insetBy(dx: -6, dy: -6)))
        }
        return marks
    }
}
