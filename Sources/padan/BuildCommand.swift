import ArgumentParser
import Foundation
import Padan

/// `padan build`: the main job over the project's own corpus.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Run the main job: segment seeds/ and write every export to Exports/.",
        discussion: """
            Writes Exports/seeds.segments.jsonl (every segment of every article in seeds/, as padan segment \
            --json prints them), Exports/seeds.alignment.jsonl (each article aligned with its English \
            reference translation seeds/en/<same name>, as padan align --json prints it, with "file"), \
            Exports/seeds.tmx (the sentences, their glossary terms and their aligned English as a TMX 1.4b \
            translation memory, as padan export writes it), Exports/coverage.html (the coverage report of Glossary/ against seeds/, as \
            padan coverage --html writes it) and Exports/glossary.tbx (the termbase in Glossary/ as TBX v3), and \
            prints a summary. Outputs are written to a temporary file and renamed into \
            place, so an interrupted run never leaves a truncated export.

            Example:
              padan build
              padan build --root /path/to/project --exports /tmp/exports --date 2026-11-22
            """
    )

    @Option(help: "The project root holding seeds/ (default: the current directory).")
    var root: String = "."

    @Option(help: "Where to write the exports (default: ROOT/Exports).")
    var exports: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @OptionGroup var creationDate: CreationDateOption

    func run() throws {
        let job = BuildJob(root: root, exportsDirectory: exports, creationDate: try creationDate.resolved())
        let summary = try job.run { done, total in Terminal.progress("build: \(done)/\(total) documents") }
        Terminal.endProgress()
        for warning in summary.warnings { Terminal.note(warning.description) }
        if json {
            var line = JSONLine()
            line.add("documents", summary.documents)
            line.add("segments", summary.segments)
            line.add("sentences", summary.sentences)
            line.add("bytes", summary.bytes)
            line.add("concepts", summary.concepts)
            line.add("hits", summary.hits)
            line.add("units", summary.units)
            line.add("terms", summary.terms)
            line.add("translations", summary.translations)
            line.add("translated", summary.translated)
            line.add("lowConfidencePairs", summary.lowConfidencePairs)
            line.add("sentenceCoverage", summary.sentenceCoverage, digits: 4)
            line.add("glossaryCoverage", summary.glossaryCoverage, digits: 4)
            line.add("outputs", strings: summary.outputs)
            print(String(decoding: line.finished(), as: UTF8.self), terminator: "")
        } else {
            print(
                "\(summary.documents) documents, \(summary.segments) segments "
                    + "(\(summary.sentences) sentences, \(summary.segments - summary.sentences) boilerplate), "
                    + "\(summary.bytes) bytes; \(summary.concepts) glossary concepts, \(summary.hits) term hits, "
                    + "\(summary.units) translation units with \(summary.terms) term props, "
                    + "\(summary.translated) with English from \(summary.translations) aligned translations "
                    + "(\(summary.lowConfidencePairs) pairs below confidence \(JSONLine.decimal(job.minimumConfidence, digits: 2))), "
                    + "corpus coverage \(CoverageReport.percent(summary.sentenceCoverage)), "
                    + "glossary coverage \(CoverageReport.percent(summary.glossaryCoverage))")
            for output in summary.outputs { print("wrote \(output)") }
        }
    }
}
