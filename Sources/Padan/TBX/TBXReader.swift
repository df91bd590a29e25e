import Foundation

/// Reads TBX v3 (`<tbx>`, `conceptEntry`/`langSec`/`termSec`) and TBX 2008 / MARTIF (`<martif>`,
/// `termEntry`/`langSet`/`tig`/`ntig`) into padan concepts.
///
/// Reading goes through `XMLStreamReader`, so a DTD the file names is never fetched and entity declarations are
/// refused. Whatever padan's model cannot hold (languages other than Indonesian and English, parts of speech,
/// transaction history, cross-references, entries without an Indonesian or English term) is reported as a
/// warning finding with its line, never silently dropped; normalisations (comma-joined synonyms split, missing or
/// duplicate ids replaced, definitions moved into the note) are reported the same way.
public enum TBXReader {
    /// Reads a TBX file's bytes.
    public static func read(bytes: [UInt8], path: String) throws(PadanError) -> (concepts: [Concept], findings: [Finding]) {
        let reader = try XMLStreamReader(bytes: bytes, path: path, options: .dropBlankText)
        var state = State(path: path)
        var sawRoot = false
        while try reader.read() {
            guard reader.nodeType == .element else {
                if reader.nodeType == .endElement { try state.end(reader.localName, line: reader.line) }
                continue
            }
            let name = reader.localName
            if !sawRoot {
                sawRoot = true
                guard name == "tbx" || name == "martif" else {
                    throw reader.malformed("the root element is <\(name)>, not <tbx> or <martif>",
                        remedy: "pass a TBX file (TBX v3 or TBX 2008/MARTIF)")
                }
                continue
            }
            try state.start(name, reader: reader)
        }
        guard sawRoot else { throw reader.malformed("no TBX content", remedy: "pass a TBX file") }
        return (state.concepts, state.findings)
    }

    /// The reading state: the entry, language section and term being assembled.
    private struct State {
        let path: String
        var concepts: [Concept] = []
        var findings: [Finding] = []
        var usedIds = Set<String>()
        var entry: Entry?
        var language: String?
        var term: PendingTerm?

        init(path: String) { self.path = path }

        struct Entry {
            var id: String?
            var line: Int
            var domain: String?
            var notes: [String] = []
            var source: String = ""
            var terms: [GlossaryLanguage: [Term]] = [:]
            var dropped: [String] = []
        }

        struct PendingTerm {
            var text: String = ""
            var type: TermType?
            var status: TermStatus?
            var partOfSpeech: PartOfSpeech?
            var line: Int
        }

        mutating func warn(_ line: Int, _ rule: String, _ message: String) {
            findings.append(Finding(file: path, line: line, severity: .warning, rule: rule, message: message))
        }

        mutating func start(_ name: String, reader: XMLStreamReader) throws(PadanError) {
            let line = reader.line
            switch name {
            case "conceptEntry", "termEntry":
                entry = Entry(id: reader.attribute(named: "id"), line: line)
            case "langSec", "langSet":
                language = (reader.attribute(named: "xml:lang") ?? reader.attribute(named: "lang"))?.lowercased()
            case "termSec", "tig", "ntig":
                term = PendingTerm(line: line)
            case "term":
                let text = try reader.readElementText()
                if term == nil { term = PendingTerm(line: line) }
                term?.text = text
            case "termNote":
                let type = reader.attribute(named: "type") ?? ""
                let value = try reader.readElementText()
                switch type {
                case "termType":
                    if let mapped = TBXVocabulary.termType(named: value) { term?.type = mapped } else {
                        warn(line, "tbx-dropped", "term type '\(value)' has no padan equivalent; read as a full form")
                    }
                case "administrativeStatus", "normativeAuthorization":
                    if let mapped = TBXVocabulary.status(named: value) {
                        term?.status = mapped
                        if value.hasPrefix("superseded") {
                            warn(line, "tbx-normalized", "status '\(value)' read as deprecated")
                        }
                    } else {
                        warn(line, "tbx-dropped", "status '\(value)' is unknown; the term keeps the default status")
                    }
                case "partOfSpeech":
                    if let mapped = PartOfSpeech(rawValue: value) ?? PartOfSpeech.allCases.first(where: {
                        $0.rawValue.lowercased() == value.lowercased()
                    }) {
                        term?.partOfSpeech = mapped
                    } else {
                        term?.partOfSpeech = .other
                        warn(line, "tbx-normalized", "part of speech '\(value)' read as 'other'")
                    }
                default:
                    entry?.dropped.append("termNote \(type)=\(value)")
                    warn(line, "tbx-dropped", "termNote type '\(type)' ('\(value)') is not kept: padan has no such field")
                }
            case "descrip":
                let type = reader.attribute(named: "type") ?? ""
                let value = try reader.readElementText()
                switch type {
                case "subjectField":
                    if Domain(rawValue: value.lowercased()) != nil {
                        entry?.domain = value.lowercased()
                    } else {
                        entry?.notes.append("Subject field: \(value)")
                        warn(line, "tbx-normalized", "subject field '\(value)' is not a padan domain: domain set to general, the field kept in the note")
                    }
                case "definition":
                    let prefix = language.map { "Definition (\($0)): " } ?? "Definition: "
                    entry?.notes.append(prefix + value)
                    if language != nil { warn(line, "tbx-normalized", "a \(language ?? "") definition was moved into the concept note") }
                default:
                    warn(line, "tbx-dropped", "descrip type '\(type)' is not kept: padan has no such field")
                }
            case "note":
                let value = try reader.readElementText()
                if term != nil { warn(line, "tbx-normalized", "a term-level note was moved into the concept note") }
                entry?.notes.append(value)
            case "admin":
                let type = reader.attribute(named: "type") ?? ""
                let value = try reader.readElementText()
                if type == "source" {
                    let previous = entry?.source ?? ""
                    entry?.source = previous.isEmpty ? value : previous + "; " + value
                } else {
                    warn(line, "tbx-dropped", "admin type '\(type)' ('\(value)') is not kept: padan has no such field")
                }
            case "transacGrp", "xref", "ref":
                warn(line, "tbx-dropped", "<\(name)> (transaction history or cross-reference) is not kept")
            default:
                break
            }
        }

