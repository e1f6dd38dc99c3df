import CairoBridge

extension ChoroplethMap {
    /// What the map's shared part (`contextMarks` and `areaMarks`) depends on: the areas and the context as given
    /// (the same arrays on every page of a document), the projection, the frame's size, and the colours of the
    /// context, the borders and missing areas.
    struct BaseKey: Equatable {
        var areas: SameArray<ChoroplethMapSpec.Area>
        var context: SameArray<MultiPolygon>
        var projection: MapProjection
        var size: Size
        var colours: [Color]
    }

    /// The shared parts made recently: the other pages showing the map take them as they are.
    static let bases = FigureMemo<BaseKey, RepeatedMarks>()

    /// What the map's main body depends on: the areas as given and the bounds to show.
    struct BodyKey: Equatable {
        var areas: SameArray<ChoroplethMapSpec.Area>
        var view: Bounds
    }

    /// The main bodies worked out recently (each walks every point of every area).
    static let bodies = FigureMemo<BodyKey, MapBody?>()
}
