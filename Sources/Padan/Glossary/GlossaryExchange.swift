import CSV
import Foundation

/// Glossary formats of other tools: OmegaT's glossary TSV (out) and translators' spreadsheets (in).
public enum GlossaryExchange {
    /// OmegaT's glossary format: `source<TAB>target<TAB>comment`, one line per usable Indonesian term, with the
    /// preferred English as target and the concept and the English not to use in the comment.
    public static func omegaT(_ glossary: Glossary) -> String {
        var out = ""
        for concept in glossary.concepts {
            guard let target = concept.preferredEnglish?.text else { continue }
            var comment = concept.id
            let deprecated = concept.english.filter { $0.status == .deprecated }.map(\.text)
            if !deprecated.isEmpty { comment += "; do not use: " + deprecated.joined(separator: ", ") }
            if !concept.note.isEmpty { comment += "; " + concept.note }
            for term in concept.indonesian where term.status != .deprecated {
                out += [term.text, target, comment].map(flatten).joined(separator: "\t") + "\n"
            }
        }
        return out
    }

    private static func flatten(_ text: String) -> String {
        text.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
    }

    /// Which spreadsheet column holds what: by header name or 1-based position.
    public struct ColumnMapping: Sendable {
        /// A column reference and its role (`en`, `id`, `note`, `domain`).
        public var entries: [(column: String, role: String)]

        /// Parses `Source=en,Padanan=id` or `1=id,2=en,3=note`.
        public init(parsing text: String) throws(PadanError) {
            entries = []
            for part in text.split(separator: ",") {
                let pieces = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pieces.count == 2, ["en", "id", "note", "domain"].contains(pieces[1]) else {
                    throw PadanError(.usage, message: "bad column mapping '\(part)'",
                        remedy: "write COLUMN=ROLE pairs with roles en, id, note, domain, e.g. Source=en,Padanan=id")
                }
                entries.append((pieces[0], pieces[1]))
            }
            guard entries.contains(where: { $0.role == "en" }), entries.contains(where: { $0.role == "id" }) else {
                throw PadanError(.usage, message: "the column mapping needs an en column and an id column",
                    remedy: "e.g. --columns Source=en,Padanan=id")
            }
        }
    }

    /// What a spreadsheet import produced.
    public struct ImportResult: Sendable {
        /// The concepts, in first-seen order.
        public var concepts: [Concept]
        /// Every normalisation, with its line.
        public var findings: [Finding]
        /// Data rows read.
        public var rows: Int
    }

    /// Reads a CSV (comma) or TSV (tab) spreadsheet with a header row and maps it to concepts.
    public static func importSpreadsheet(bytes: [UInt8], path: String, mapping: ColumnMapping, domain: String)
        throws(PadanError) -> ImportResult
    {
        let text = try GlossaryTable.text(of: bytes, path: path)
        let delimiter: Unicode.Scalar = text.prefix(while: { $0 != "\n" }).contains("\t") ? "\t" : ","
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            throw PadanError(.malformed, file: path, line: 1, message: "cannot read the spreadsheet", cause: "\(error)")
        }
        guard let header = reader.next() else {
            throw PadanError(.malformed, file: path, line: 1, message: "the file is empty", remedy: "pass a spreadsheet with a header row")
        }
        var roles: [String: Int] = [:]
        for (column, role) in mapping.entries {
            if let position = Int(column), position >= 1, position <= header.count {
                roles[role] = position - 1
            } else if let index = header.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == column }) {
                roles[role] = index
            } else {
                throw PadanError(.usage, file: path, line: 1,
                    message: "no column '\(column)' in the header (\(header.joined(separator: ", ")))",
                    remedy: "name a header or a 1-based column number")
            }
        }
        var findings: [Finding] = []
        var concepts: [Concept] = []
        var bySource: [String: Int] = [:]
        var usedIds = Set<String>()
        var line = 1
        var rows = 0
        while let row = reader.next() {
            line += 1
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            rows += 1
            func cell(_ role: String) -> String {
                guard let index = roles[role], index < row.count else { return "" }
                return row[index]
            }
            func note(_ message: String) {
                findings.append(Finding(file: path, line: line, severity: .warning, rule: "normalized", message: message))
            }
            var notes: [String] = []
            let english = splitTerms(cell("en"), line: line, notes: &notes, report: note)
            let indonesian = splitTerms(cell("id"), line: line, notes: &notes, report: note)
            guard !english.isEmpty, !indonesian.isEmpty else {
                findings.append(Finding(file: path, line: line, severity: .warning, rule: "not-kept",
                    message: "row not kept: it has no \(english.isEmpty ? "English" : "Indonesian") term"))
                continue
            }
            let extra = cell("note").trimmingCharacters(in: .whitespaces)
            if !extra.isEmpty { notes.append(extra) }
            let key = english[0].lowercased()
            if let existing = bySource[key] {
                note("'\(english[0])' already appeared (line \(concepts[existing].location?.line ?? 0)): its terms were merged into that concept")
                for term in indonesian where !concepts[existing].indonesian.contains(where: { $0.text == term }) {
                    concepts[existing].indonesian.append(Term(term))
                }
                for term in english where !concepts[existing].english.contains(where: { $0.text == term }) {
                    concepts[existing].english.append(Term(term))
                }
                if !notes.isEmpty { concepts[existing].note += (concepts[existing].note.isEmpty ? "" : " ") + notes.joined(separator: " ") }
                continue
            }
            let id = ConceptID.unique(from: english[0], used: &usedIds)
            let rowDomain = cell("domain").trimmingCharacters(in: .whitespaces)
            bySource[key] = concepts.count
            concepts.append(Concept(id: id, domain: rowDomain.isEmpty ? domain : rowDomain,
                indonesian: indonesian.enumerated().map { Term($1, status: $0 == 0 ? .preferred : .admitted) },
                english: english.enumerated().map { Term($1, status: $0 == 0 ? .preferred : .admitted) },
                note: notes.joined(separator: " "), source: (path as NSString).lastPathComponent,
                location: SourceLocation(file: path, line: line)))
        }
        return ImportResult(concepts: concepts, findings: findings, rows: rows)
    }

    /// Splits a cell into terms at `;` and `/` and after part-of-speech markers (`Rata (n) Ratakan (v)`),
    /// trimming spaces; each change is reported.
    static func splitTerms(_ cell: String, line: Int, notes: inout [String], report: (String) -> Void) -> [String] {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        if trimmed != cell && !trimmed.isEmpty { report("stray spaces trimmed from '\(cell)'") }
        var terms: [String] = []
        var marked: [String] = []
        for piece in trimmed.components(separatedBy: CharacterSet(charactersIn: ";/")) {
            var rest = piece
            while let open = rest.range(of: " ("), let close = rest.range(of: ")", range: open.upperBound..<rest.endIndex) {
                let marker = String(rest[open.upperBound..<close.lowerBound])
                let term = rest[..<open.lowerBound].trimmingCharacters(in: .whitespaces)
                guard ["n", "v", "adj", "adv", "kb", "kk"].contains(marker.lowercased()) else { break }
                if !term.isEmpty {
                    terms.append(term)
                    marked.append("\(term) (\(marker))")
                }
                rest = String(rest[close.upperBound...])
            }
            let term = rest.trimmingCharacters(in: .whitespaces)
            if !term.isEmpty { terms.append(term) }
        }
        if terms.count > 1 { report("'\(trimmed)' split into \(terms.count) terms: \(terms.joined(separator: " | "))") }
        if !marked.isEmpty { notes.append("Part of speech: " + marked.joined(separator: ", ") + ".") }
        return terms
    }
}
