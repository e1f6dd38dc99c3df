import CGDAL
import Foundation

/// A vector file opened through GDAL (Shapefile, GeoJSON, TopoJSON, GeoPackage, KML, XLSX). Owns the
/// `GDALDatasetH`; layers borrowed from it keep it alive.
package final class VectorDataset {
    let handle: GDALDatasetH
    package let path: String

    /// `options` are GDAL open options, e.g. `["ENCODING=CP1252"]` for a Shapefile without .cpg.
    package init(opening path: String, options: [String] = []) throws(GDALError) {
        GDALEnvironment.ensureRegistered()
        GDALEnvironment.resetError()
        let cOptions = options.map { strdup($0) } + [nil]
        defer { cOptions.forEach { free($0) } }
        let constOptions: [UnsafePointer<CChar>?] = cOptions.map { $0.map { UnsafePointer($0) } }
        let opened = constOptions.withUnsafeBufferPointer { buffer in
            GDALOpenEx(path, UInt32(GDAL_OF_VECTOR | GDAL_OF_READONLY), nil, buffer.baseAddress, nil)
        }
        guard let opened else {
            throw GDALError.cannotOpen(reason: GDALEnvironment.lastError(or: "no GDAL driver reads it"))
        }
        handle = opened
        self.path = path
    }

    deinit { GDALClose(handle) }

    var layerNames: [String] {
        (0..<max(0, GDALDatasetGetLayerCount(handle))).compactMap { index in
            GDALDatasetGetLayer(handle, index).flatMap { OGR_L_GetName($0) }.map { String(cString: $0) }
        }
    }

    /// The named layer, or the first one when `name` is nil.
    package func layer(named name: String?) throws(GDALError) -> VectorLayer {
        let found = name.map { GDALDatasetGetLayerByName(handle, $0) } ?? GDALDatasetGetLayer(handle, 0)
        guard let found else {
            throw GDALError.noLayer(name: name, available: layerNames)
        }
        return VectorLayer(handle: found, dataset: self)
    }
}

/// One feature's attribute values as text, and its geometry.
package struct VectorFeature {
    /// 1-based position in the layer (the row of a sheet minus its header), for messages.
    package var index: Int
    package var fields: [String: String]
    package var geometry: OwnedGeometry?
}

/// A layer of a `VectorDataset` (borrowed handle; the dataset outlives it).
package final class VectorLayer {
    let handle: OGRLayerH
    private let dataset: VectorDataset

    fileprivate init(handle: OGRLayerH, dataset: VectorDataset) {
        self.handle = handle
        self.dataset = dataset
    }

    package var fieldNames: [String] {
        guard let definition = OGR_L_GetLayerDefn(handle) else { return [] }
        return (0..<max(0, OGR_FD_GetFieldCount(definition))).map { index in
            OGR_FD_GetFieldDefn(definition, index).flatMap { OGR_Fld_GetNameRef($0) }.map { String(cString: $0) } ?? ""
        }
    }

    /// The layer's CRS as read from the file (.prj, crs member, GeoPackage metadata), if any.
    package var spatialReference: SpatialReference? { SpatialReference(cloning: OGR_L_GetSpatialRef(handle)) }

    /// The file the layer is read from.
    package var path: String { dataset.path }

    /// Reads every feature. Text that is not UTF-8 raises `notUTF8` with the feature's position.
    package func readFeatures() throws(GDALError) -> [VectorFeature] {
        let names = fieldNames
        var result: [VectorFeature] = []
        OGR_L_ResetReading(handle)
        while let feature = OGR_L_GetNextFeature(handle) {
            defer { OGR_F_Destroy(feature) }
            var fields: [String: String] = [:]
            for (index, name) in names.enumerated() where OGR_F_IsFieldSetAndNotNull(feature, Int32(index)) != 0 {
                guard let raw = OGR_F_GetFieldAsString(feature, Int32(index)) else { continue }
                guard let text = String(validatingCString: raw) else {
                    throw GDALError.notUTF8(feature: result.count + 1)
                }
                fields[name] = text
            }
            let geometry = OGR_F_StealGeometry(feature).map(OwnedGeometry.init(taking:))
            result.append(VectorFeature(index: result.count + 1, fields: fields, geometry: geometry))
        }
        return result
    }
}
