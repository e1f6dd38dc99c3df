// Shared by the harnesses that read their input from a file, as ReportGen does.

import Foundation

/// Writes one input to `path` with plain stdio: `FileManager.createFile` writes atomically and calls fsync, which on
/// a busy disk made each input take seconds.
func writeInput(_ data: UnsafePointer<UInt8>, _ size: Int, to path: String) {
    guard let file = fopen(path, "wb") else { fatalError("cannot write \(path)") }
    if size > 0 { _ = fwrite(data, 1, size, file) }
    fclose(file)
}
