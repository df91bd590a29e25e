import Foundation

/// The main job: everything padan produces for the project's own corpus, written to `Exports/`.
///
/// It segments every article in `seeds/` into `Exports/seeds.segments.jsonl` and exports the termbase in
/// `Glossary/` as `Exports/glossary.tbx` (TBX v3). Each later stage (term matching, translation memory,
/// reports) adds its outputs here, so that one command regenerates every export and a test can check the
/// committed exports are not stale.
public struct BuildJob: Sendable {
    /// The project root (the directory holding `seeds/` and `Exports/`).
    public var root: String
    /// Where outputs go; `root/Exports` unless overridden (tests write elsewhere).
    public var exportsDirectory: String

    /// A job for the project at `root`.
    public init(root: String, exportsDirectory: String? = nil) {
        self.root = root
        self.exportsDirectory = exportsDirectory ?? (root as NSString).appendingPathComponent("Exports")
    }

    /// What the job did, for the summary line.
    public struct Summary: Sendable, Equatable {
        /// Articles segmented.
        public var documents = 0
        /// Segments found, boilerplate included.
        public var segments = 0
        /// Segments that are article sentences (not boilerplate).
        public var sentences = 0
        /// Bytes of input.
        public var bytes = 0
        /// Concepts in the glossary.
        public var concepts = 0
        /// Files written, relative to the project root.
        public var outputs: [String] = []
    }

    /// Runs the job; `progress` is called with (done, total) after each document.
    public func run(progress: (Int, Int) -> Void = { _, _ in }) throws(PadanError) -> Summary {
        let seeds = (root as NSString).appendingPathComponent("seeds")
        let files = try FileInput.textFiles(in: [seeds])
        if files.isEmpty {
            throw PadanError(
                .unreadable, file: seeds, message: "no *.txt articles found",
                remedy: "put the articles to process in seeds/ (see seeds/README.md)")
        }
        let segmenter = Segmenter(language: .indonesian)
        var summary = Summary()
        let outputPath = (exportsDirectory as NSString).appendingPathComponent("seeds.segments.jsonl")
        let output = try AtomicFile(path: outputPath)
        for (number, file) in files.enumerated() {
            let data = try FileInput.read(file)
            let name = "seeds/" + (file as NSString).lastPathComponent
            let document = try SourceDocument(path: name, data: data)
            var lines: [UInt8] = []
            let counts = segmenter.appendJSONLines(of: document, to: &lines)
            try output.write(lines)
            summary.documents += 1
            summary.segments += counts.segments
            summary.sentences += counts.segments - counts.boilerplate
            summary.bytes += data.count
            progress(number + 1, files.count)
        }
        try output.commit()
        summary.outputs.append("Exports/seeds.segments.jsonl")
        let glossary = try Glossary.load(at: (root as NSString).appendingPathComponent("Glossary"))
        try TBXWriter.write(glossary, format: .v3, to: (exportsDirectory as NSString).appendingPathComponent("glossary.tbx"))
        summary.concepts = glossary.concepts.count
        summary.outputs.append("Exports/glossary.tbx")
        return summary
    }
}
