import Values

/// Identifies an area: its level and its key within that level (keys of different levels may coincide).
public struct AreaID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var level: String
    public var key: String

    public init(level: String, key: String) {
        self.level = level
        self.key = key
    }

    public var description: String { "\(level) \(key)" }

    public static func < (lhs: AreaID, rhs: AreaID) -> Bool {
        (lhs.level, lhs.key) < (rhs.level, rhs.key)
    }
}

/// A spatial level of the hierarchy, e.g. `planungsraum` below `bezirksregion`.
public struct SpatialLevel: Hashable, Sendable, Codable {
    public var key: String
    public var name: String
    /// The level directly above; nil for the top level (the city).
    public var parent: String?

    public init(key: String, name: String, parent: String?) {
        self.key = key
        self.name = name
        self.parent = parent
    }
}

/// An area of a level: a Planungsraum, a Bezirk, the city.
public struct Area: Hashable, Sendable {
    public var id: AreaID
    public var name: String
    public var parent: AreaID?

    public init(id: AreaID, name: String, parent: AreaID?) {
        self.id = id
        self.name = name
        self.parent = parent
    }
}

/// A point of interest such as a Kita or a school, placed in the finest area that contains it.
public struct PointOfInterest: Hashable, Sendable {
    public var category: String
    public var sourceID: String
    public var name: String
    public var address: String
    /// Position in the dataset's working CRS.
    public var position: Point
    public var area: AreaID?
    public var attributes: [String: String]

    public init(
        category: String, sourceID: String, name: String, address: String, position: Point, area: AreaID?,
        attributes: [String: String]
    ) {
        self.category = category
        self.sourceID = sourceID
        self.name = name
        self.address = address
        self.position = position
        self.area = area
        self.attributes = attributes
    }
}

/// Where a layer of points comes from, for the source line under every table and map that shows them
/// (`source:` and `reference-date:` of the layer in the import manifest).
public struct PointLayerSource: Hashable, Sendable {
    /// E.g. "SenBJF Berlin, Kitaverzeichnis (WFS kita)".
    public var source: String
    /// The date the layer describes, when the manifest gives one.
    public var referenceDate: Period?

    public init(source: String, referenceDate: Period?) {
        self.source = source
        self.referenceDate = referenceDate
    }
}
