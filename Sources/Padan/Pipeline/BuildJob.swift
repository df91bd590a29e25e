import Foundation

/// The main job: everything padan produces for the project's own corpus, written to `Exports/`.
///
/// It segments every article in `seeds/` into `Exports/seeds.segments.jsonl`, matches `Glossary/` in every
/// sentence, aligns each article with its English reference translation `seeds/en/<same name>` (when there is
/// one) into `Exports/seeds.alignment.jsonl`, writes the sentences with their terms and aligned English as the
/// translation memory `Exports/seeds.tmx` (TMX 1.4b) and the coverage report as `Exports/coverage.html`, and
/// exports the termbase as `Exports/glossary.tbx` (TBX v3). Each later stage (term matching, translation memory,
/// reports) adds its outputs here, so that one command regenerates every export and a test can check the
/// committed exports are not stale.
public struct BuildJob: Sendable {
    /// The project root (the directory holding `seeds/` and `Exports/`).
    public var root: String
    /// Where outputs go; `root/Exports` unless overridden (tests write elsewhere).
    public var exportsDirectory: String
    /// The TMX header's `creationdate` (`YYYYMMDDThhmmssZ`); fixed for reproducible exports.
    public var creationDate: String
    /// Aligned pairs less confident than this get no English in the TMX.
    public var minimumConfidence = 0.5

    /// A job for the project at `root`.
    public init(root: String, exportsDirectory: String? = nil, creationDate: String) {
        self.root = root
        self.exportsDirectory = exportsDirectory ?? (root as NSString).appendingPathComponent("Exports")
        self.creationDate = creationDate
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
        /// Glossary term hits in the sentences.
        public var hits = 0
        /// Translation units written to the TMX.
        public var units = 0
        /// Units with an English variant from the alignment.
        public var translated = 0
        /// Articles with an English translation in `seeds/en/`.
        public var translations = 0
        /// Aligned pairs left out of the TMX for low confidence.
        public var lowConfidencePairs = 0
        /// `x-term` props in the TMX (distinct terms per unit).
        public var terms = 0
        /// Sentences with at least one term / sentences.
        public var sentenceCoverage = 0.0
        /// Concepts found / concepts.
        public var glossaryCoverage = 0.0
        /// Files written, relative to the project root.
        public var outputs: [String] = []
        /// Problems that did not stop the job (characters removed from the TMX, unreliable alignments).
        public var warnings: [Finding] = []
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
        let glossary = try Glossary.load(at: (root as NSString).appendingPathComponent("Glossary"))
        let annotator = Annotator(glossary: glossary, segmenter: segmenter)
        var coverage = CoverageCollector(matcher: annotator.matcher)
        var summary = Summary()
        var warnings: [Finding] = []
        let outputPath = (exportsDirectory as NSString).appendingPathComponent("seeds.segments.jsonl")
        let output = try AtomicFile(path: outputPath)
        let exporter = TMXExport(annotator: annotator, glossary: glossary)
        let aligner = SentenceAligner(glossary: glossary)
        let englishSegmenter = Segmenter(language: .english)
        let alignmentPath = (exportsDirectory as NSString).appendingPathComponent("seeds.alignment.jsonl")
        let alignmentOutput = try AtomicFile(path: alignmentPath)
        let memory = try TMXWriter(
            path: (exportsDirectory as NSString).appendingPathComponent("seeds.tmx"),
            header: exporter.header(creationDate: creationDate))
        for (number, file) in files.enumerated() {
            let data = try FileInput.read(file)
            let name = "seeds/" + (file as NSString).lastPathComponent
            let document = try SourceDocument(path: name, data: data)
            let segmented = segmenter.segment(document)
            var lines: [UInt8] = []
            let counts = segmenter.appendJSONLines(of: segmented, to: &lines)
            try output.write(lines)
            coverage.add(document: name, sentences: annotator.annotate(segmented))
            var translations: [SegmentTranslation] = []
            if let englishFile = TextPairing.conventionalTranslation(of: file) {
                let english = englishSegmenter.segment(
                    try SourceDocument(path: "seeds/en/" + (file as NSString).lastPathComponent, data: try FileInput.read(englishFile)))
                let alignment = aligner.align(source: segmented.segments, target: english.segments)
                for message in alignment.warnings {
                    warnings.append(Finding(file: name, severity: .warning, rule: "alignment", message: message,
                        remedy: "check that \(english.document.path) translates \(name)"))
                }
                var beads: [UInt8] = []
                for bead in alignment.beads { beads += bead.jsonLine(file: name).finished() }
                try alignmentOutput.write(beads)
                translations = alignment.translations(target: english.segments, minimumConfidence: minimumConfidence)
                summary.lowConfidencePairs += alignment.pairs.count - translations.count
                summary.translations += 1
            }
            let exported = try exporter.write(segmented, translations: translations, to: memory) { warnings.append($0) }
            summary.units += exported.units
            summary.translated += exported.translated
            summary.terms += exported.terms
            summary.documents += 1
            summary.segments += counts.segments
            summary.sentences += counts.segments - counts.boilerplate
            summary.bytes += data.count
            progress(number + 1, files.count)
        }
        try output.commit()
        summary.outputs.append("Exports/seeds.segments.jsonl")
        try alignmentOutput.commit()
        summary.outputs.append("Exports/seeds.alignment.jsonl")
        try memory.finish()
        summary.outputs.append("Exports/seeds.tmx")
        summary.warnings = warnings
        let report = coverage.report()
        try report.writeHTML(to: (exportsDirectory as NSString).appendingPathComponent("coverage.html"),
            title: "padan coverage report: seeds/ against Glossary/")
        summary.hits = report.hits
        summary.sentenceCoverage = report.sentenceCoverage
        summary.glossaryCoverage = report.glossaryCoverage
        summary.outputs.append("Exports/coverage.html")
        try TBXWriter.write(glossary, format: .v3, to: (exportsDirectory as NSString).appendingPathComponent("glossary.tbx"))
        summary.concepts = glossary.concepts.count
        summary.outputs.append("Exports/glossary.tbx")
        return summary
    }
}
