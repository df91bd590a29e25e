/// How the glossary's concepts were actually rendered in a translation memory: for each concept, the English
/// forms its source sentences were translated with, counted, and example pairs (a concordance).
///
/// Built once over the memory's Indonesian–English pairs; a look-up then costs nothing per pair. A pair counts
/// for a concept when its Indonesian has the concept; the rendering is the glossary form found in its English
/// (case, plural and possessive forgiven), or "no glossary form" when the English has none.
public struct TermConcordance: Sendable {
    /// One way a concept was rendered.
    public struct Rendering: Sendable, Hashable {
        /// The glossary's English term found, or nil when the English has none of the concept's forms.
        public var form: String?
        /// Whether that English term is deprecated.
        public var isDeprecated: Bool
        /// Pairs rendering the concept so.
        public var count: Int
    }

    /// What the memory says about one concept.
    public struct Entry: Sendable {
        /// Renderings, most frequent first.
        public var renderings: [Rendering]
        /// Up to five example pairs, taking each rendering's first example in turn.
        public var examples: [TranslationPair]
        /// Pairs whose Indonesian has the concept.
        public var pairs: Int { renderings.reduce(0) { $0 + $1.count } }
    }

    /// The pairs the concordance was built from.
    public let pairCount: Int
    private var occurrences: [Int: [(form: Int?, pair: Int)]] = [:]
    private let pairs: [TranslationPair]
    private let glossary: Glossary

    /// Indexes `pairs` against `glossary`.
    public init(pairs: [TranslationPair], glossary: Glossary) {
        self.pairs = pairs
        self.pairCount = pairs.count
        self.glossary = glossary
        let checker = TranslationChecker(glossary: glossary)
        for (index, pair) in pairs.enumerated() {
            let sourceHits = checker.sourceMatcher.hits(in: pair.source)
            let sourceConcepts = Set(sourceHits.map(\.conceptIndex))
            guard !sourceConcepts.isEmpty else { continue }
            let targetHits = checker.resolve(checker.targetMatcher.hits(in: pair.target), toConceptsOf: sourceHits)
            for concept in sourceConcepts.sorted() {
                let forms = Set(targetHits.filter { $0.conceptIndex == concept }.map(\.termIndex))
                if forms.isEmpty {
                    occurrences[concept, default: []].append((nil, index))
                } else {
                    for form in forms.sorted() { occurrences[concept, default: []].append((form, index)) }
                }
            }
        }
    }

    /// The entry of the concept at `conceptIndex` in the glossary, or nil when no pair has it.
    public func entry(conceptIndex: Int) -> Entry? {
        guard let found = occurrences[conceptIndex], conceptIndex < glossary.concepts.count else { return nil }
        let concept = glossary.concepts[conceptIndex]
        var order: [Int?] = []
        var byForm: [Int?: [Int]] = [:]
        for occurrence in found {
            if byForm[occurrence.form] == nil { order.append(occurrence.form) }
            byForm[occurrence.form, default: []].append(occurrence.pair)
        }
        order.sort { (byForm[$0]?.count ?? 0, $1 == nil ? 1 : 0) > (byForm[$1]?.count ?? 0, $0 == nil ? 1 : 0) }
        let renderings = order.map { form in
            Rendering(
                form: form.map { concept.english[$0].text }, isDeprecated: form.map { concept.english[$0].status == .deprecated } ?? false,
                count: byForm[form]?.count ?? 0)
        }
        var examples: [Int] = []
        var round = 0
        while examples.count < 5 {
            var added = false
            for form in order {
                guard let list = byForm[form], round < list.count, examples.count < 5 else { continue }
                if !examples.contains(list[round]) { examples.append(list[round]) }
                added = true
            }
            if !added { break }
            round += 1
        }
        return Entry(renderings: renderings, examples: examples.sorted().map { pairs[$0] })
    }

    /// The entry of the concept with `id`.
    public func entry(conceptID id: String) -> Entry? {
        glossary.concepts.firstIndex { $0.id == id }.flatMap { entry(conceptIndex: $0) }
    }
}
