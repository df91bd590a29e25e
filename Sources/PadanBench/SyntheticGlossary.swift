import Foundation
import Padan

/// A large termbase that behaves like a real one against the benchmark corpus: real concepts first, then
/// synthetic ones, half taken from the corpus' own word runs (they match, and walk the trie past their first
/// word), half made up (they fill the word table without matching).
struct SyntheticGlossary {
    let concepts: Int

    func write(real path: String, sample: String, to output: String) throws {
        let real = try Glossary.load(at: path)
        let text = try String(contentsOfFile: sample, encoding: .utf8)
        let words = text.split { !$0.isLetter }.map(String.init).filter { $0.count > 1 }
        var generator = SeededGenerator(seed: 20_241_122)
        var tsv = "id\tdomain\tid_terms\ten_terms\tnote\tsource\n"
        var seen = Set<String>()
        for concept in real.concepts.prefix(concepts) {
            let indonesian = concept.indonesian.map(\.text).joined(separator: " | ")
            let english = concept.english.map(\.text).joined(separator: " | ")
            tsv += "\(concept.id)\t\(concept.domain)\t\(indonesian)\t\(english)\t\t\n"
            seen.formUnion(concept.indonesian.map { $0.text.lowercased() })
        }
        var index = 0
        var written = min(real.concepts.count, concepts)
        while written < concepts {
            let term: String
            if index % 2 == 0 && !words.isEmpty {
                let start = generator.below(words.count)
                let length = 1 + generator.below(4)
                term = words[start..<min(words.count, start + length)].joined(separator: " ")
            } else {
                term = (0..<(1 + generator.below(3))).map { _ in GlossaryBenchmark.word(&generator) }.joined(separator: " ")
            }
            index += 1
            guard seen.insert(term.lowercased()).inserted else { continue }
            written += 1
            tsv += "synthetic-\(index)\tgeneral\t\(term)\t\(term) (en)\tsynthetic\t\n"
        }
        try Data(tsv.utf8).write(to: URL(fileURLWithPath: output))
    }
}
