import ArgumentParser
import Foundation
import Padan

/// `padan check`: terminology QA of translations (a TMX file, or aligned text pairs).
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the terminology and numbers of translations against the glossary.",
        discussion: """
            Reads the Indonesian and English of every unit of a TMX file, or aligns SOURCE with TARGET \
            (--pairs; files or directories paired by name, as padan align does) and reads the pairs, and \
            reports, as Xbench or Verifika do:
              missing-term     a concept of the source has none of its preferred/admitted English forms in the \
            target (tolerant of case, plural and possessive)
              deprecated-term  the target uses an English form the glossary marks deprecated
              inconsistency    one concept rendered by different English forms across the file
              number           a number of the source missing or different in the target (1.500 = 1,500)
            Each finding names the file and line (or the aligned segments), the unit, the concept, excerpts of \
            source and target, and what to do. --json prints JSON Lines {"file","line","unit","rule",\
            "concept","source","target","message","remedy"}. Exit 1 when there are findings.

            Examples:
              padan check Exports/seeds.tmx
              padan check --pairs seeds/ seeds/en/ --json
            """
    )

    @Argument(help: "The TMX file to check (- for standard input).")
    var tmx: String?

    @Option(parsing: .upToNextOption, help: "Check aligned text pairs instead: SOURCE TARGET (files or directories).")
    var pairs: [String] = []

    @OptionGroup var glossaryOptions: GlossaryOptions

    @Flag(help: "Print JSON Lines, one finding per line.")
    var json = false

    @Option(help: "With --pairs: aligned pairs less confident than this (0 to 1) are not checked.")
    var minConfidence: Double = 0.5

    func validate() throws {
        if tmx == nil && pairs.isEmpty { throw ValidationError("give a TMX file, or --pairs SOURCE TARGET") }
        if tmx != nil && !pairs.isEmpty { throw ValidationError("give either a TMX file or --pairs, not both") }
        if !pairs.isEmpty && pairs.count != 2 { throw ValidationError("--pairs takes two paths: SOURCE TARGET") }
    }

    func run() throws {
        let glossary = try glossaryOptions.load()
        let translationPairs = try tmx.map(TranslationPair.pairs(inTMX:)) ?? alignedPairs(glossary: glossary)
        let findings = TranslationChecker(glossary: glossary).check(translationPairs)
        let out = StandardOutput()
        for finding in findings {
            if json {
                var line = JSONLine()
                line.add("file", finding.file)
                if let number = finding.line { line.add("line", number) }
                line.add("unit", finding.unit)
                line.add("rule", finding.rule.rawValue)
                line.add("concept", optional: finding.concept)
                line.add("source", finding.source)
                line.add("target", finding.target)
                line.add("message", finding.message)
                line.add("remedy", finding.remedy)
                out.write(bytes: line.finished())
            } else {
                let place = finding.line.map { "\(finding.file):\($0)" } ?? finding.file
                out.line("\(place): \(finding.rule.rawValue): \(finding.message) [\(finding.unit)]")
                out.line("    id: \(finding.source)")
                out.line("    en: \(finding.target)")
                out.line("    → \(finding.remedy)")
            }
        }
        out.flush()
        let counts = TranslationFinding.Rule.allCases.compactMap { rule -> String? in
            let count = findings.filter { $0.rule == rule }.count
            return count > 0 ? "\(count) \(rule.rawValue)" : nil
        }
        Terminal.note("\(findings.count) findings in \(translationPairs.count) translation pairs"
            + (counts.isEmpty ? "" : " (" + counts.joined(separator: ", ") + ")"))
        if !findings.isEmpty { throw ExitCode(1) }
    }

    /// The pairs of `--pairs SOURCE TARGET`, aligned as `padan align` aligns them.
    private func alignedPairs(glossary: Glossary) throws -> [TranslationPair] {
        let pairing = try TextPairing.pair(source: pairs[0], target: pairs[1])
        for file in pairing.sourcesWithoutTarget + pairing.targetsWithoutSource {
            Terminal.warning("\(file): no counterpart of the same name; skipped")
        }
        let aligner = SentenceAligner(glossary: glossary)
        let indonesian = Segmenter(language: .indonesian)
        let english = Segmenter(language: .english)
        var result: [TranslationPair] = []
        for pair in pairing.pairs {
            let source = indonesian.segment(try SourceDocument.load(path: pair.source))
            let target = english.segment(try SourceDocument.load(path: pair.target))
            let alignment = aligner.align(source: source.segments, target: target.segments)
            for warning in alignment.warnings { Terminal.warning("\(pair.source) ↔ \(pair.target): \(warning)") }
            result += TranslationPair.pairs(of: alignment, source: source, target: target, minimumConfidence: minConfidence)
        }
        return result
    }
}
