/// Every term of a glossary compiled into one trie over word keys, so that finding the terms of a sentence costs
/// one hash look-up per word plus one per word of a candidate term, whatever the size of the glossary.
///
/// Words are interned to integer ids. A word that appears in a term written in capitals (`AS`, `PBB`) gets a
/// separate case-sensitive id, which only capitalised words of the text can reach, so "as" never matches `AS`.
/// Derived forms of verb terms are compiled in as their own paths, marked derived, and are left out wherever
/// they would spell another concept's term.
struct TermAutomaton: Sendable {
    /// A term ending at a trie node.
    struct Terminal: Sendable {
        var concept: Int32
        var term: Int32
        var derived: Bool
        /// Whether the term is its concept's preferred term in the matched language.
        var preferred: Bool
        /// Whether the term is deprecated.
        var deprecated: Bool
        /// The term as written, in `termTexts`, to tell an exact hit from a normalised one.
        var text: Range<Int32>
    }

    /// The ids of a word key: for case-insensitive use and for use in capitals only (-1 when absent).
    struct WordIDs: Sendable {
        var folded: Int32 = -1
        var capitals: Int32 = -1
    }

    /// The glossary's words.
    private(set) var words = WordTable()
    private var wordCount: Int32 = 0
    private var transitions = TransitionTable()
    /// Per node, the index of its terminals in `terminalLists`, or -1 when no term ends there.
    private var nodeTerminals: [Int32] = [-1]
    private var terminalLists: [[Terminal]] = []
    /// The terms' texts, back to back.
    private(set) var termTexts: [UInt8] = []

    /// Compiles the terms of `language` of every concept.
    init(glossary: Glossary, language: GlossaryLanguage) {
        var derivedPaths: [([Int32], Terminal)] = []
        for (conceptIndex, concept) in glossary.concepts.enumerated() {
            let terms = concept.terms(language)
            let preferred = terms.firstIndex { $0.status == .preferred } ?? 0
            for (termIndex, term) in terms.enumerated() {
                let tokens = MatchTokenizer.tokens(of: term.text)
                guard tokens.count > 0 else { continue }
                // A word the glossary writes as a capitalised abbreviation (`AS`, `PBB`) matches in capitals only.
                var text = term.text
                let caseSensitive = text.withUTF8 { bytes in
                    tokens.tokens.map { MatchTokenizer.isCapitalAbbreviation($0, in: TextView(bytes: bytes)) }
                }
                let ids = tokens.tokens.indices.map { wordID(tokens.key($0), capitals: caseSensitive[$0]) }
                let textStart = Int32(termTexts.count)
                termTexts.append(contentsOf: term.text.utf8)
                let terminal = Terminal(concept: Int32(conceptIndex), term: Int32(termIndex), derived: false,
                    preferred: termIndex == preferred, deprecated: term.status == .deprecated,
                    text: textStart..<Int32(termTexts.count))
                add(ids, terminal)
                guard language == .indonesian, term.partOfSpeech == .verb, !caseSensitive[0] else { continue }
                var forms = Set<String>()
                let verb = tokens.key(0)
                for base in IndonesianMorphology.verbBases(of: verb) {
                    forms.formUnion(IndonesianMorphology.affixedForms(ofBase: base))
                }
                forms.remove(verb)
                for form in forms.sorted() {
                    var derived = terminal
                    derived.derived = true
                    derivedPaths.append(([wordID(form, capitals: false)] + ids.dropFirst(), derived))
                }
            }
        }
        for (ids, terminal) in derivedPaths {
            let node = path(ids)
            if terminals(node)?.contains(where: { !$0.derived || $0.concept == terminal.concept }) == true { continue }
            append(terminal, at: node)
        }
    }

    private mutating func wordID(_ key: String, capitals: Bool) -> Int32 {
        var ids = words.find(key) ?? WordIDs()
        if capitals {
            if ids.capitals < 0 {
                ids.capitals = wordCount
                wordCount += 1
            }
        } else if ids.folded < 0 {
            ids.folded = wordCount
            wordCount += 1
        }
        words.set(key, ids)
        return capitals ? ids.capitals : ids.folded
    }

    private mutating func add(_ ids: [Int32], _ terminal: Terminal) {
        let node = path(ids)
        if terminals(node)?.contains(where: { $0.concept == terminal.concept }) == true { return }
        append(terminal, at: node)
    }

    private mutating func append(_ terminal: Terminal, at node: Int32) {
        let list = nodeTerminals[Int(node)]
        if list >= 0 {
            terminalLists[Int(list)].append(terminal)
        } else {
            nodeTerminals[Int(node)] = Int32(terminalLists.count)
            terminalLists.append([terminal])
        }
    }

    /// The terms ending at `node`, if any.
    @inline(__always) func terminals(_ node: Int32) -> [Terminal]? {
        let list = nodeTerminals[Int(node)]
        return list >= 0 ? terminalLists[Int(list)] : nil
    }

    /// The node reached by `ids` from the root, created as needed.
    private mutating func path(_ ids: [Int32]) -> Int32 {
        var node: Int32 = 0
        for id in ids {
            if let next = transitions.child(node, id) {
                node = next
            } else {
                let created = Int32(nodeTerminals.count)
                transitions.add(node, id, created)
                nodeTerminals.append(-1)
                node = created
            }
        }
        return node
    }

    /// The node reached from `node` by word `id`, if any.
    @inline(__always) func next(_ node: Int32, _ id: Int32) -> Int32? {
        transitions.child(node, id)
    }

    /// Whether the glossary had no term at all.
    var isEmpty: Bool { terminalLists.isEmpty }
}
