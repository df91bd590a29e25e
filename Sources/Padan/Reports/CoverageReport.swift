/// What a terminologist wants to know about a glossary against a corpus: how much of each covers the other,
/// which concepts are written inconsistently or with deprecated terms, and which recurring terms are missing.
///
/// Built by `CoverageCollector` one document at a time; rendered as text by the CLI, as JSON by `json()` and as
/// a self-contained web page by `html()`.
public struct CoverageReport: Sendable {
    /// Where something occurs: a document, the line its sentence starts on, and the sentence's segment index.
    public struct Location: Sendable, Hashable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var sentence: Int
        public var description: String { "\(file):\(line)" }
    }

    /// A sentence shown as an example, with the spans to highlight (Unicode scalar offsets into `text`).
    public struct Example: Sendable {
        public var location: Location
        public var text: String
        public var highlights: [Range<Int>]
    }

    /// Figures for one document.
    public struct DocumentFigures: Sendable {
        public var file: String
        public var sentences = 0
        public var sentencesWithTerms = 0
        public var hits = 0
        public var concepts = 0
        /// Share of the document's sentences with at least one term (0 for an empty document).
        public var sentenceCoverage: Double { sentences == 0 ? 0 : Double(sentencesWithTerms) / Double(sentences) }
    }

    /// One way a concept was written: a glossary term, how often it matched, and where (the first few places).
    public struct Form: Sendable {
        public var termIndex: Int
        public var term: Term
        public var count: Int
        public var locations: [Location]
    }

    /// A concept found in the corpus.
    public struct ConceptUse: Sendable {
        public var conceptIndex: Int
        public var concept: Concept
        public var count: Int
        public var documents: Int
        /// The terms it was written with, most frequent first.
        public var forms: [Form]
        /// The first sentence it occurs in.
        public var example: Example

        /// Whether it was written in competing spellings: a spelling variant next to another full form or
        /// variant (`Yoon Suk Yeol` / `Yun Suk Yeol`, `Rusia` / `Russia`), two short forms (`Zelenskiy` /
        /// `Zelensky`) or two abbreviations (`Kemenlu` / `Kemlu`). A full form with its abbreviation, or two
        /// listed synonyms, is ordinary news style and is not counted; deprecated terms are reported apart.
        public var isInconsistent: Bool {
            let count = { (type: TermType) in forms.filter { $0.term.type == type && $0.term.status != .deprecated }.count }
            return count(.shortForm) > 1 || count(.abbreviation) > 1
                || (count(.variant) > 0 && count(.variant) + count(.fullForm) > 1)
        }

        /// The deprecated terms it was written with.
        public var deprecatedForms: [Form] { forms.filter { $0.term.status == .deprecated } }
    }

    /// A recurring term the glossary lacks.
    public struct Candidate: Sendable {
        /// A capitalised name (`Dewan Keamanan Nasional`, `KCNA`) or a recurring phrase ranked by C-value.
        public enum Kind: String, Sendable { case name, phrase }
        public var kind: Kind
        public var text: String
        public var words: Int
        public var frequency: Int
        /// Termhood: C-value for phrases, frequency × words for names; higher first.
        public var score: Double
        public var example: Example?
    }

    /// The glossary measured.
    public var glossary: Glossary
    /// Per-document figures, in reading order.
    public var documents: [DocumentFigures]
    /// Concepts found, most frequent first.
    public var used: [ConceptUse]
    /// Indices of the concepts never found, in glossary order.
    public var unseen: [Int]
    /// Names the glossary lacks, best first.
    public var candidateNames: [Candidate]
    /// Phrases the glossary lacks, best first.
    public var candidatePhrases: [Candidate]

    /// Sentences read (boilerplate excluded).
    public var sentences: Int { documents.reduce(0) { $0 + $1.sentences } }
    /// Sentences with at least one term.
    public var sentencesWithTerms: Int { documents.reduce(0) { $0 + $1.sentencesWithTerms } }
    /// Term hits.
    public var hits: Int { documents.reduce(0) { $0 + $1.hits } }
    /// Glossary coverage: concepts found / concepts in the glossary.
    public var glossaryCoverage: Double {
        glossary.concepts.isEmpty ? 0 : Double(used.count) / Double(glossary.concepts.count)
    }
    /// Corpus coverage: sentences with at least one term / sentences.
    public var sentenceCoverage: Double { sentences == 0 ? 0 : Double(sentencesWithTerms) / Double(sentences) }
    /// `ratio` as a percentage with one decimal (`98.9%`), as every rendering of the report shows it.
    public static func percent(_ ratio: Double) -> String { JSONLine.decimal(ratio * 100, digits: 1) + "%" }

    /// Concepts written in more than one spelling of the same kind.
    public var inconsistent: [ConceptUse] { used.filter(\.isInconsistent) }
    /// Concepts written with a deprecated term.
    public var deprecatedUses: [ConceptUse] { used.filter { !$0.deprecatedForms.isEmpty } }
}
