/// A failure GDAL reported, with GDAL's own reason. The bridge does not know which manifest or file named the
/// source; ReportGen turns each case into a located `DataError` with the fix.
package enum GDALError: Error, Equatable, Sendable {
    /// No GDAL driver opened the file.
    case cannotOpen(reason: String)
    /// The dataset has no layer of that name (nil: no first layer).
    case noLayer(name: String?, available: [String])
    /// A text field of the feature (1-based position in the layer) is not UTF-8.
    case notUTF8(feature: Int)
    /// GDAL does not understand the CRS definition.
    case invalidCRS(definition: String, reason: String)
    /// GDAL has no transformation between the two systems.
    case noTransformation(reason: String)
}
