import Foundation
import IndicatorData

/// The folder a run writes into, and whether the disk behind it can take more: a full disk or an unwritable
/// folder is a problem of the run, not of one report, and must not be reported as a drawing error.
struct OutputFolder {
    let url: URL

    /// How much the probe writes before a run: a few pages of PDF, so that a full disk is found before drawing.
    static let probeSize = 64 * 1024

    /// Creates the folder and checks that files can be written into it.
    func prepare() throws {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            throw DataError.cannotWriteOutput(folder: url.path, reason: Self.reason(of: error))
        }
        if let problem = storageProblem() { throw DataError.cannotWriteOutput(folder: url.path, reason: problem) }
    }

    /// Why nothing can be written here (no space left, file too large, read-only, no permission), or nil when a
    /// probe of `probeSize` bytes can be written and synced.
    private func storageProblem() -> String? {
        let probe = url.appendingPathComponent(".probe.\(getpid()).\(UInt32.random(in: 0...UInt32.max)).partial")
        defer { unlink(probe.path) }
        let descriptor = open(probe.path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        defer { close(descriptor) }
        let block = [UInt8](repeating: 0, count: 64 * 1024)
        var written = 0
        while written < Self.probeSize {
            let count = block.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return String(cString: strerror(errno)) }
            written += count
        }
        guard fsync(descriptor) == 0 else { return String(cString: strerror(errno)) }
        return nil
    }

    private static func reason(of error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
