import Foundation

/// A file's FNV-1a 64-bit checksum, recorded with every import so that a changed source file is recognisable.
package enum Checksum {
    package static func fnv1a(of url: URL) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else { return "unreadable" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return "fnv1a64:" + String(hash, radix: 16)
    }
}
