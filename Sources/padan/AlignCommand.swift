import ArgumentParser
import Foundation
import Padan

/// `padan align`: sentence alignment of Indonesian texts with their English translations.
struct AlignCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "align",
        abstract: "Align the sentences of Indonesian texts with their English translations.",
        discussion: """
            Segments both texts (Indonesian and English rules), or with --presegmented takes one segment per \
            line, and aligns them by dynamic programming over 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 beads: \
            Gale-Church's length model plus anchors (glossary term pairs, numbers in both conventions, dates, \
            identical words such as names). Boilerplate is never aligned. Each pair has a confidence (its \
            posterior probability); pairs below --min-confidence are reported and kept out of the TMX.

            SOURCE and TARGET are two files, or two directories whose *.txt files are paired by name \
            (seeds/ with seeds/en/); files without a counterpart are listed and skipped (exit 1).

            Output: one block per bead for people; with --json, JSON Lines, one object per bead in order, \
            {"source":[indices],"target":[indices],"confidence":x}, indices 0-based into each side's \
            segments (as padan segment --json numbers them, or line numbers with --presegmented), beads with \
            an empty side for unaligned segments, and "file" first when directories are aligned. With -o, \
            the pairs are written as a TMX 1.4b file (id and en variants, glossary terms as x-term props).

            --anchors chooses the evidence besides length: terms, numbers, dates, tokens (comma-separated), \
            all, or none for plain Gale-Church (scripts/eval-alignment.py prints the ablation).

            Examples:
              padan align seeds/ seeds/en/
              padan align seeds/002_abd0128a54f91a8f.txt seeds/en/002_abd0128a54f91a8f.txt --json
              padan align id.txt en.txt --presegmented --glossary terms.tbx -o pairs.tmx --min-confidence 0.8
            """
    )

    @Argument(help: "The Indonesian text, or a directory of *.txt files (- for standard input).")
    var source: String

    @Argument(help: "Its English translation, or a directory of *.txt files paired by name.")
    var target: String

    @Option(help: "Glossary for term anchors: a directory, TSV/CSV or TBX file (default: Glossary when it exists).")
    var glossary: String?

    @Flag(help: "Print JSON Lines, one bead per line.")
    var json = false

    @Option(name: .shortAndLong, help: "Write the pairs to this TMX file.")
    var output: String?

    @Option(help: "Pairs less confident than this (0 to 1) are reported and kept out of the TMX.")
    var minConfidence: Double = 0.5

    @Flag(help: "Inputs are already segmented, one segment per line.")
    var presegmented = false

    @Option(help: "Evidence besides length: all, none, or a comma-separated list of terms, numbers, dates, tokens.")
    var anchors: String = "all"

    @Option(help: "Input encoding: utf8, latin1 or windows-1252.")
    var encoding: String = "utf8"

    @OptionGroup var creationDate: CreationDateOption

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        guard anchorKinds != nil else {
            throw ValidationError("--anchors \(anchors): use all, none, or a comma-separated list of terms, numbers, dates, tokens")
        }
        guard TextEncoding(name: encoding) != nil else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf8, latin1 or windows-1252")
        }
    }

    private var anchorKinds: Set<AnchorKind>? {
        switch anchors {
        case "all": return Set(AnchorKind.allCases)
        case "none": return []
        default:
            let kinds = anchors.split(separator: ",").map { AnchorKind(rawValue: $0.trimmingCharacters(in: .whitespaces)) }
            return kinds.contains(nil) ? nil : Set(kinds.compactMap { $0 })
        }
    }

    func run() throws {
        let pairing = try TextPairing.pair(source: source, target: target)
        let glossaryPath = glossary ?? (FileManager.default.fileExists(atPath: "Glossary") ? "Glossary" : nil)
        let termbase = try glossaryPath.map { path throws(PadanError) in try Glossary.load(at: path) }
        if termbase == nil, anchorKinds?.contains(.terms) == true {
            Terminal.note("no glossary (no --glossary and no ./Glossary): aligning without term anchors")
        }
        let aligner = SentenceAligner(glossary: termbase, model: AlignmentModel(anchors: anchorKinds ?? []))
        let textEncoding = TextEncoding(name: encoding) ?? .utf8
        let sourceSegmenter = Segmenter(language: .indonesian)
        let targetSegmenter = Segmenter(language: .english)
        let date = try creationDate.resolved()
        let writer = try output.map { path throws(PadanError) in
            try TMXWriter(path: path, header: TMXWriter.header(sourceLanguage: "id", creationDate: date))
        }
        let exporter = writer.map { _ in
            TMXExport(annotator: Annotator(glossary: termbase ?? Glossary(concepts: [])), glossary: termbase ?? Glossary(concepts: []))
        }
        let out = StandardOutput()
        var failed = false
        var unreadable = false
        var totals = (pairs: 0, low: 0, units: 0)
        for (number, pair) in pairing.pairs.enumerated() {
            if pairing.pairs.count > 1 { Terminal.progress("aligning \(number + 1)/\(pairing.pairs.count) \(pair.source)") }
            let sourceDocument: SegmentedDocument
            let targetDocument: SegmentedDocument
            do {
                let sourceText = try SourceDocument.load(path: pair.source, encoding: textEncoding)
                let targetText = try SourceDocument.load(path: pair.target, encoding: textEncoding)
                sourceDocument = presegmented ? sourceSegmenter.lines(sourceText) : sourceSegmenter.segment(sourceText)
                targetDocument = presegmented ? targetSegmenter.lines(targetText) : targetSegmenter.segment(targetText)
            } catch {
                Terminal.endProgress()
                Terminal.error(error.description)
                unreadable = true
                continue
            }
            let alignment = aligner.align(source: sourceDocument.segments, target: targetDocument.segments)
            Terminal.endProgress()
            for warning in alignment.warnings {
                Terminal.warning("\(pair.source) ↔ \(pair.target): \(warning)")
            }
            if alignment.pairs.isEmpty && !sourceDocument.segments.isEmpty { failed = true }
            let low = alignment.pairs.filter { $0.confidence < minConfidence }
            totals.pairs += alignment.pairs.count
            totals.low += low.count
            if json {
                for bead in alignment.beads {
                    out.write(bytes: bead.jsonLine(file: pairing.pairsDirectories ? pair.source : nil).finished())
                }
            } else {
                out.write(AlignmentText.render(alignment, source: sourceDocument, target: targetDocument, minimumConfidence: minConfidence))
            }
            for bead in low {
                Terminal.note(
                    "\(pair.source): pair \(bead.label) has confidence "
                        + "\(JSONLine.decimal(bead.confidence, digits: 2)) < \(JSONLine.decimal(minConfidence, digits: 2)); kept out of the TMX")
            }
            if let writer, let exporter {
                let summary = try exporter.write(
                    sourceDocument,
                    translations: alignment.translations(target: targetDocument.segments, minimumConfidence: minConfidence),
                    pairsOnly: true, to: writer) { Terminal.note($0.description) }
                totals.units += summary.units
            }
        }
        out.flush()
        try writer?.finish()
        for file in pairing.sourcesWithoutTarget {
            Terminal.error("\(file): no translation of the same name in \(target); skipped (add it, or move the file out)")
        }
        for file in pairing.targetsWithoutSource {
            Terminal.error("\(file): no source of the same name in \(source); skipped (add it, or move the file out)")
        }
        if let output { Terminal.note("wrote \(output): \(totals.units) translation units") }
        if pairing.pairs.count > 1 || totals.low > 0 {
            Terminal.note("\(pairing.pairs.count) text pairs, \(totals.pairs) sentence pairs, \(totals.low) below --min-confidence")
        }
        if unreadable { throw ExitCode(2) }
        if failed || !pairing.sourcesWithoutTarget.isEmpty || !pairing.targetsWithoutSource.isEmpty { throw ExitCode(1) }
    }
}

