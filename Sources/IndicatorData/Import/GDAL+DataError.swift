import Foundation
import GDALBridge

// The GDAL bridge's calls as the importers make them: each failure becomes a `DataError` that names the file and
// says how to fix it.

extension VectorDataset {
    /// Opens a vector file or sheet the manifest names; `options` are GDAL open options.
    convenience init(path: String, options: [String] = []) throws {
        guard FileManager.default.fileExists(atPath: path) else {
            throw DataError.fileNotFound(file: path, referencedFrom: "the manifest")
        }
        do { try self.init(opening: path, options: options) } catch { throw DataError(error, file: path) }
    }

    /// The named layer, or the first one when `name` is nil.
    func layer(_ name: String?) throws -> VectorLayer {
        do { return try layer(named: name) } catch { throw DataError(error, file: path) }
    }
}

extension VectorLayer {
    /// Every feature; text that is not UTF-8 raises `notUTF8` with the feature's position.
    func features() throws -> [VectorFeature] {
        do { return try readFeatures() } catch { throw DataError(error, file: path) }
    }
}

extension SpatialReference {
    /// Parses `EPSG:25833`, a WKT string or a PROJ string; `file` names where the definition came from.
    convenience init(definition: String, file: String) throws {
        do { try self.init(definition: definition) } catch { throw DataError(error, file: file) }
    }
}

extension CoordinateTransformation {
    convenience init(from source: SpatialReference, to target: SpatialReference, file: String) throws {
        do { try self.init(from: source, to: target) } catch { throw DataError(error, file: file) }
    }
}

extension DataError {
    /// The message for what GDAL reported while reading `file`.
    init(_ error: GDALError, file: String) {
        switch error {
        case .cannotOpen(let reason):
            self = .cannotOpen(file: file, reason: reason)
        case .noLayer(let name, let available):
            self = .layerNotFound(file: file, layer: name ?? "(first)", available: available)
        case .notUTF8(let feature):
            self = .notUTF8(file: file, line: feature)
        case .invalidCRS(let definition, let reason):
            self = .invalidCRS(file: file, definition: definition, reason: reason)
        case .noTransformation(let reason):
            self = .invalidCRS(file: file, definition: "source CRS", reason: reason)
        }
    }
}
