import CairoBridge

@testable import Layout

/// Helpers that read marks in tests.
extension Array where Element == Mark {
    func frames(_ predicate: (MarkRole) -> Bool) -> [Rect] {
        filter { predicate($0.role) }.map(\.frame)
    }

    /// Every text mark's frame.
    var textFrames: [Rect] {
        compactMap { mark in
            switch mark.shape {
            case .text, .upwardText: mark.frame
            default: nil
            }
        }
    }

    /// Pairs of text frames that intersect (shrunk by a hair so touching edges do not count).
    var overlappingTexts: [(Rect, Rect)] {
        let frames = textFrames.map { $0.insetBy(dx: 0.05, dy: 0.05) }
        var pairs: [(Rect, Rect)] = []
        for i in frames.indices {
            for j in frames.indices where j > i && frames[i].intersects(frames[j]) {
                pairs.append((frames[i], frames[j]))
            }
        }
        return pairs
    }

    func bars() -> [(index: Int, series: Int, mark: Mark)] {
        compactMap { mark in
            if case .bar(let index, let series) = mark.role { return (index, series, mark) }
            return nil
        }
    }
}

enum TestCanvas {
    static let rect = Rect(x: 20, y: 30, width: 440, height: 300)
}
