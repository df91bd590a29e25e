import Foundation

/// Finds recurring terms that the glossary lacks, in the words no glossary term covered: capitalised names
/// (`Dewan Keamanan Nasional`, acronyms such as `KCNA`) and phrases of two to four words ranked by C-value
/// (Frantzi, Ananiadou & Mima 2000: frequency, discounted when the phrase mostly occurs inside a longer one).
///
/// Counts are kept per distinct candidate; when there are more than `pruneAbove`, the rarest are dropped
/// (lossy counting), so memory stays bounded on any corpus.
struct CandidateTermCollector: Sendable {
    private struct Tally: Sendable {
        var count: Int
        var words: Int
        var display: String
        var example: CoverageReport.Example
    }

    /// A word of the sentence with its key as a string.
    private struct Word {
        var token: MatchToken
        var key: String
        var range: Range<Int> { token.range }
        var followsHyphen: Bool { token.followsHyphen }
    }

    private let stopwords: Set<String>
    private let connectors: Set<String>
    private var names: [String: Tally] = [:]
    private var phrases: [String: Tally] = [:]
    private var pruneLevel = 1
    let pruneAbove = 2_000_000

    init(language: GlossaryLanguage) {
        stopwords = Stopwords.words(language)
        connectors = Stopwords.connectors(language)
    }

    /// Counts the candidates of one sentence.
    mutating func add(_ sentence: AnnotatedSentence, location: CoverageReport.Location) {
        var text = sentence.text
        text.withUTF8 { bytes in
            let view = TextView(bytes: bytes)
            let tokenized = MatchTokenizer.tokens(bytes)
            let tokens = tokenized.tokens.indices.map { Word(token: tokenized[$0], key: tokenized.key($0)) }
            var covered = [Bool](repeating: false, count: tokens.count)
            var hitIndex = 0
            for (index, token) in tokens.enumerated() {
                while hitIndex < sentence.hits.count && sentence.hits[hitIndex].utf8Range.upperBound <= token.range.lowerBound {
                    hitIndex += 1
                }
                if hitIndex < sentence.hits.count && sentence.hits[hitIndex].utf8Range.lowerBound < token.range.upperBound {
                    covered[index] = true
                }
            }
            // Runs of adjacent, uncovered words: punctuation other than a hyphen, and glossary terms, break runs.
            var runStart = 0
            for index in 0...tokens.count {
                let breaks = index == tokens.count || covered[index]
                    || (index > runStart && !adjacent(tokens[index - 1], tokens[index], view))
                guard breaks else { continue }
                if index > runStart {
                    let run = Array(tokens[runStart..<index])
                    collectNames(run, view, sentence, location)
                    collectPhrases(run, view, sentence, location)
                }
                runStart = covered.indices.contains(index) && covered[index] ? index + 1 : index
            }
        }
        if phrases.count > pruneAbove { prune() }
    }

    /// Whether only spaces or one hyphen separate two words.
    private func adjacent(_ first: Word, _ second: Word, _ view: TextView) -> Bool {
        if second.followsHyphen { return true }
        var index = first.range.upperBound
        while index < second.range.lowerBound {
            let length = view.whitespaceLength(at: index)
            guard length > 0 else { return false }
            index += length
        }
        return true
    }

    /// Whether the word starts with a capital (`Dewan`), the mark of a name.
    private func startsWithCapital(_ token: Word, _ view: TextView) -> Bool {
        view.characterClass(at: token.range.lowerBound) == .upper
    }

    private mutating func collectNames(_ run: [Word], _ view: TextView, _ sentence: AnnotatedSentence, _ location: CoverageReport.Location) {
        var index = 0
        while index < run.count {
            guard startsWithCapital(run[index], view) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < run.count {
                if startsWithCapital(run[end], view) {
                    end += 1
                } else if connectors.contains(run[end].key), end + 1 < run.count, startsWithCapital(run[end + 1], view) {
                    end += 2
                } else {
                    break
                }
            }
            var first = index
            var last = end - 1
            while first <= last && stopwords.contains(run[first].key) { first += 1 }
            while last >= first && (stopwords.contains(run[last].key) || connectors.contains(run[last].key)) { last -= 1 }
            let words = last - first + 1
            if words >= 2 || (words == 1 && MatchTokenizer.isCapitalAbbreviation(run[first].token, in: view)) {
                count(Array(run[first...last]), view, sentence, location, into: &names)
            }
            index = end
        }
    }