        mutating func end(_ name: String, line: Int) throws(PadanError) {
            switch name {
            case "termSec", "tig", "ntig":
                finishTerm()
            case "langSec", "langSet":
                language = nil
            case "conceptEntry", "termEntry":
                finishEntry()
            default:
                break
            }
        }

        mutating func finishTerm() {
            guard let pending = term else { return }
            term = nil
            guard let code = language else { return }
            let text = pending.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty {
                warn(pending.line, "tbx-dropped", "an empty <term> was skipped")
                return
            }
            guard let language = GlossaryLanguage(code: code) else {
                warn(pending.line, "tbx-dropped", "term '\(text)' in language '\(code)' is not kept: padan holds Indonesian and English only")
                return
            }
            var parts = [text]
            // translate-toolkit (and so Weblate) joins synonyms with commas in one bare <term>; a curated term
            // with notes, or a name listing parts ("…, Klimatologi, dan Geofisika"), is left whole.
            let lastPart = text.components(separatedBy: ", ").last?.lowercased() ?? ""
            let isNameList = ["dan ", "and ", "atau ", "or ", "serta ", "& "].contains { lastPart.hasPrefix($0) }
            if text.contains(", ") && pending.type == nil && pending.status == nil && !isNameList {
                parts = text.components(separatedBy: ", ").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                warn(pending.line, "tbx-normalized", "'\(text)' holds \(parts.count) comma-joined synonyms: split into separate terms")
            }
            for (index, part) in parts.enumerated() {
                let status = index == 0 ? pending.status : .admitted
                entry?.terms[language, default: []].append(Term(part, type: pending.type ?? .fullForm, status: status ?? .admitted,
                    partOfSpeech: pending.partOfSpeech))
            }
        }

        mutating func finishEntry() {
            guard var current = entry else { return }
            entry = nil
            for language in GlossaryLanguage.allCases {
                guard var terms = current.terms[language], !terms.isEmpty else { continue }
                if !terms.contains(where: { $0.status == .preferred }),
                    let first = terms.firstIndex(where: { $0.status != .deprecated })
                {
                    terms[first].status = .preferred
                }
                current.terms[language] = terms
            }
            let indonesian = current.terms[.indonesian] ?? []
            let english = current.terms[.english] ?? []
            guard !indonesian.isEmpty, !english.isEmpty else {
                let missing = indonesian.isEmpty && english.isEmpty ? "Indonesian and English" : indonesian.isEmpty ? "Indonesian" : "English"
                warn(current.line, "tbx-not-kept", "entry \(current.id.map { "'\($0)' " } ?? "")is not kept: it has no \(missing) term")
                return
            }
            var id = current.id ?? ""
            if id.isEmpty || usedIds.contains(id) {
                let candidate = ConceptID.unique(from: english[0].text, used: &usedIds)
                warn(current.line, "tbx-normalized", id.isEmpty ? "entry without an id: given id '\(candidate)'"
                    : "duplicate id '\(id)': this entry was given id '\(candidate)'")
                id = candidate
            } else {
                usedIds.insert(id)
            }
            concepts.append(Concept(id: id, domain: current.domain ?? "general", indonesian: indonesian,
                english: english, note: current.notes.joined(separator: " "), source: current.source,
                location: SourceLocation(file: path, line: current.line)))
        }
    }
}

extension GlossaryLanguage {
    /// Reads a BCP 47 tag (`id`, `id-ID`, `en`, `en-US`, `in` — the old code for Indonesian).
    init?(code: String) {
        let primary = code.lowercased().split(separator: "-").first.map(String.init) ?? ""
        switch primary {
        case "id", "in", "ind": self = .indonesian
        case "en", "eng": self = .english
        default: return nil
        }
    }
}
