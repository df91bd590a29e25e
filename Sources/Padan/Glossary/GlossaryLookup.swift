/// Answers "how do we render this term?": ranked matches of a query against a glossary's terms.
///
/// Ranks, best first: `exact` (the term as written), `normalized` (case, diacritics, punctuation ignored),
/// `variant` (a listed variant, abbreviation or short form), `inflected` (the query is an inflected or derived
/// form: clitics, affixes, reduplication), `partial` (the query is inside a longer term or the other way
/// round), `typo` (within a small edit distance). The index is built once; a look-up touches only the terms
/// that share tokens or character trigrams with the query, so it stays fast on very large termbases.
public struct GlossaryLookup: Sendable {
    /// How a result matched, in rank order.
    public enum MatchKind: String, Sendable, Comparable, CaseIterable {
        case exact, normalized, variant, inflected, partial, typo

        var rank: Int { MatchKind.allCases.firstIndex(of: self) ?? 0 }
        public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool { lhs.rank < rhs.rank }
    }

    /// One ranked result.
    public struct Result: Sendable {
        /// The concept found.
        public var concept: Concept
        /// The term of the searched language that matched.
        public var matchedTerm: Term
        /// How it matched.
        public var kind: MatchKind
        /// Within a kind, smaller is better (edit distance, or how much of the term the query leaves out).
        public var distance: Int
    }

    private struct Entry: Sendable {
        var concept: Int
        var term: Int
        var normalized: String
    }

    /// The glossary searched.
    public let glossary: Glossary
    /// The language the query is in.
    public let language: GlossaryLanguage
    private var entries: [Entry] = []
    private var byNormalized: [String: [Int]] = [:]
    private var byToken: [String: [Int]] = [:]
    private var byTrigram: [UInt64: [Int32]] = [:]

    /// Builds the index for look-ups in `language`.
    public init(glossary: Glossary, language: GlossaryLanguage = .indonesian) {
        self.glossary = glossary
        self.language = language
        for (conceptIndex, concept) in glossary.concepts.enumerated() {
            for (termIndex, term) in concept.terms(language).enumerated() {
                let normalized = TermNormalizer.normalize(term.text)
                guard !normalized.isEmpty else { continue }
                let id = entries.count
                entries.append(Entry(concept: conceptIndex, term: termIndex, normalized: normalized))
                byNormalized[normalized, default: []].append(id)
                for token in Set(normalized.split(separator: " ").map(String.init)) {
                    byToken[token, default: []].append(id)
                }
                for gram in Set(GlossaryLookup.trigrams(normalized)) {
                    byTrigram[gram, default: []].append(Int32(id))
                }
            }
        }
    }

    /// The best results for `query`, at most `limit`, one per concept.
    public func search(_ query: String, limit: Int = 10) -> [Result] {
        let normalized = TermNormalizer.normalize(query)
        guard !normalized.isEmpty else { return [] }
        var best: [Int: Result] = [:]
        func offer(_ entryID: Int, _ kind: MatchKind, _ distance: Int) {
            let entry = entries[entryID]
            let concept = glossary.concepts[entry.concept]
            let term = concept.terms(language)[entry.term]
            // A hit on a variant, abbreviation or non-preferred term ranks as `variant` rather than exact.
            let isHeadword = term.type == .fullForm && term.status == .preferred
            let kind = kind <= .normalized && !isHeadword ? MatchKind.variant : kind
            let result = Result(concept: concept, matchedTerm: term, kind: kind, distance: distance)
            if let current = best[entry.concept],
                (current.kind, current.distance) <= (result.kind, result.distance)
            {
                return
            }
            best[entry.concept] = result
        }
        for id in byNormalized[normalized] ?? [] {
            let term = glossary.concepts[entries[id].concept].terms(language)[entries[id].term]
            offer(id, term.text == query.trimmingCharacters(in: .whitespaces) ? .exact : .normalized, 0)
        }
        // Affix stripping is a fallback: when the query matched a term as written (`Kemenlu`), reading it as
        // ke- + `menlu` would only add a wrong concept.
        // Inflection before derivation: `kementeriannya` is *kementerian*, and only when no inflectional base
        // is a term does derivation get a say (it would also read *menteri* in it).
        if language == .indonesian && best.isEmpty {
            for derivational in [false, true] where best.isEmpty {
                for candidate in morphologicalVariants(of: normalized, derivational: derivational) {
                    for id in byNormalized[candidate] ?? [] { offer(id, .inflected, derivational ? 1 : 0) }
                }
            }
        }
        partialMatches(normalized, offer)
        if best.count < limit { typoMatches(normalized, offer) }
        return best.values.sorted { lhs, rhs in
            (lhs.kind, lhs.distance, lhs.concept.id) < (rhs.kind, rhs.distance, rhs.concept.id)
        }.prefix(limit).map { $0 }
    }

