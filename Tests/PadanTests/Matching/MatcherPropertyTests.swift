import Padan
import Testing

/// Random text against random glossaries: never a crash, hits in order and disjoint, every span equal to its
/// source, in UTF-8 bytes and in code points.
@Suite("Matcher properties")
struct MatcherPropertyTests {
    static let alphabet: [String] = ["a", "n", "k", "e", "ny", "A", "K", "N", "é", "ß", "Ω", "ю", "中", "🇮🇩", "-", "'",
        "’", " ", " ", " ", "\n", ".", ",", "“", "”", "nya", "lah", "di", "meng", "pe", "an", "kan", "\u{301}", "\u{0}", "5"]

    static func text(_ generator: inout SeededGenerator, length: Int) -> String {
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
    }

    @Test("random glossaries and texts", arguments: 0..<40)
    func random(_ seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed) &* 7919 &+ 1)
        let concepts = (0..<(1 + Int(generator.next() % 30))).map { index -> Concept in
            let terms = (0..<(1 + Int(generator.next() % 3))).map { position -> Term in
                let text = Self.text(&generator, length: 1 + Int(generator.next() % 6))
                return Term(text, status: position == 0 ? .preferred : .admitted,
                    partOfSpeech: generator.next() % 4 == 0 ? .verb : nil)
            }
            return Concept(id: "c\(index)", domain: "general", indonesian: terms, english: [Term("x")])
        }
        let matcher = TermMatcher(glossary: Glossary(concepts: concepts))
        for _ in 0..<20 {
            let sentence = Self.text(&generator, length: Int(generator.next() % 80))
            let hits = matcher.hits(in: sentence)
            let bytes = Array(sentence.utf8)
            let scalars = Array(sentence.unicodeScalars)
            var previousEnd = 0
            for hit in hits {
                #expect(hit.utf8Range.lowerBound >= previousEnd, "hits are ordered and disjoint")
                previousEnd = hit.utf8Range.upperBound
                #expect(String(decoding: bytes[hit.utf8Range], as: UTF8.self) == hit.source)
                var span = ""
                span.unicodeScalars.append(contentsOf: scalars[hit.start..<hit.end])
                #expect(span == hit.source)
                #expect(!hit.source.isEmpty)
            }
        }
    }

    @Test("every hit of a term inserted into random text is found")
    func plantedTerms() {
        var generator = SeededGenerator(seed: 42)
        let glossary = Glossary(concepts: [
            Concept(id: "t", domain: "general", indonesian: [Term("Tanggap Darurat Bencana", status: .preferred)], english: [Term("x")]),
        ])
        let matcher = TermMatcher(glossary: glossary)
        for _ in 0..<50 {
            let noise = ["rumah", "sakit", "tanggap", "Darurat", "bencana,", "warga", "dan"]
            var words = (0..<10).map { _ in noise[Int(generator.next() % UInt64(noise.count))] }
            let position = Int(generator.next() % 10)
            words.insert("Tanggap Darurat Bencana.", at: position)
            let hits = matcher.hits(in: words.joined(separator: " "))
            #expect(hits.contains { $0.source == "Tanggap Darurat Bencana" && $0.kind == .exact })
        }
    }
}
