/// Splits delimited text into records, honouring quotes (with doubled quotes and line breaks inside).
struct CSVParser {
    struct Record {
        /// The line the record starts on (1-based).
        var line: Int
        var fields: [String]
    }

    static let candidates: [Character] = [";", ",", "\t"]

    /// The candidate delimiter that occurs most often outside quotes in the header line; nil when none does.
    static func detectDelimiter(in header: Substring) -> Character? {
        var counts: [Character: Int] = [:]
        var quoted = false
        for character in header {
            if character == "\"" { quoted.toggle() }
            if !quoted, candidates.contains(character) { counts[character, default: 0] += 1 }
        }
        return candidates.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }.flatMap { (counts[$0] ?? 0) > 0 ? $0 : nil }
    }

    static func records(in text: String, delimiter: Character, file: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var recordLine = 1
        var iterator = text.makeIterator()
        var pending: Character? = nil
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = iterator.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        quoted = false
                        pending = next
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
            } else if character == delimiter {
                fields.append(field)
                field = ""
            } else if character.isNewline {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(character)
            }
        }
        if quoted { throw DataError.unterminatedQuote(file: file, line: recordLine) }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        return records
    }
}
