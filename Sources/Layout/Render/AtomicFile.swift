import Foundation

/// Writes files under a temporary name in the same folder and renames them into place, so that a reader sees
/// the old file or the complete new one, never a part — also when the process is killed halfway.
///
/// Temporary names are `.<name>.<pid>.<random>.partial`: hidden, not ending in `.pdf`, and naming the process
/// that writes them, so that a later run can remove what a killed one left without touching a running one's.
public enum AtomicFile {
    /// Calls `write` with a temporary path, then renames the result to `url` (replacing it in one step).
    public static func write(to url: URL, _ write: (String) throws -> Void) throws {
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(random).partial")
        do {
            try write(temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(
                    .fileWriteUnknown,
                    userInfo: [
                        NSFilePathErrorKey: url.path,
                        NSLocalizedDescriptionKey:
                            "\(url.path) could not be written: \(String(cString: strerror(errno)))",
                    ])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Removes the temporary files in `folder` of processes that no longer run, and this process's own when
    /// `includingOwn` (on an interrupt, before exiting).
    public static func removeStale(in folder: URL, includingOwn: Bool = false) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".partial") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]) else { continue }
            let running = pid == getpid() ? !includingOwn : kill(pid, 0) == 0
            if !running { try? FileManager.default.removeItem(at: folder.appendingPathComponent(name)) }
        }
    }
}
