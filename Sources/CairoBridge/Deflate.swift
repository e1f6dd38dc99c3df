import CZlib

/// zlib compression for the content streams the PDF/UA pass rewrites, at level 1: those streams are most of a
/// file's bytes (a map page's paths), and the fastest level costs a fraction of the default level's time for a
/// few percent more bytes. The result is a complete zlib stream, as `/FlateDecode` wants it.
enum Deflate {
    /// The compressed bytes; nil only if zlib fails (it does not for a buffer of the bound's size).
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        var length = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { target in
            bytes.withUnsafeBufferPointer { source in
                compress2(target.baseAddress, &length, source.baseAddress, uLong(source.count), 1)
            }
        }
        guard status == Z_OK else { return nil }
        output.removeSubrange(Int(length)...)
        return output
    }
}
