/// Finds every glossary term in a sentence: token-based, leftmost-longest, with Indonesian inflection always and
/// derivation only for verb terms.
///
/// Built once per glossary (`TermAutomaton`), then `hits(in:)` is called per sentence; the cost per sentence
/// does not grow with the size of the glossary. From each word, the longest term starting there wins
/// ("Wakil Menteri Luar Negeri Pertama" over "Menteri Luar Negeri" and "Luar Negeri"), and matching resumes
/// after it, so hits never overlap. Each word may be read as itself, without a clitic (`Menterinya`,
/// `KPK-nya`), or as a reduplication (`negara-negara`); English words may be read without a plural or
/// possessive `s`.
public struct TermMatcher: Sendable {
    /// The glossary matched against.
    public let glossary: Glossary
    /// The language of the terms matched (and of the text).
    public let language: GlossaryLanguage
    let automaton: TermAutomaton
    private let suffixes: [[UInt8]]

    /// Compiles the glossary's terms in `language`.
    public init(glossary: Glossary, language: GlossaryLanguage = .indonesian) {
        self.glossary = glossary
        self.language = language
        self.automaton = TermAutomaton(glossary: glossary, language: language)
        self.suffixes = (language == .indonesian ? IndonesianMorphology.clitics : ["s", "es"]).map { Array($0.utf8) }
    }

    /// Whether the glossary has no term in the matcher's language.
    public var isEmpty: Bool { automaton.isEmpty }

    /// One way to read the word(s) at a position: a word id, how many tokens it covers, and whether it took
    /// inflection to get there.
    private struct Step {
        var id: Int32
        var width: Int32
        var inflected: Bool
    }

    private struct Candidate {
        var end: Int
        var node: Int32
        var terminal: TermAutomaton.Terminal
        var inflected: Bool
    }

    /// The hits in `sentence`, in order, never overlapping.
    public func hits(in sentence: String) -> [TermHit] {
        var sentence = sentence
        return sentence.withUTF8 { hits(in: $0) }
    }

