import CQPDF
import Foundation

/// A handle to an object of a `QPDFFile`, valid while the file is open.
typealias QPDFObject = qpdf_oh

/// A PDF file opened with libqpdf (Debian's `libqpdf-dev`, C API): its objects read and changed in memory,
/// then written anew as one clean revision. The only Swift code that calls qpdf.
///
/// Object handles (`QPDFObject`) belong to this file and live until it is closed. Errors of single object calls
/// are collected by qpdf and thrown by `write()`, so a damaged file fails as a whole, never half changed.
final class QPDFFile {
    private let data: qpdf_data
    private let path: String
    /// qpdf's `QPDF_ERRORS` bit of a result code (its macro, `1 << 1`, does not reach Swift).
    private static let errors: Int32 = 1 << 1

    /// Opens the PDF in `bytes` where they lie, without a copy (`qpdf_read_memory`); `path` names it in errors.
    /// The bytes must stay as they are while the file is open: qpdf reads them until it is closed.
    init(reading bytes: UnsafeRawBufferPointer, named path: String) throws(CairoError) {
        guard let data = qpdf_init() else { throw Self.failure(path, "qpdf could not be started") }
        self.data = data
        self.path = path
        qpdf_silence_errors(data)
        qpdf_set_suppress_warnings(data, QPDF_TRUE)
        let start = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        if qpdf_read_memory(data, path, start, UInt64(bytes.count), nil) & Self.errors != 0 {
            throw error(reading: true)
        }
    }

    deinit {
        var data: qpdf_data? = data
        qpdf_cleanup(&data)
    }

    var root: QPDFObject { qpdf_get_root(data) }
    var trailer: QPDFObject { qpdf_get_trailer(data) }

    /// The pages in order.
    var pages: [QPDFObject] {
        let count = max(0, Int(qpdf_get_num_pages(data)))
        return (0..<count).map { qpdf_get_page_n(data, $0) }
    }

    /// Every indirect object of the file (object numbers 1 up to the trailer's `/Size`).
    var objects: [QPDFObject] {
        let size = Int(integer(key("/Size", of: trailer)) ?? 0)
        return (1..<max(1, size)).map { qpdf_get_object_by_id(data, Int32($0), 0) }
    }

    // MARK: Reading objects

    func key(_ name: String, of object: QPDFObject) -> QPDFObject { qpdf_oh_get_key(data, object, name) }
    func has(_ name: String, in object: QPDFObject) -> Bool { qpdf_oh_has_key(data, object, name) == QPDF_TRUE }
    func isDictionary(_ object: QPDFObject) -> Bool { qpdf_oh_is_dictionary(data, object) == QPDF_TRUE }
    func isArray(_ object: QPDFObject) -> Bool { qpdf_oh_is_array(data, object) == QPDF_TRUE }
    func isStream(_ object: QPDFObject) -> Bool { qpdf_oh_is_stream(data, object) == QPDF_TRUE }
    func isNull(_ object: QPDFObject) -> Bool { qpdf_oh_is_null(data, object) == QPDF_TRUE }
    func dictionary(ofStream stream: QPDFObject) -> QPDFObject { qpdf_oh_get_dict(data, stream) }

    /// True when `object` is the name `name` (with its slash: `/Figure`).
    func isName(_ object: QPDFObject, _ name: String) -> Bool {
        qpdf_oh_is_name_and_equals(data, object, name) == QPDF_TRUE
    }

    func integer(_ object: QPDFObject) -> Int? {
        var value: Int64 = 0
        return qpdf_oh_get_value_as_longlong(data, object, &value) == QPDF_TRUE ? Int(value) : nil
    }

    func number(_ object: QPDFObject) -> Double? {
        var value = 0.0
        return qpdf_oh_get_value_as_number(data, object, &value) == QPDF_TRUE ? value : nil
    }

