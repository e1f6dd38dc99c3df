import CDeflate

/// zlib-format compression for the content streams the PDF/UA pass rewrites, with libdeflate (Debian's
/// `libdeflate-dev`) at its level 1: those streams are most of a file's bytes (a map page's paths), and measured
/// on them libdeflate's level 1 takes less than half the instructions of zlib's level 1 and gives 10 % fewer
/// bytes. The result is a complete zlib stream, as `/FlateDecode` wants it.
enum Deflate {
    private static let level: Int32 = 1

    /// The compressed bytes; nil only if libdeflate cannot allocate its compressor.
    static func compress(_ bytes: [UInt8]) -> [UInt8]? {
        guard let compressor = libdeflate_alloc_compressor(level) else { return nil }
        defer { libdeflate_free_compressor(compressor) }
        var output = [UInt8](repeating: 0, count: libdeflate_zlib_compress_bound(compressor, bytes.count))
        let length = output.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                libdeflate_zlib_compress(compressor, source.baseAddress, source.count, target.baseAddress, target.count)
            }
        }
        guard length > 0 else { return nil }
        output.removeSubrange(length...)
        return output
    }

    /// The bytes of a zlib stream; nil when they are damaged (or would exceed 1 GB).
    static func decompress(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let decompressor = libdeflate_alloc_decompressor() else { return nil }
        defer { libdeflate_free_decompressor(decompressor) }
        var capacity = max(bytes.count * 4, 1 << 16)
        while capacity <= 1 << 30 {
            var output = [UInt8](repeating: 0, count: capacity)
            var length = 0
            let result = output.withUnsafeMutableBytes { target in
                libdeflate_zlib_decompress(
                    decompressor, bytes.baseAddress, bytes.count, target.baseAddress, target.count, &length)
            }
            if result == LIBDEFLATE_SUCCESS {
                output.removeSubrange(length...)
                return output
            }
            guard result == LIBDEFLATE_INSUFFICIENT_SPACE else { return nil }
            capacity *= 4
        }
        return nil
    }
}