    /// The hits in UTF-8 `bytes`, in order, never overlapping.
    public func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [TermHit] {
        let tokens = MatchTokenizer.tokens(bytes)
        guard tokens.count > 0, !automaton.isEmpty else { return [] }
        return tokens.keys.withUnsafeBufferPointer { keys in
            // The readings of every word, flat: those of word i are steps[stepStart[i]..<stepStart[i + 1]].
            var steps: [Step] = []
            var stepStart = [Int32](repeating: 0, count: tokens.count + 1)
            for index in 0..<tokens.count {
                stepStart[index] = Int32(steps.count)
                appendSteps(tokens, index, keys, bytes, to: &steps)
            }
            stepStart[tokens.count] = Int32(steps.count)
            guard !steps.isEmpty else { return [] }
            var hits: [TermHit] = []
            var scalarCounter = ScalarCounter()
            var stack: [(node: Int32, position: Int, inflected: Bool)] = []
            var start = 0
            while start < tokens.count {
                guard stepStart[start] < stepStart[start + 1],
                    let best = longest(from: start, steps, stepStart, &stack)
                else {
                    start += 1
                    continue
                }
                var range = tokens[start].range.lowerBound..<tokens[best.end - 1].range.upperBound
                // A term written with a final period (`U.S.`, `S.H.`) takes the period that follows it.
                let text = best.terminal.text
                if text.upperBound > text.lowerBound, automaton.termTexts[Int(text.upperBound) - 1] == UInt8(ascii: "."),
                    range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: ".")
                {
                    range = range.lowerBound..<(range.upperBound + 1)
                }
                hits.append(hit(best, range, bytes, &scalarCounter))
                start = best.end
            }
            return hits
        }
    }

    /// Appends every reading of word `index`: as written, without a clitic (`Menterinya`, `KPK-nya`), as a
    /// reduplication (`negara-negara`), in capitals where it is written so.
    private func appendSteps(
        _ tokens: MatchTokens, _ index: Int, _ keys: UnsafeBufferPointer<UInt8>, _ bytes: UnsafeBufferPointer<UInt8>,
        to steps: inout [Step]
    ) {
        let token = tokens[index]
        func add(_ ids: TermAutomaton.WordIDs?, width: Int32, inflected: Bool, capitalized: Bool) {
            guard let ids else { return }
            if ids.folded >= 0 { steps.append(Step(id: ids.folded, width: width, inflected: inflected)) }
            if ids.capitals >= 0 && capitalized { steps.append(Step(id: ids.capitals, width: width, inflected: inflected)) }
        }
        let key = UnsafeBufferPointer(rebasing: keys[token.key])
        let ids = automaton.words.find(key)
        add(ids, width: 1, inflected: false, capitalized: token.isCapitalized)
        if ids != nil, index + 1 < tokens.count, tokens[index + 1].followsHyphen, language == .indonesian {
            let next = UnsafeBufferPointer(rebasing: keys[tokens[index + 1].key])
            let reduplicated = next.count >= key.count && next.prefix(key.count).elementsEqual(key)
            if isSuffix(next) || (reduplicated && (next.count == key.count || isSuffix(UnsafeBufferPointer(rebasing: next[key.count...])))) {
                add(ids, width: 2, inflected: true, capitalized: token.isCapitalized)
            }
        }
        for suffixLength in strippableSuffixLengths(key) {
            let base = UnsafeBufferPointer(rebasing: key[..<(key.count - suffixLength)])
            add(automaton.words.find(base), width: 1, inflected: true,
                capitalized: isCapitalized(bytes, token.range.lowerBound..<(token.range.upperBound - suffixLength)))
        }
    }

    /// The lengths of the clitics (or English plural endings) `key` ends with, leaving at least three bytes.
    @inline(__always) private func strippableSuffixLengths(_ key: UnsafeBufferPointer<UInt8>) -> [Int] {
        let count = key.count
        guard count > 4 else { return [] }
        let last = key[count - 1]
        // Every suffix ends in a, h, n, s or u: most words are ruled out by their last byte alone.
        guard last == 0x61 || last == 0x68 || last == 0x6E || last == 0x73 || last == 0x75 else { return [] }
        var lengths: [Int] = []
        for suffix in suffixes where count > suffix.count + 2 && key.suffix(suffix.count).elementsEqual(suffix) {
            lengths.append(suffix.count)
        }
        return lengths
    }

    private func isSuffix(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        suffixes.contains { $0.count == key.count && $0.elementsEqual(key) }
    }

    private func isCapitalized(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.lowerBound < range.upperBound, range.upperBound <= bytes.count else { return false }
        return bytes[range].allSatisfy { !($0 >= 0x61 && $0 <= 0x7A) && $0 < 0x80 }
    }

    /// The longest term starting at token `start`; on equal length, a regular reading beats an inflected one and
    /// a derived form comes last, then the earlier concept wins.
    private func longest(
        from start: Int, _ steps: [Step], _ stepStart: [Int32], _ stack: inout [(node: Int32, position: Int, inflected: Bool)]
    ) -> Candidate? {
        var best: Candidate?
        let positions = stepStart.count - 1
        stack.removeAll(keepingCapacity: true)
        stack.append((0, start, false))
        while let (node, position, inflected) = stack.popLast() {
            for stepIndex in Int(stepStart[position])..<Int(stepStart[position + 1]) {
                let step = steps[stepIndex]
                guard let child = automaton.next(node, step.id) else { continue }
                let end = position + Int(step.width)
                let isInflected = inflected || step.inflected
                if let terminals = automaton.terminals(child) {
                    let candidate = Candidate(end: end, node: child, terminal: terminals[0], inflected: isInflected)
                    if best.map({ isBetter(candidate, than: $0) }) ?? true { best = candidate }
                }
                if end < positions { stack.append((child, end, isInflected)) }
            }
        }
        return best
    }

    private func isBetter(_ candidate: Candidate, than other: Candidate) -> Bool {
        if candidate.end != other.end { return candidate.end > other.end }
        let rank = { (c: Candidate) in (c.terminal.derived ? 2 : 0) + (c.inflected ? 1 : 0) }
        if rank(candidate) != rank(other) { return rank(candidate) < rank(other) }
        return candidate.terminal.concept < other.terminal.concept
    }

    private func hit(
        _ candidate: Candidate, _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ counter: inout ScalarCounter
    ) -> TermHit {
        let terminal = candidate.terminal
        let surface = UnsafeBufferPointer(rebasing: bytes[range])
        let kind: TermMatchKind
        if terminal.derived {
            kind = .derived
        } else if candidate.inflected {
            kind = .inflected
        } else if !terminal.preferred {
            kind = .variant
        } else {
            let text = automaton.termTexts[Int(terminal.text.lowerBound)..<Int(terminal.text.upperBound)]
            kind = text.elementsEqual(surface) ? .exact : .normalized
        }
        let start = counter.offset(of: range.lowerBound, in: bytes)
        let end = counter.offset(of: range.upperBound, in: bytes)
        return TermHit(
            conceptIndex: Int(terminal.concept), termIndex: Int(terminal.term),
            alternativeConcepts: (automaton.terminals(candidate.node) ?? []).dropFirst().map { Int($0.concept) }, utf8Range: range, start: start, end: end,
            source: String(decoding: surface, as: UTF8.self), kind: kind, isDeprecated: terminal.deprecated)
    }
}

/// Converts increasing UTF-8 offsets to Unicode scalar offsets in one pass over the sentence.
private struct ScalarCounter {
    private var byteOffset = 0
    private var scalarOffset = 0

    mutating func offset(of target: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        while byteOffset < target {
            if bytes[byteOffset] & 0xC0 != 0x80 { scalarOffset += 1 }
            byteOffset += 1
        }
        return scalarOffset
    }
}
