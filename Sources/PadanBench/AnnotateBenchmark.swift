import Foundation
import Glibc
import Padan

/// Times segmentation plus term matching over files, in process, without output formatting.
struct AnnotateBenchmark {
    let glossary: String
    let files: [String]

    func run() throws {
        let loadStart = Date()
        let annotator = Annotator(glossary: try Glossary.load(at: glossary))
        let loaded = Date().timeIntervalSince(loadStart)
        var bytes = 0
        var sentences = 0
        var hits = 0
        var matching: TimeInterval = 0
        for file in files {
            let document = try SourceDocument.load(path: file)
            let start = Date()
            let annotated = annotator.annotate(document)
            matching += Date().timeIntervalSince(start)
            bytes += document.bytes.count
            sentences += annotated.count
            hits += annotated.reduce(0) { $0 + $1.hits.count }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print(String(format: "glossary: %d concepts, loaded and compiled in %.2f s", annotator.matcher.glossary.concepts.count, loaded))
        print(String(format: "annotated %.1f MB (%d sentences, %d hits) in %.2f s: %.1f MB/s; peak memory %.1f MB",
            Double(bytes) / 1e6, sentences, hits, matching, Double(bytes) / 1e6 / max(matching, 0.001),
            Double(usage.ru_maxrss) * 1024 / 1e6))
    }
}
