import CSV
import Foundation

/// Reads and writes padan's glossary tables: one concept per row, TSV (or CSV) with a header.
///
/// Cells follow the quoting rule spreadsheets use for tab-separated files (RFC 4180): a cell that starts with
/// `"` is a quoted cell, with inner quotes doubled. Quotes elsewhere in a cell are ordinary characters.
///
/// Columns: `id`, `domain`, `id_terms`, `en_terms`, `note`, `source`. A terms cell lists a language's terms
/// separated by ` | `, the first being the preferred one; each term may end with attributes in brackets,
/// e.g. `Kemenlu [abbr]` or `Department of Foreign Affairs [deprecated]`. See Glossary/README.md.
public enum GlossaryTable {
    /// The header every glossary table starts with.
    public static let columns = ["id", "domain", "id_terms", "en_terms", "note", "source"]
    /// Separator between the terms of one cell.
    public static let termSeparator = " | "

    /// Parses a table. Problems (wrong header, wrong column count, bad attributes, empty required cells) are
    /// returned as findings with their line and column; rows with errors are skipped, the others kept.
    public static func parse(bytes: [UInt8], path: String) -> (concepts: [Concept], findings: [Finding]) {
        var findings: [Finding] = []
        let text: String
        do {
            text = try self.text(of: bytes, path: path)
        } catch {
            return ([], [Finding(file: path, line: error.line, column: error.column, rule: "encoding",
                message: error.message, remedy: error.remedy)])
        }
        let delimiter: Unicode.Scalar = path.lowercased().hasSuffix(".csv") ? "," : "\t"
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            return ([], [Finding(file: path, line: 1, rule: "malformed", message: "cannot read the table: \(error)")])
        }
        guard let header = reader.next() else {
            return ([], [Finding(file: path, line: 1, rule: "header", message: "the file is empty",
                remedy: "start it with the header line: " + columns.joined(separator: "\\t"))])
        }
        if header != columns {
            findings.append(Finding(file: path, line: 1, column: 1, rule: "header",
                message: "the header is \(header.joined(separator: delimiter == "\t" ? "\\t" : ",")), expected "
                    + columns.joined(separator: delimiter == "\t" ? "\\t" : ","),
                remedy: "use exactly these six column names, in this order"))
            return ([], findings)
        }
        var concepts: [Concept] = []
        var line = 1
        while let row = reader.next() {
            line += 1
            if row.count == 1 && row[0].isEmpty { continue }
            if let broken = row.firstIndex(where: { $0.utf8.contains(0x0A) || $0.utf8.contains(0x0D) }) {
                findings.append(Finding(file: path, line: line, column: column(of: broken, in: row), rule: "malformed",
                    message: "a cell runs over several lines: a cell that starts with \" is a quoted cell and this one is not closed",
                    remedy: "write such a cell as \"...\" with inner quotes doubled (as spreadsheets do), or do not start it with \"; rows after this one were not read"))
                break
            }
            guard row.count == columns.count else {
                findings.append(Finding(file: path, line: line, column: 1, rule: "column-count",
                    message: "\(row.count) columns, expected \(columns.count)",
                    remedy: "every row needs id, domain, id_terms, en_terms, note and source (empty note/source are fine)"))
                continue
            }
            if let concept = parseRow(row, path: path, line: line, findings: &findings) {
                concepts.append(concept)
            }
        }
        if let error = reader.error {
            findings.append(Finding(file: path, line: line + 1, rule: "malformed", message: "cannot read the table: \(error)"))
        }
        return (concepts, findings)
    }

    /// The text of a table file (glossary or spreadsheet): a UTF-8 byte order mark removed, CRLF read as LF;
    /// invalid UTF-8 is an error naming its line, column and byte offset in the file.
    static func text(of bytes: [UInt8], path: String) throws(PadanError) -> String {
        var data = bytes
        let bom = data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        data.removeFirst(bom)
        if let bad = UTF8Validation.firstInvalidOffset(in: data) {
            let (line, column) = SourceDocument.lineAndColumn(in: data, at: bad)
            throw PadanError(.encoding, file: path, line: line, column: column, byteOffset: bad + bom,
                message: "invalid UTF-8 at byte offset \(bad + bom)", remedy: "save the file as UTF-8")
        }
        let text = String(decoding: data, as: UTF8.self)
        return data.contains(0x0D) ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// 1-based column (in Unicode scalars) where field `index` starts.
    static func column(of index: Int, in row: [String]) -> Int {
        columns(of: row)[index]
    }

    /// 1-based columns where each field of `row` starts.
    static func columns(of row: [String]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(row.count)
        var column = 1
        for field in row {
            result.append(column)
            column += field.unicodeScalars.count + 1
        }
        return result
    }

    private static func parseRow(_ row: [String], path: String, line: Int, findings: inout [Finding]) -> Concept? {
        var valid = true
        for (index, name) in ["id", "domain", "id_terms", "en_terms"].enumerated() where row[index].isEmpty {
            findings.append(Finding(file: path, line: line, column: column(of: index, in: row), rule: "empty-cell",
                message: "the \(name) cell is empty", remedy: "fill it in; every concept needs \(name)"))
            valid = false
        }
        guard valid else { return nil }
        let indonesian = parseTerms(row[2], path: path, line: line, column: column(of: 2, in: row), findings: &findings)
        let english = parseTerms(row[3], path: path, line: line, column: column(of: 3, in: row), findings: &findings)
        guard let indonesian, let english else { return nil }
        return Concept(id: row[0], domain: row[1], indonesian: indonesian, english: english, note: row[4],
            source: row[5],
            location: SourceLocation(file: path, line: line, cellColumns: columns(of: row)))
    }

    /// Parses a terms cell: `term [attr, attr] | term | …`; the first term defaults to preferred.
    static func parseTerms(_ cell: String, path: String, line: Int, column: Int, findings: inout [Finding]) -> [Term]? {
        var terms: [Term] = []
        var offset = 0
        for (position, part) in split(cell, by: termSeparator).enumerated() {
            defer { offset += part.unicodeScalars.count + termSeparator.count }
            var text = part
            var type = TermType.fullForm
            var status: TermStatus = position == 0 ? .preferred : .admitted
            var partOfSpeech: PartOfSpeech?
            // Attributes: a final `[…]`, found on the UTF-8 view (this runs for every term of large termbases).
            let utf8 = part.utf8
            if utf8.last == UInt8(ascii: "]"), let open = utf8.lastIndex(of: UInt8(ascii: "[")) {
                text = String(part[..<open])
                if text.utf8.last == UInt8(ascii: " ") { text.removeLast() }
                let attributes = part[utf8.index(after: open)..<utf8.index(before: utf8.endIndex)]
                for rawAttribute in attributes.utf8.split(separator: UInt8(ascii: ",")) {
                    let trimmed = rawAttribute.drop { $0 == 0x20 }
                    let attribute = String(decoding: trimmed.prefix(trimmed.count - trimmed.reversed().prefix { $0 == 0x20 }.count),
                        as: UTF8.self)
                    if let value = TermType(rawValue: attribute) {
                        type = value
                    } else if let value = TermStatus(rawValue: attribute) {
                        status = value
                    } else if let value = PartOfSpeech(rawValue: attribute) {
                        partOfSpeech = value
                    } else {
                        findings.append(Finding(file: path, line: line, column: column + offset, rule: "attribute",
                            message: "unknown term attribute '\(attribute)' on '\(text)'",
                            remedy: "use full, abbr, short, variant, preferred, admitted, deprecated, noun, verb, adjective, adverb, properNoun or other"))
                        return nil
                    }
                }
            }
            if text.isEmpty {
                findings.append(Finding(file: path, line: line, column: column + offset, rule: "empty-term",
                    message: "an empty term", remedy: "remove the extra ' | ' or write the term"))
                return nil
            }
            terms.append(Term(text, type: type, status: status, partOfSpeech: partOfSpeech))
        }
        return terms
    }

    /// `text` cut at every occurrence of `separator` (a plain byte search, much cheaper than Foundation's).
    static func split(_ text: String, by separator: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            let pattern = Array(separator.utf8)
            var parts: [String] = []
            var start = 0
            var index = 0
            while index + pattern.count <= bytes.count {
                if bytes[index] == pattern[0] && pattern.indices.allSatisfy({ bytes[index + $0] == pattern[$0] }) {
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    index += pattern.count
                    start = index
                } else {
                    index += 1
                }
            }
            parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return parts
        }
    }

    /// Writes concepts as a TSV table in padan's format (the inverse of `parse`). Tabs and line breaks inside
    /// values, which the format cannot hold, become spaces.
    public static func tsv(_ concepts: [Concept]) -> String {
        var out = columns.joined(separator: "\t") + "\n"
        for concept in concepts {
            let cells = [concept.id, concept.domain, cell(concept.indonesian), cell(concept.english), concept.note,
                concept.source]
            out += cells.map(clean).joined(separator: "\t") + "\n"
        }
        return out
    }

    /// Tabs and line breaks become spaces; a cell that starts with a quote is quoted, inner quotes doubled
    /// (the RFC 4180 rule spreadsheets apply to tab-separated files too).
    private static func clean(_ value: String) -> String {
        let flat = value.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return flat.hasPrefix("\"") ? "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : flat
    }

    private static func cell(_ terms: [Term]) -> String {
        terms.enumerated().map { position, term in
            var attributes: [String] = []
            if term.type != .fullForm { attributes.append(term.type.rawValue) }
            let defaultStatus: TermStatus = position == 0 ? .preferred : .admitted
            if term.status != defaultStatus { attributes.append(term.status.rawValue) }
            if let partOfSpeech = term.partOfSpeech { attributes.append(partOfSpeech.rawValue) }
            return attributes.isEmpty ? term.text : term.text + " [" + attributes.joined(separator: ", ") + "]"
        }.joined(separator: termSeparator)
    }
}
