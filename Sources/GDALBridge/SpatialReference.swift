import CGDAL

/// A coordinate reference system. Owns an `OGRSpatialReferenceH`; coordinates are always x = easting/longitude,
/// y = northing/latitude (traditional GIS order, also for EPSG:4326).
package final class SpatialReference {
    let handle: OGRSpatialReferenceH

    /// Parses `EPSG:25833`, a WKT string or a PROJ string.
    package init(definition: String) throws(GDALError) {
        GDALEnvironment.ensureRegistered()
        guard let handle = OSRNewSpatialReference(nil) else {
            throw GDALError.invalidCRS(definition: definition, reason: "out of memory")
        }
        GDALEnvironment.resetError()
        guard OSRSetFromUserInput(handle, definition) == OGRERR_NONE else {
            OSRRelease(handle)
            throw GDALError.invalidCRS(definition: definition, reason: GDALEnvironment.lastError(or: "not recognised"))
        }
        OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER)
        self.handle = handle
    }

    /// A copy of a layer's CRS (the layer keeps ownership of `borrowed`).
    package init?(cloning borrowed: OGRSpatialReferenceH?) {
        guard let borrowed, let handle = OSRClone(borrowed) else { return nil }
        OSRSetAxisMappingStrategy(handle, OAMS_TRADITIONAL_GIS_ORDER)
        self.handle = handle
    }

    deinit { OSRRelease(handle) }

    package func isSame(as other: SpatialReference) -> Bool { OSRIsSame(handle, other.handle) != 0 }
}

/// Transforms coordinates from one CRS to another. Owns an `OGRCoordinateTransformationH`.
package final class CoordinateTransformation {
    let handle: OGRCoordinateTransformationH

    package init(from source: SpatialReference, to target: SpatialReference) throws(GDALError) {
        GDALEnvironment.resetError()
        guard let handle = OCTNewCoordinateTransformation(source.handle, target.handle) else {
            throw GDALError.noTransformation(
                reason: GDALEnvironment.lastError(or: "no transformation to the working CRS"))
        }
        self.handle = handle
    }

    deinit { OCTDestroyCoordinateTransformation(handle) }
}