    /// A text string as UTF-8 (qpdf decodes PDFDocEncoding and UTF-16).
    func text(_ object: QPDFObject) -> String? {
        var pointer: UnsafePointer<CChar>?
        var length = 0
        guard qpdf_oh_get_value_as_utf8(data, object, &pointer, &length) == QPDF_TRUE, let pointer else { return nil }
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: length), as: UTF8.self)
    }

    /// The items of an array; a single object counts as an array of one, a missing one as empty.
    func items(_ object: QPDFObject) -> [QPDFObject] {
        if isArray(object) {
            return (0..<qpdf_oh_get_array_n_items(data, object)).map { qpdf_oh_get_array_item(data, object, $0) }
        }
        return isNull(object) || qpdf_oh_is_initialized(data, object) != QPDF_TRUE ? [] : [object]
    }

    func objectNumber(_ object: QPDFObject) -> Int { Int(qpdf_oh_get_object_id(data, object)) }

    /// The decoded bytes of a page's content (all its content streams together).
    func contentBytes(ofPage page: QPDFObject) -> [UInt8]? {
        bytes { qpdf_oh_get_page_content_data(data, page, &$0, &$1) }
    }

    /// The decoded bytes of a stream.
    func streamBytes(_ stream: QPDFObject) -> [UInt8]? {
        bytes { qpdf_oh_get_stream_data(data, stream, qpdf_dl_generalized, nil, &$0, &$1) }
    }

    /// What `read` hands out in a buffer that qpdf allocated, copied; nil when qpdf reports an error.
    private func bytes(
        _ read: (inout UnsafeMutablePointer<UInt8>?, inout Int) -> QPDF_ERROR_CODE
    ) -> [UInt8]? {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        guard read(&buffer, &length) & Self.errors == 0, let buffer else { return nil }
        defer { free(buffer) }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    // MARK: Changing objects

    /// An object parsed from PDF syntax, e.g. `<< /Marked true >>`.
    func parse(_ syntax: String) -> QPDFObject { qpdf_oh_parse(data, syntax) }
    func name(_ name: String) -> QPDFObject { qpdf_oh_new_name(data, name) }
    func string(_ text: String) -> QPDFObject { qpdf_oh_new_unicode_string(data, text) }

    func set(_ name: String, of object: QPDFObject, to value: QPDFObject) {
        qpdf_oh_replace_key(data, object, name, value)
    }
    func append(_ item: QPDFObject, to array: QPDFObject) { qpdf_oh_append_item(data, array, item) }

    /// `object` of `other` copied into this file with everything it refers to; `other` must stay open until this
    /// file is written.
    func copy(_ object: QPDFObject, from other: QPDFFile) -> QPDFObject {
        qpdf_oh_copy_foreign_object(data, other.data, object)
    }

    /// A new indirect stream holding `bytes`, with the entries of `dictionary` (PDF syntax) in its dictionary.
    /// `deflated` bytes are zlib data and stay as they are; unfiltered data is compressed by the writer, except
    /// XML metadata, which PDF/A wants readable.
    func newStream(_ bytes: [UInt8], dictionary: String, deflated: Bool = false) -> QPDFObject {
        let stream = qpdf_oh_new_stream(data)
        replaceData(of: stream, with: bytes, deflated: deflated)
        let entries = parse(dictionary)
        let target = qpdf_oh_get_dict(data, stream)
        qpdf_oh_begin_dict_key_iter(data, entries)
        var keys: [String] = []
        while qpdf_oh_dict_more_keys(data) == QPDF_TRUE {
            if let key = qpdf_oh_dict_next_key(data) { keys.append(String(cString: key)) }
        }
        for key in keys { set(key, of: target, to: self.key(key, of: entries)) }
        return stream
    }

    /// Gives `stream` the data `bytes`: zlib data with `/FlateDecode` when `deflated`, else unfiltered.
    func replaceData(of stream: QPDFObject, with bytes: [UInt8], deflated: Bool = true) {
        let filter = deflated ? name("/FlateDecode") : qpdf_oh_new_null(data)
        bytes.withUnsafeBufferPointer { buffer in
            qpdf_oh_replace_stream_data(data, stream, buffer.baseAddress, buffer.count, filter, qpdf_oh_new_null(data))
        }
    }

    // MARK: Writing

    /// The whole file written anew into `file`: unchanged streams are copied as they are, new ones compressed,
    /// object numbers renumbered in order, and the trailer `/ID` computed from the content (the same bytes give the
    /// same `/ID`, as PDF/A wants an `/ID` and reproducible builds want no random one).
    func write(to file: FileSink) throws(CairoError) {
        if qpdf_has_error(data) == QPDF_TRUE { throw error(reading: false) }
        guard qpdf_init_write_memory(data) & Self.errors == 0 else { throw error(reading: false) }
        qpdf_set_decode_level(data, qpdf_dl_none)
        qpdf_set_compress_streams(data, QPDF_TRUE)
        qpdf_set_object_stream_mode(data, qpdf_o_disable)
        qpdf_set_deterministic_ID(data, QPDF_TRUE)
        qpdf_set_suppress_original_object_IDs(data, QPDF_TRUE)
        guard qpdf_write(data) & Self.errors == 0, let bytes = qpdf_get_buffer(data) else {
            throw error(reading: false)
        }
        try file.finish(writing: UnsafeRawBufferPointer(start: bytes, count: qpdf_get_buffer_length(data)))
    }

    private func error(reading: Bool) -> CairoError {
        let reason = qpdf_get_error(data).flatMap { qpdf_get_error_full_text(data, $0) }.map { String(cString: $0) }
        return Self.failure(
            path,
            reading
                ? "qpdf cannot read it: " + (reason ?? "unknown error")
                : "qpdf cannot write it: " + (reason ?? "unknown error"))
    }

    private static func failure(_ path: String, _ reason: String) -> CairoError {
        CairoError(
            operation: "making \(path) a tagged PDF/UA-1 and PDF/A-2a file", reason: reason,
            remedy: "This is a bug in ReportGen; please report it with the template that caused it.")
    }
}

@available(*, unavailable, message: "A qpdf handle must only be used from the thread that created it")
extension QPDFFile: Sendable {}