    private mutating func collectPhrases(_ run: [Word], _ view: TextView, _ sentence: AnnotatedSentence, _ location: CoverageReport.Location) {
        guard run.count >= 2 else { return }
        let usable = run.map { token in
            !stopwords.contains(token.key) && token.key.utf8.contains { !($0 >= 0x30 && $0 <= 0x39) }
        }
        // A phrase starts and ends with a content word and has no function word inside (so "bersiap untuk
        // mengirim" is not a term); numbers and reduplications (`langkah-langkah`) are not terms either.
        for start in run.indices where usable[start] {
            var end = start + 1
            while end < run.count && end - start < 4 && usable[end] {
                let isReduplication = run[end].followsHyphen && run[end].key.hasPrefix(run[end - 1].key)
                guard !isReduplication else { break }
                let words = run[start...end]
                if !words.allSatisfy({ startsWithCapital($0, view) }) {
                    count(Array(words), view, sentence, location, into: &phrases)
                }
                end += 1
            }
        }
    }

    private func count(
        _ words: [Word], _ view: TextView, _ sentence: AnnotatedSentence, _ location: CoverageReport.Location,
        into table: inout [String: Tally]
    ) {
        let key = words.map(\.key).joined(separator: " ")
        if table[key] != nil {
            table[key]?.count += 1
            return
        }
        let range = words[0].range.lowerBound..<words[words.count - 1].range.upperBound
        let display = String(decoding: UnsafeBufferPointer(rebasing: view.bytes[range]), as: UTF8.self)
        let start = view.scalarCount(0..<range.lowerBound)
        let example = CoverageReport.Example(location: location, text: sentence.text,
            highlights: [start..<(start + view.scalarCount(range))])
        table[key] = Tally(count: 1, words: words.count, display: display, example: example)
    }

    /// Lossy counting: drops the candidates seen no more than `pruneLevel` times.
    private mutating func prune() {
        let level = pruneLevel
        phrases = phrases.filter { $0.value.count > level }
        names = names.filter { $0.value.count > level }
        pruneLevel += 1
    }

    /// The best candidates of each kind.
    func ranked(minimumFrequency: Int, limit: Int) -> (names: [CoverageReport.Candidate], phrases: [CoverageReport.Candidate]) {
        let nameList = names.filter { $0.value.count >= minimumFrequency }.map { key, tally in
            CoverageReport.Candidate(kind: .name, text: tally.display, words: tally.words, frequency: tally.count,
                score: Double(tally.count * tally.words), example: tally.example)
        }
        let frequent = phrases.filter { $0.value.count >= minimumFrequency }
        var nestedSum: [String: Int] = [:]
        var nestedCount: [String: Int] = [:]
        for (key, tally) in frequent where tally.words >= 3 {
            let words = key.split(separator: " ")
            for length in 2..<words.count {
                for start in 0...(words.count - length) {
                    let inner = words[start..<(start + length)].joined(separator: " ")
                    guard frequent[inner] != nil else { continue }
                    nestedSum[inner, default: 0] += tally.count
                    nestedCount[inner, default: 0] += 1
                }
            }
        }
        let phraseList = frequent.compactMap { key, tally -> CoverageReport.Candidate? in
            var adjusted = Double(tally.count)
            if let sum = nestedSum[key], let containers = nestedCount[key] { adjusted -= Double(sum) / Double(containers) }
            let score = log2(Double(tally.words)) * adjusted
            guard score > 0 else { return nil }
            return CoverageReport.Candidate(kind: .phrase, text: tally.display, words: tally.words, frequency: tally.count,
                score: score, example: tally.example)
        }
        func best(_ list: [CoverageReport.Candidate]) -> [CoverageReport.Candidate] {
            Array(list.sorted { ($0.score, $0.frequency, $1.text) > ($1.score, $1.frequency, $0.text) }.prefix(limit))
        }
        return (best(nameList), best(phraseList))
    }
}
