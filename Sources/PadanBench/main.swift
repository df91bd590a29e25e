import Foundation
import Glibc
import Padan

/// `padan-bench`: throughput and latency figures that are measured, not asserted in tests.
///
/// `padan-bench glossary [CONCEPTS]` generates a deterministic synthetic termbase (default 100,000 concepts,
/// Indonesian-like words from a fixed-seed generator), writes it as TSV, then times loading it (parse + model)
/// and building the look-up index, and the median and 95th-percentile time of look-ups of every kind (exact,
/// variant, normalized, inflected, partial, typo, no match). It prints the figures and the peak memory.
@main
enum PadanBench {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard arguments.first == "glossary" else {
            FileHandle.standardError.write(Data("usage: padan-bench glossary [CONCEPTS]\n".utf8))
            exit(2)
        }
        let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
        try GlossaryBenchmark(concepts: count).run()
    }
}

extension SeededGenerator {
    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

struct GlossaryBenchmark {
    let concepts: Int

    static let syllables = ["ka", "ma", "ta", "ra", "si", "lu", "ne", "ge", "ri", "pe", "me", "an", "ter", "ber", "ko",
        "ba", "da", "wa", "ja", "sa", "nu", "ti", "ke", "mu", "ha", "la", "pa", "ng", "ny", "tu"]

    func word(_ generator: inout SeededGenerator) -> String {
        (0..<(2 + generator.below(3))).map { _ in Self.syllables[generator.below(Self.syllables.count)] }.joined()
    }

    func phrase(_ generator: inout SeededGenerator, words: Int) -> String {
        (0..<words).map { _ in word(&generator) }.joined(separator: " ")
    }

    func run() throws {
        var generator = SeededGenerator(seed: 20_241_022)
        var tsv = "id\tdomain\tid_terms\ten_terms\tnote\tsource\n"
        var queries: [String] = []
        for index in 0..<concepts {
            let indonesian = phrase(&generator, words: 1 + generator.below(4))
            let abbreviation = String(indonesian.split(separator: " ").map { $0.prefix(1) }.joined().uppercased()) + "\(index)"
            let english = phrase(&generator, words: 1 + generator.below(3))
            tsv += "c\(index)\tgeneral\t\(indonesian) | \(abbreviation) [abbr]\t\(english)\tsynthetic\t\n"
            if index % (concepts / 40 + 1) == 0 {
                var typo = Array(indonesian)
                if typo.count > 6 { typo.remove(at: typo.count / 2) }
                queries += [indonesian, abbreviation, indonesian.uppercased(), indonesian + "nya", String(typo),
                    indonesian.split(separator: " ").first.map(String.init) ?? indonesian, "zzqx " + indonesian.prefix(3)]
            }
        }
        let path = NSTemporaryDirectory() + "padan-bench-glossary-\(concepts).tsv"
        try Data(tsv.utf8).write(to: URL(fileURLWithPath: path))
        let loadStart = Date()
        let glossary = try Glossary.load(at: path)
        let loaded = Date().timeIntervalSince(loadStart)
        let indexStart = Date()
        let lookup = GlossaryLookup(glossary: glossary)
        let indexed = Date().timeIntervalSince(indexStart)
        var times: [Double] = []
        var found = 0
        for query in queries {
            let start = Date()
            let results = lookup.search(query, limit: 10)
            times.append(Date().timeIntervalSince(start) * 1000)
            if !results.isEmpty { found += 1 }
        }
        times.sort()
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("glossary: \(glossary.concepts.count) concepts (\(tsv.utf8.count / 1_000_000) MB TSV)")
        print(String(format: "load (parse + model): %.3f s   [target < 1 s]", loaded))
        print(String(format: "index build: %.3f s", indexed))
        print(String(format: "look-up over %d queries (%d with results): median %.2f ms, p95 %.2f ms, max %.2f ms   [target median < 5 ms]",
            times.count, found, times[times.count / 2], times[times.count * 95 / 100], times.last ?? 0))
        print(String(format: "peak memory: %.1f MB", Double(usage.ru_maxrss) / 1024))
        try? FileManager.default.removeItem(atPath: path)
    }
}
