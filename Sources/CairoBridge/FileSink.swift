import Foundation

/// A file written with `write(2)`, keeping the first error: Cairo's stdio output, and Foundation's `Data.write`,
/// would report a full disk late or without its reason.
///
/// Writes are gathered into blocks of `blockSize` bytes: Cairo hands over uncompressed page content
/// (`ContentCompression`) a few bytes at a time, and one system call for each cost more than drawing the page.
final class FileSink {
    private var descriptor: Int32
    let path: String
    /// The `errno` of the first failed write, if any.
    private(set) var failure: Int32?
    private var pending: [UInt8] = []
    private static let blockSize = 1 << 16

    init(path: String) throws(CairoError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CairoError.writeFailure("creating the PDF file \(path)", errno: errno) }
    }

    deinit { _ = close() }

    /// Takes all `count` bytes, written now or with the next block; false (and `failure` set) when the file
    /// system refuses.
    func write(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard failure == nil else { return false }
        if pending.count + count > Self.blockSize, !flush() { return false }
        guard count < Self.blockSize else { return writeNow(bytes, count: count) }
        if pending.capacity < Self.blockSize { pending.reserveCapacity(Self.blockSize) }
        pending.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        return true
    }

    /// Writes what is gathered.
    private func flush() -> Bool {
        defer { pending.removeAll(keepingCapacity: true) }
        return pending.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            return writeNow(base, count: buffer.count)
        }
    }

    private func writeNow(_ bytes: UnsafePointer<UInt8>, count: Int) -> Bool {
        guard failure == nil else { return false }
        var offset = 0
        while offset < count {
            let written = Foundation.write(descriptor, bytes + offset, count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else {
                failure = written < 0 ? errno : ENOSPC
                return false
            }
            offset += written
        }
        return true
    }

    /// Closes the file; the `errno` when closing fails (some file systems report a full disk only here).
    func close() -> Int32? {
        guard descriptor >= 0 else { return nil }
        let result = Foundation.close(descriptor)
        descriptor = -1
        return result == 0 ? nil : errno
    }

    /// Writes what is gathered, closes the file and throws the first error of writing or closing it.
    func finish() throws(CairoError) {
        _ = flush()
        if let number = failure ?? close() { throw CairoError.writeFailure("writing \(path)", errno: number) }
    }

    /// Writes `data` to `path` through a sink: the whole file, or an error with the system's reason.
    static func write(_ data: Data, to path: String) throws(CairoError) {
        let sink = try FileSink(path: path)
        data.withUnsafeBytes { raw in
            if let base = raw.bindMemory(to: UInt8.self).baseAddress { _ = sink.write(base, count: raw.count) }
        }
        try sink.finish()
    }
}
