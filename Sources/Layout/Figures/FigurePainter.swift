import CairoBridge

/// Paints marks in order: the single place where figures touch the canvas.
public enum FigurePainter {
    public static func paint(_ marks: [Mark], on canvas: Canvas) {
        for mark in marks {
            switch mark.shape {
            case .fill(let path, let color, let rule): canvas.fill(path, with: color, rule: rule)
            case .stroke(let path, let color, let style): canvas.stroke(path, with: color, style: style)
            case .hatch(let path, let background, let lines):
                canvas.fillHatched(path, background: background, lines: lines, spacing: 3, lineWidth: 0.5)
            case .text(let layout, let origin): canvas.draw(layout, x: origin.x, y: origin.y)
            case .clipped(let rect, let inner):
                canvas.withSavedState {
                    canvas.clip(to: rect)
                    paint(inner, on: canvas)
                }
            case .repeated(let group, let origin):
                canvas.drawRepeated(key: group, size: group.size, at: origin) { paint(group.marks, on: $0) }
            case .upwardText(let layout, let origin):
                canvas.withSavedState {
                    canvas.translate(x: origin.x, y: origin.y)
                    canvas.rotate(radians: -.pi / 2)
                    canvas.draw(layout, x: 0, y: 0)
                }
            }
        }
    }
}
