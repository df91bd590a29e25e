import ArgumentParser
import Padan

/// `padan segment`: split articles into sentences.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Split Indonesian (or English) text into sentences, losslessly.",
        discussion: """
            Prints one cleaned sentence per line (boilerplate left out), every segment as its collapsed source \
            span with --raw (the format of the gold files), or JSON Lines with --json: {"file", "index", "start", \
            "end", "text", "boilerplate"}, where start/end are UTF-8 byte offsets in the original file and \
            boilerplate segments are included and flagged.

            A directory means every *.txt file directly in it, sorted by name; - reads standard input.

            Examples:
              padan segment seeds/000_d6b0b0975806bacb.txt
              padan segment seeds/ --json > segments.jsonl
              cat article.txt | padan segment - --raw
              padan segment --export-rules padan.srx
              padan segment seeds/ --rules padan.srx --raw
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print JSON Lines, one object per segment.")
    var json = false

    @Flag(help: "Print every segment as its source span with whitespace collapsed (the gold format).")
    var raw = false

    @Flag(help: "Include web boilerplate (ad inserts, comment forms, sign-offs) in text output.")
    var keepBoilerplate = false

    @Option(help: "Segment with this SRX 2.0 rule file instead of the built-in rules.")
    var rules: String?

    @Option(help: "Write the built-in rules as SRX 2.0 to this file (for OmegaT, Okapi, memoQ).")
    var exportRules: String?

    func validate() throws {
        if json && raw { throw ValidationError("--json and --raw are alternatives; choose one") }
        if corpus.paths.isEmpty && exportRules == nil {
            throw ValidationError("name a file, a directory or - for standard input")
        }
    }

    func run() throws {
        if let exportRules {
            try SRXRuleSet.builtIn().write(to: exportRules)
            Terminal.note("wrote \(exportRules): padan's built-in rules as SRX 2.0")
            if corpus.paths.isEmpty { return }
        }
        let language = corpus.segmentationLanguage
        let segmenter = try rules.map { Segmenter(language: language, srx: try SRXRuleSet.load(path: $0)) }
            ?? Segmenter(language: language)
        let out = StandardOutput()
        let allRead = try corpus.forEachDocument(action: "segmenting") { document in
            if json {
                var bytes: [UInt8] = []
                segmenter.appendJSONLines(of: document, to: &bytes)
                out.write(bytes: bytes)
                return
            }
            let result = segmenter.segment(document)
            for segment in result.segments {
                if raw {
                    out.line(result.rawText(of: segment.index))
                } else if keepBoilerplate || !segment.isBoilerplate {
                    out.line(segment.text)
                }
            }
        }
        out.flush()
        if !allRead { throw ExitCode(2) }
    }
}
