import CGDAL

extension SpatialReference {
    /// The CRS's own name, e.g. "ETRS89 / UTM zone 32N (zE-N)".
    package var name: String { OSRGetName(handle).map { String(cString: $0) } ?? "unnamed" }

    package var isGeographic: Bool { OSRIsGeographic(handle) != 0 }

    /// A parameter of the projection, e.g. `false_easting` or `central_meridian`; nil when it has none.
    func projectionParameter(_ name: String) -> Double? {
        var error: OGRErr = OGRERR_NONE
        let value = OSRGetProjParm(handle, name, .nan, &error)
        return error == OGRERR_NONE && value.isFinite ? value : nil
    }

    /// The UTM zone of a Transverse Mercator projection with the UTM scale, also when the zone is written before
    /// the easting (false easting 32 500 000); nil for other projections.
    package var utmZone: Int? {
        guard let scale = projectionParameter("scale_factor"), abs(scale - 0.9996) < 1e-9,
            let meridian = projectionParameter("central_meridian")
        else { return nil }
        let zone = (meridian + 183) / 6
        return zone == zone.rounded() && (1...60).contains(zone) ? Int(zone) : nil
    }
}
