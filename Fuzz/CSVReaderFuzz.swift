// libFuzzer harness for the CSV reader: any bytes, decoded as the importer does, split at every delimiter.
// Built and run by scripts/fuzz.sh.

@testable import IndicatorData
@testable import ReportGen

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes, as: UTF8.self)
    _ = CSVParser.detectDelimiter(in: Substring(text))
    for delimiter in CSVParser.candidates {
        _ = try? CSVParser.records(in: text, delimiter: delimiter, file: "fuzz.csv")
    }
    return 0
}