    /// Nearest terms by character trigrams, for "did you mean" when nothing matched.
    public func suggestions(_ query: String, limit: Int = 5) -> [String] {
        let normalized = TermNormalizer.normalize(query)
        return candidatesByTrigram(normalized, limit: limit * 4).map { id -> (String, Int) in
            let entry = entries[id]
            let text = glossary.concepts[entry.concept].terms(language)[entry.term].text
            return (text, GlossaryLookup.editDistance(normalized, entry.normalized))
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
    }

    /// The query with each word replaced by its inflectional (and, if asked, derivational) bases, at most a
    /// few hundred combinations: `kementeriannya` finds *kementerian*, `dikirimkan pasukan` *kirim pasukan*.
    private func morphologicalVariants(of normalized: String, derivational: Bool) -> [String] {
        let tokens = normalized.split(separator: " ").map(String.init)
        let options = tokens.map { token -> [String] in
            var forms = [token]
            forms += IndonesianMorphology.inflectionalBases(of: token)
            if derivational { forms += IndonesianMorphology.derivationalBases(of: token) }
            return forms
        }
        var combinations: [[String]] = [[]]
        for choices in options {
            combinations = combinations.flatMap { prefix in choices.map { prefix + [$0] } }
            if combinations.count > 512 { combinations = Array(combinations.prefix(512)) }
        }
        let joinedReduplication = normalized.replacingOccurrences(of: " ", with: "-")
        var variants = Set(combinations.map { $0.joined(separator: " ") })
        variants.formUnion(IndonesianMorphology.inflectionalBases(of: joinedReduplication))
        variants.remove(normalized)
        return variants.sorted()
    }

    /// Terms that contain the query's words in order, or whose words the query contains in order.
    private func partialMatches(_ normalized: String, _ offer: (Int, MatchKind, Int) -> Void) {
        var queries = [normalized.split(separator: " ").map(String.init)]
        if language == .indonesian, let last = queries[0].last {
            // `kementeriannya`: inflection (never derivation) may hide the word a longer term contains.
            for base in IndonesianMorphology.inflectionalBases(of: last) {
                queries.append(queries[0].dropLast() + [base])
            }
        }
        for queryTokens in queries { partialMatches(queryTokens, offer) }
    }

    private func partialMatches(_ queryTokens: [String], _ offer: (Int, MatchKind, Int) -> Void) {
        guard let first = queryTokens.first else { return }
        for id in byToken[first] ?? [] {
            let termTokens = entries[id].normalized.split(separator: " ").map(String.init)
            if termTokens.count > queryTokens.count && GlossaryLookup.contains(termTokens, queryTokens) {
                offer(id, .partial, termTokens.count - queryTokens.count)
            }
        }
        var seen = Set<Int>()
        for token in Set(queryTokens) {
            for id in byToken[token] ?? [] where seen.insert(id).inserted {
                let termTokens = entries[id].normalized.split(separator: " ").map(String.init)
                if termTokens.count < queryTokens.count && GlossaryLookup.contains(queryTokens, termTokens) {
                    offer(id, .partial, queryTokens.count - termTokens.count)
                }
            }
        }
    }

    private static func contains(_ haystack: [String], _ needle: [String]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where Array(haystack[start..<start + needle.count]) == needle {
            return true
        }
        return false
    }

    /// Terms within an edit distance of about one edit per six characters (at least one, at most four).
    private func typoMatches(_ normalized: String, _ offer: (Int, MatchKind, Int) -> Void) {
        let allowed = min(4, max(1, normalized.count / 6))
        for id in candidatesByTrigram(normalized, limit: 64) {
            let distance = GlossaryLookup.editDistance(normalized, entries[id].normalized, limit: allowed)
            if distance <= allowed { offer(id, .typo, distance) }
        }
    }

    /// Entries sharing the most character trigrams with `text`.
    private func candidatesByTrigram(_ text: String, limit: Int) -> [Int] {
        var shared: [Int32: Int] = [:]
        for gram in Set(GlossaryLookup.trigrams(text)) {
            for id in byTrigram[gram] ?? [] { shared[id, default: 0] += 1 }
        }
        // Only entries close to the best overlap can be near in edit distance; sort just those.
        let best = shared.values.max() ?? 0
        return shared.filter { $0.value * 2 >= best }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
            .prefix(limit).map { Int($0.key) }
    }

    /// Character trigrams of ` text `, each packed into an integer (three 21-bit scalars).
    static func trigrams(_ text: String) -> [UInt64] {
        let scalars = [UInt64(0x20)] + text.unicodeScalars.map { UInt64($0.value) } + [UInt64(0x20)]
        guard scalars.count >= 3 else { return [scalars.reduce(0) { $0 << 21 | $1 }] }
        return (0...(scalars.count - 3)).map { scalars[$0] << 42 | scalars[$0 + 1] << 21 | scalars[$0 + 2] }
    }

    /// Optimal string alignment distance (Levenshtein with adjacent transpositions); stops early above `limit`.
    static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
