/// How a term relates to its concept's main designation (TBX-Basic's `termType`).
public enum TermType: String, Sendable, CaseIterable {
    /// The complete designation ("Kementerian Luar Negeri").
    case fullForm = "full"
    /// An abbreviation or acronym ("Kemenlu", "PBB").
    case abbreviation = "abbr"
    /// A shortened form that is not an abbreviation ("Foreign Ministry").
    case shortForm = "short"
    /// A variant spelling ("Yun Suk Yeol", "Russia" in Indonesian text).
    case variant = "variant"
}

/// Whether translators should use a term (TBX-Basic's `administrativeStatus`).
public enum TermStatus: String, Sendable, CaseIterable {
    /// The rendering to use.
    case preferred
    /// Acceptable, but not the first choice.
    case admitted
    /// Must not be used; an English deprecated term is flagged "do not use" everywhere.
    case deprecated
}

/// The subject field of a concept; a fixed list so that filters and reports stay meaningful.
public enum Domain: String, Sendable, CaseIterable {
    case diplomacy, military, security, government, politics, law, economy, person, place, organization, media, general
}

/// The grammatical category of a term (TBX-Basic's `partOfSpeech`), where the glossary states it.
///
/// It matters for matching: only a `verb` term's affixed forms (`mengirim pasukan` → `pengiriman pasukan`,
/// `dikirimkan pasukan`) are matched as `derived`; for nouns derivation reaches other concepts (`kementerian`
/// ministry ≠ `menteri` minister).
public enum PartOfSpeech: String, Sendable, CaseIterable {
    case noun, verb, adjective, adverb, properNoun, other
}

/// A designation of a concept in one language.
public struct Term: Sendable, Hashable {
    /// The term as written.
    public var text: String
    /// Full form, abbreviation, short form or variant.
    public var type: TermType
    /// Preferred, admitted or deprecated.
    public var status: TermStatus
    /// The part of speech, when the glossary states it.
    public var partOfSpeech: PartOfSpeech?

    /// Creates a term.
    public init(
        _ text: String, type: TermType = .fullForm, status: TermStatus = .admitted, partOfSpeech: PartOfSpeech? = nil
    ) {
        self.text = text
        self.type = type
        self.status = status
        self.partOfSpeech = partOfSpeech
    }

    /// Abbreviations written in capitals (`AS`, `PBB`, `DPRK`) match only in capitals: "as" is a preposition.
    public var isCaseSensitive: Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2 && !text.contains(" ")
    }
}

/// Where a concept was read from, for messages (`Glossary/diplomacy.tsv:12`).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based columns where the row's cells start (id, domain, id_terms, en_terms, note, source), if known.
    public var cellColumns: [Int]

    /// Creates a location.
    public init(file: String, line: Int, cellColumns: [Int] = []) {
        self.file = file
        self.line = line
        self.cellColumns = cellColumns
    }

    /// The column of cell `index`, if known.
    public func column(ofCell index: Int) -> Int? { index < cellColumns.count ? cellColumns[index] : nil }

    public var description: String { "\(file):\(line)" }
}

/// One concept of the termbase: an id, a subject field, a note, and its terms in Indonesian and English.
///
/// Concept orientation (as in TBX-Basic) keeps synonyms, abbreviations and deprecated renderings together, so
/// that "Kemenlu" and "Kementerian Luar Negeri" are known to be the same thing and both map to the same English.
public struct Concept: Sendable, Identifiable {
    /// Unique, stable id (lower-case kebab-case), unique across all glossary files.
    public var id: String
    /// The subject field as written (validated by lint against `Domain`).
    public var domain: String
    /// Indonesian terms; the first preferred one is the concept's Indonesian headword.
    public var indonesian: [Term]
    /// English terms; the first preferred one is the rendering to use.
    public var english: [Term]
    /// Definition or usage note.
    public var note: String
    /// Where the concept or its rendering comes from.
    public var source: String
    /// Where the concept was read from, if from a file.
    public var location: SourceLocation?

    /// Creates a concept.
    public init(
        id: String, domain: String, indonesian: [Term], english: [Term], note: String = "", source: String = "",
        location: SourceLocation? = nil
    ) {
        self.id = id
        self.domain = domain
        self.indonesian = indonesian
        self.english = english
        self.note = note
        self.source = source
        self.location = location
    }

    /// The Indonesian headword: the first preferred term, else the first term.
    public var preferredIndonesian: Term? { indonesian.first { $0.status == .preferred } ?? indonesian.first }
    /// The English rendering to use: the first preferred term, else the first non-deprecated one.
    public var preferredEnglish: Term? {
        english.first { $0.status == .preferred } ?? english.first { $0.status != .deprecated }
    }
    /// Terms in `language` ("id" or "en").
    public func terms(_ language: GlossaryLanguage) -> [Term] {
        language == .indonesian ? indonesian : english
    }

    /// Notes starting with `[ambiguous-ok]` mark a shared Indonesian term as intended, so lint accepts it.
    public var isAmbiguityIntended: Bool { note.hasPrefix("[ambiguous-ok]") }
}

/// The two languages of the termbase.
public enum GlossaryLanguage: String, Sendable, CaseIterable {
    /// Indonesian, the source language.
    case indonesian = "id"
    /// English, the target language.
    case english = "en"
}