/// The human-readable form of an alignment: one block per bead.
enum AlignmentText {
    static func render(
        _ alignment: Alignment, source: SegmentedDocument, target: SegmentedDocument, minimumConfidence: Double
    ) -> String {
        var text = "== \(source.document.path) ↔ \(target.document.path)\n"
        for bead in alignment.beads {
            let head = bead.label
            if bead.isPair {
                let flag = bead.confidence < minimumConfidence ? "  LOW (kept out of the TMX)" : ""
                text += "\(head)  \(JSONLine.decimal(bead.confidence, digits: 2))\(flag)\n"
            } else {
                let side = bead.source.isEmpty ? target.segments[bead.target.lowerBound] : source.segments[bead.source.lowerBound]
                text += "\(head)  \(side.isBoilerplate ? "boilerplate" : "unaligned")\n"
            }
            if !bead.source.isEmpty { text += "  id  " + bead.source.map { source.segments[$0].text }.joined(separator: " ") + "\n" }
            if !bead.target.isEmpty { text += "  en  " + bead.target.map { target.segments[$0].text }.joined(separator: " ") + "\n" }
        }
        let pairs = alignment.pairs
        text += "\(pairs.count) pairs (\(pairs.filter { $0.source.count > 1 || $0.target.count > 1 }.count) merging sentences), "
            + "\(alignment.beads.filter { $0.target.isEmpty }.count) source and \(alignment.beads.filter { $0.source.isEmpty }.count) target segments unaligned\n"
        return text
    }
}
