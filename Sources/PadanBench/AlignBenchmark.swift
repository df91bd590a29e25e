import Foundation
import Glibc
import Padan

/// `padan-bench align PAIRS GLOSSARY SOURCE_DIR TARGET_DIR`: aligns PAIRS article pairs, cycling through the
/// pairs of SOURCE_DIR and TARGET_DIR (paired by name, as `padan align` pairs them), each time segmenting both
/// texts and aligning them with the glossary's term anchors, as `padan align` does before formatting. Prints
/// pairs per second of that work, sentence pairs found, and the peak memory; the glossary is loaded and
/// compiled once, before the clock starts.
struct AlignBenchmark {
    let pairs: Int
    let glossary: String
    let source: String
    let target: String

    func run() throws {
        let pairing = try TextPairing.pair(source: source, target: target)
        guard !pairing.pairs.isEmpty else {
            FileHandle.standardError.write(Data("no pairs of *.txt files of the same name in \(source) and \(target)\n".utf8))
            exit(2)
        }
        let texts = try pairing.pairs.map { pair in
            (try SourceDocument.load(path: pair.source), try SourceDocument.load(path: pair.target))
        }
        let aligner = SentenceAligner(glossary: try Glossary.load(at: glossary))
        let indonesian = Segmenter(language: .indonesian)
        let english = Segmenter(language: .english)
        var sentencePairs = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<pairs {
            let (sourceText, targetText) = texts[index % texts.count]
            let alignment = aligner.align(source: indonesian.segment(sourceText).segments, target: english.segment(targetText).segments)
            sentencePairs += alignment.pairs.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "aligned %d article pairs (%d sentence pairs) in %.2f s: %.0f pairs/s; peak memory %.1f MB",
            pairs, sentencePairs, seconds, Double(pairs) / seconds, Double(usage.ru_maxrss) * 1024 / 1e6))
    }
}
