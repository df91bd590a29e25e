/// Accumulates a `CoverageReport` one document at a time, keeping counts (and a bounded number of example
/// locations), never the corpus: memory grows with the glossary and the distinct candidate terms, not with
/// the number of sentences.
public struct CoverageCollector: Sendable {
    /// How much detail the report keeps.
    public struct Options: Sendable {
        /// Locations kept per form (the count is always complete).
        public var locationsPerForm = 20
        /// Candidates reported per kind.
        public var candidateLimit = 50
        /// A candidate must occur at least this often.
        public var minimumCandidateFrequency = 2

        /// The defaults: 20 locations per form, 50 candidates of each kind, seen at least twice.
        public init() {}
    }

    private struct ConceptTally: Sendable {
        var count = 0
        var documents = 0
        var lastDocument = -1
        var forms: [Int: CoverageReport.Form] = [:]
        var example: CoverageReport.Example?
    }

    private let glossary: Glossary
    private let language: GlossaryLanguage
    private let options: Options
    private var documents: [CoverageReport.DocumentFigures] = []
    private var tallies: [Int: ConceptTally] = [:]
    private var candidates: CandidateTermCollector

    /// A collector for the hits of `matcher`.
    public init(matcher: TermMatcher, options: Options = Options()) {
        self.glossary = matcher.glossary
        self.language = matcher.language
        self.options = options
        self.candidates = CandidateTermCollector(language: matcher.language)
    }

    /// Adds the annotated sentences of one document.
    public mutating func add(document file: String, sentences: [AnnotatedSentence]) {
        let documentIndex = documents.count
        var figures = CoverageReport.DocumentFigures(file: file)
        var conceptsHere = Set<Int>()
        for sentence in sentences {
            figures.sentences += 1
            figures.hits += sentence.hits.count
            if !sentence.hits.isEmpty { figures.sentencesWithTerms += 1 }
            let location = CoverageReport.Location(file: file, line: sentence.line, sentence: sentence.index)
            for hit in sentence.hits {
                conceptsHere.insert(hit.conceptIndex)
                record(hit, at: location, in: sentence, document: documentIndex)
            }
            candidates.add(sentence, location: location)
        }
        figures.concepts = conceptsHere.count
        documents.append(figures)
    }

    private mutating func record(_ hit: TermHit, at location: CoverageReport.Location, in sentence: AnnotatedSentence, document: Int) {
        var tally = tallies[hit.conceptIndex] ?? ConceptTally()
        tally.count += 1
        if tally.lastDocument != document {
            tally.documents += 1
            tally.lastDocument = document
        }
        let term = glossary.concepts[hit.conceptIndex].terms(language)[hit.termIndex]
        var form = tally.forms[hit.termIndex] ?? CoverageReport.Form(termIndex: hit.termIndex, term: term, count: 0, locations: [])
        form.count += 1
        if form.locations.count < options.locationsPerForm
            && form.locations.last.map({ $0.file != location.file || $0.line != location.line }) ?? true
        {
            form.locations.append(location)
        }
        tally.forms[hit.termIndex] = form
        if tally.example == nil {
            tally.example = CoverageReport.Example(location: location, text: sentence.text,
                highlights: sentence.hits.map { $0.start..<$0.end })
        }
        tallies[hit.conceptIndex] = tally
    }

    /// The report on everything added so far.
    public func report() -> CoverageReport {
        var used: [CoverageReport.ConceptUse] = []
        for (index, tally) in tallies {
            guard let example = tally.example else { continue }
            let forms = tally.forms.values.sorted { ($0.count, $1.termIndex) > ($1.count, $0.termIndex) }
            used.append(CoverageReport.ConceptUse(conceptIndex: index, concept: glossary.concepts[index], count: tally.count,
                documents: tally.documents, forms: forms, example: example))
        }
        used.sort { ($0.count, $1.concept.id) > ($1.count, $0.concept.id) }
        let unseen = glossary.concepts.indices.filter { tallies[$0] == nil }
        let ranked = candidates.ranked(minimumFrequency: options.minimumCandidateFrequency, limit: options.candidateLimit)
        return CoverageReport(glossary: glossary, documents: documents, used: used, unseen: unseen,
            candidateNames: ranked.names, candidatePhrases: ranked.phrases)
    }
}
