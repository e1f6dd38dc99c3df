import CCairo
import Foundation

/// Where Cairo writes a PDF: one growing block of memory, which the PDF/UA pass then reads as it is (`PDFSource`,
/// which holds the sink while it reads), so that the uncompressed file Cairo writes (`ContentCompression`) never goes
/// to disk and is never read back nor copied.
///
/// Cairo hands over its uncompressed page content a few bytes at a time (one call per operator), millions of calls
/// for a document of maps; the profile of `bench` showed a Swift array with exclusivity checks behind each call as
/// a third of the pass's own cost. So the bytes go into a C-style block through a pointer: one `memcpy` per call,
/// and `realloc` doubling the block (glibc moves large blocks by remapping pages, not by copying them).
final class MemorySink {
    private struct Block {
        var start: UnsafeMutableRawPointer?
        var count = 0
        var capacity = 0
        /// Set when `realloc` refused: the document is lost, and `bytes()` throws.
        var outOfMemory = false

        mutating func append(_ data: UnsafeRawPointer, count length: Int) {
            guard let start = room(for: length) else {
                outOfMemory = true
                return
            }
            (start + count).copyMemory(from: data, byteCount: length)
            count += length
        }

        /// The block, with room for `length` more bytes; nil when `realloc` refuses (now or before).
        private mutating func room(for length: Int) -> UnsafeMutableRawPointer? {
            guard !outOfMemory else { return nil }
            if let start, count + length <= capacity { return start }
            let wanted = max(capacity * 2, count + length, 1 << 18)
            guard let grown = realloc(start, wanted) else { return nil }
            start = grown
            capacity = wanted
            return grown
        }
    }

    private let block: UnsafeMutablePointer<Block>

    init() {
        block = .allocate(capacity: 1)
        block.initialize(to: Block())
    }

    deinit {
        free(block.pointee.start)
        block.deinitialize(count: 1)
        block.deallocate()
    }

    /// The function and closure to hand to `cairo_pdf_surface_create_for_stream`; the closure is valid while this
    /// sink lives.
    var cairoWriter: (function: cairo_write_func_t, closure: UnsafeMutableRawPointer) {
        let function: cairo_write_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            closure.assumingMemoryBound(to: Block.self).pointee.append(data, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }
        return (function, UnsafeMutableRawPointer(block))
    }

    /// What Cairo wrote, valid while this sink lives and nothing more is written.
    func bytes(_ operation: @autoclosure () -> String) throws(CairoError) -> UnsafeRawBufferPointer {
        let current = block.pointee
        guard !current.outOfMemory else {
            throw CairoError(status: CAIRO_STATUS_NO_MEMORY, operation: operation())
        }
        return UnsafeRawBufferPointer(start: current.start, count: current.count)
    }
}
