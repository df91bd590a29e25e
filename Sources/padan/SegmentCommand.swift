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

    @Argument(help: "Files or directories to segment (- for standard input).")
    var paths: [String] = []

    @Option(help: "Language rules: id (Indonesian) or en (English).")
    var lang: String = "id"

    @Flag(help: "Print JSON Lines, one object per segment.")
    var json = false

    @Flag(help: "Print every segment as its source span with whitespace collapsed (the gold format).")
    var raw = false

    @Flag(help: "Include web boilerplate (ad inserts, comment forms, sign-offs) in text output.")
    var keepBoilerplate = false

    @Option(help: "Input encoding: utf8, latin1 or windows-1252.")
    var encoding: String = "utf8"

    @Option(help: "Segment with this SRX 2.0 rule file instead of the built-in rules.")
    var rules: String?

    @Option(help: "Write the built-in rules as SRX 2.0 to this file (for OmegaT, Okapi, memoQ).")
    var exportRules: String?

    func validate() throws {
        guard SegmentationLanguage(rawValue: lang) != nil else {
            throw ValidationError("unknown language '\(lang)'; use id or en")
        }
        guard TextEncoding(name: encoding) != nil else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf8, latin1 or windows-1252")
        }
        if json && raw { throw ValidationError("--json and --raw are alternatives; choose one") }
        if paths.isEmpty && exportRules == nil {
            throw ValidationError("name a file, a directory or - for standard input")
        }
    }

    func run() throws {
        if let exportRules {
            try SRXRuleSet.builtIn().write(to: exportRules)
            Terminal.note("wrote \(exportRules): padan's built-in rules as SRX 2.0")
            if paths.isEmpty { return }
        }
        let language = SegmentationLanguage(rawValue: lang) ?? .indonesian
        let segmenter = try rules.map { Segmenter(language: language, srx: try SRXRuleSet.load(path: $0)) }
            ?? Segmenter(language: language)
        let textEncoding = TextEncoding(name: encoding) ?? .utf8
        let files = try FileInput.textFiles(in: paths)
        let out = StandardOutput()
        var failed = false
        for (number, file) in files.enumerated() {
            if files.count > 1 { Terminal.progress("segmenting \(number + 1)/\(files.count) \(file)") }
            let document: SourceDocument
            do {
                document = try SourceDocument.load(path: file, encoding: textEncoding)
            } catch {
                Terminal.endProgress()
                Terminal.error(error.description)
                failed = true
                continue
            }
            if json {
                var bytes: [UInt8] = []
                segmenter.appendJSONLines(of: document, to: &bytes)
                out.write(bytes: bytes)
                continue
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
        Terminal.endProgress()
        out.flush()
        if failed { throw ExitCode(2) }
    }
}
