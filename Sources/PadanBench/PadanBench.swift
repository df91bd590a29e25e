import Foundation
import Glibc
import Padan

/// `padan-bench`: throughput and latency figures that are measured, not asserted in tests.
///
/// `padan-bench glossary [CONCEPTS]` generates a deterministic synthetic termbase (default 100,000 concepts,
/// Indonesian-like words from a fixed-seed generator), writes it as TSV, then times loading it (parse + model)
/// and building the look-up index, and the median and 95th-percentile time of look-ups of every kind (exact,
/// variant, normalized, inflected, partial, typo, no match). It prints the figures and the peak memory.
///
/// `padan-bench synthetic-glossary CONCEPTS GLOSSARY_DIR SAMPLE.txt OUT.tsv` writes the termbase that
/// `scripts/bench-annotate.sh` matches against: the real glossary's concepts, then synthetic ones up to
/// CONCEPTS, half of them runs of one to four consecutive words of SAMPLE.txt (so they occur in the corpus and
/// share prefixes with real terms), half made-up words.
///
/// `padan-bench annotate GLOSSARY FILE...` loads the glossary, then segments every file and matches every
/// sentence (what `padan annotate` and `padan coverage` do before formatting), and prints MB/s of the matching
/// phase, the glossary's load-and-compile time, hits, and the peak memory.
///
/// `padan-bench tmx-export UNITS OUT.tmx [OUT.tsv]`: see `TMXBenchmark`.
///
/// `padan-bench align PAIRS GLOSSARY SOURCE_DIR TARGET_DIR`: see `AlignBenchmark`.
@main
enum PadanBench {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        switch arguments.first {
        case "glossary":
            let count = arguments.dropFirst().first.flatMap { Int($0) } ?? 100_000
            try GlossaryBenchmark(concepts: count).run()
        case "annotate" where arguments.count >= 3:
            try AnnotateBenchmark(glossary: arguments[1], files: Array(arguments.dropFirst(2))).run()
        case "tmx-export" where arguments.count == 3 || arguments.count == 4:
            guard let count = Int(arguments[1]), count > 0 else { usage() }
            try TMXBenchmark(units: count, output: arguments[2], table: arguments.count == 4 ? arguments[3] : nil).run()
        case "align" where arguments.count == 5:
            guard let count = Int(arguments[1]), count > 0 else { usage() }
            try AlignBenchmark(pairs: count, glossary: arguments[2], source: arguments[3], target: arguments[4]).run()
        case "synthetic-glossary" where arguments.count == 5:
            guard let count = Int(arguments[1]) else { usage() }
            try SyntheticGlossary(concepts: count).write(real: arguments[2], sample: arguments[3], to: arguments[4])
        default:
            usage()
        }
    }

    static func usage() -> Never {
        FileHandle.standardError.write(Data("""
            usage: padan-bench glossary [CONCEPTS]
                   padan-bench annotate GLOSSARY FILE...
                   padan-bench synthetic-glossary CONCEPTS GLOSSARY_DIR SAMPLE.txt OUT.tsv
                   padan-bench tmx-export UNITS OUT.tmx [OUT.tsv]
                   padan-bench align PAIRS GLOSSARY SOURCE_DIR TARGET_DIR

            """.utf8))
        exit(2)
    }
}

extension SeededGenerator {
    /// A number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

struct GlossaryBenchmark {
    let concepts: Int

    static func word(_ generator: inout SeededGenerator) -> String {
        (0..<(2 + generator.below(3))).map { _ in syllables[generator.below(syllables.count)] }.joined()
    }

    static let syllables = ["ka", "ma", "ta", "ra", "si", "lu", "ne", "ge", "ri", "pe", "me", "an", "ter", "ber", "ko",
        "ba", "da", "wa", "ja", "sa", "nu", "ti", "ke", "mu", "ha", "la", "pa", "ng", "ny", "tu"]

    func phrase(_ generator: inout SeededGenerator, words: Int) -> String {
        (0..<words).map { _ in Self.word(&generator) }.joined(separator: " ")
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
