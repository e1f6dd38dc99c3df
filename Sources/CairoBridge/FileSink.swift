import Foundation

/// A file written with `write(2)`, keeping the first error: stdio, and Foundation's `Data.write`, would report a
/// full disk late or without its reason. Opened when a document starts, so that an output folder that cannot take
/// a file is found before anything is drawn; written once, with the finished file's bytes.
final class FileSink {
    private var descriptor: Int32
    let path: String

    init(path: String) throws(CairoError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CairoError.writeFailure("creating the PDF file \(path)", errno: errno) }
    }

    deinit { _ = close() }

    /// Writes all of `bytes` and closes the file; throws the first error of writing or closing it.
    func finish(writing bytes: UnsafeRawBufferPointer) throws(CairoError) {
        if let number = write(bytes) ?? close() { throw CairoError.writeFailure("writing \(path)", errno: number) }
    }

    /// Writes all of `bytes` and closes the file; throws the first error of writing or closing it.
    func finish(writing bytes: [UInt8]) throws(CairoError) {
        if let number = bytes.withUnsafeBytes({ write($0) }) ?? close() {
            throw CairoError.writeFailure("writing \(path)", errno: number)
        }
    }

    /// The `errno` when the file system refuses a write.
    private func write(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, base + offset, bytes.count - offset)
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : ENOSPC }
            offset += written
        }
        return nil
    }

    /// Closes the file; the `errno` when closing fails (some file systems report a full disk only here).
    private func close() -> Int32? {
        guard descriptor >= 0 else { return nil }
        let result = Foundation.close(descriptor)
        descriptor = -1
        return result == 0 ? nil : errno
    }
}
