@testable import CairoBridge

extension MemorySink {
    /// A sink holding `bytes`, handed over as Cairo hands over what it writes: for PDFs made by hand in tests.
    convenience init(holding bytes: [UInt8]) {
        self.init()
        let writer = cairoWriter
        bytes.withUnsafeBufferPointer { buffer in
            _ = writer.function(writer.closure, buffer.baseAddress, UInt32(buffer.count))
        }
    }
}
