import ArgumentParser
import Foundation
import Padan

/// `padan export`: sentences with their glossary terms as a TMX 1.4b translation memory.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export sentences and their glossary terms as a TMX 1.4b translation memory.",
        discussion: """
            Segments each text, finds the glossary's terms and writes one <tu> per sentence (boilerplate left \
            out unless --include-boilerplate) with a stable tuid, <prop type="x-document">, \
            <prop type="x-segment">, one <prop type="x-term"> per term ("Korut = North Korea"), a <note> \
            listing the terms, and the Indonesian <tuv>. When the article has an English translation \
            (--translations, else <folder>/en/<same name> when it exists, as seeds/en/ for seeds/), the two are \
            aligned as padan align does and every aligned sentence gets its English <tuv> (two source \
            sentences translated by one English sentence share a unit, x-segment "4-5"), with \
            <prop type="x-alignment-confidence">; pairs below --min-confidence get none. The file is streamed through libxml2's writer to a \
            temporary name and renamed into place when complete. Characters XML 1.0 cannot carry are removed \
            with a warning naming file, line and byte offset. Without -o the TMX goes to standard output.

            Examples:
              padan export seeds/ -o Exports/seeds.tmx --date 2026-11-22
              padan export berita.txt --translations news.txt -o berita.tmx
              cat berita.txt | padan export - --glossary Glossary/diplomacy.tsv > berita.tmx
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var glossaryOptions: GlossaryOptions
    @OptionGroup var creationDate: CreationDateOption

    @Option(name: .shortAndLong, help: "The TMX file to write (- or none: standard output).")
    var output: String = "-"

    @Flag(help: "Also export page furniture (marked <prop type=\"x-boilerplate\">true</prop>).")
    var includeBoilerplate = false

    @Option(help: "The English translation: a file, or a directory of files named as the sources (default: <folder>/en/<name> when it exists).")
    var translations: String?

    @Flag(help: "Export the Indonesian only, even where a translation exists.")
    var noTranslations = false

    @Option(help: "Aligned pairs less confident than this (0 to 1) get no English variant.")
    var minConfidence: Double = 0.5

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        let glossary = try glossaryOptions.load()
        let exporter = TMXExport(
            annotator: corpus.annotator(glossary), glossary: glossary, includeBoilerplate: includeBoilerplate)
        let writer = try TMXWriter(path: output, header: exporter.header(creationDate: try creationDate.resolved()))
        let aligner = SentenceAligner(glossary: glossary)
        let englishSegmenter = Segmenter(language: .english)
        var units = 0
        var terms = 0
        var translated = 0
        var unreadable = false
        let allRead = try corpus.forEachDocument(defaultPaths: ["seeds"], action: "exporting") { document in
            let segmented = exporter.annotator.segmenter.segment(document)
            var pairs: [SegmentTranslation] = []
            if let englishFile = translationFile(for: document.path) {
                do {
                    let english = englishSegmenter.segment(try SourceDocument.load(path: englishFile))
                    let alignment = aligner.align(source: segmented.segments, target: english.segments)
                    for warning in alignment.warnings { Terminal.warning("\(document.path) ↔ \(englishFile): \(warning)") }
                    pairs = alignment.translations(target: english.segments, minimumConfidence: minConfidence)
                } catch {
                    Terminal.error("\(error) (exporting \(document.path) without English)")
                    unreadable = true
                }
            }
            let summary = try exporter.write(segmented, translations: pairs, to: writer) { warning in
                Terminal.note(warning.description)
            }
            units += summary.units
            terms += summary.terms
            translated += summary.translated
        }
        try writer.finish()
        if output != "-" { Terminal.note("wrote \(output): \(units) units (\(translated) with English), \(terms) term props") }
        if !allRead || unreadable { throw ExitCode(2) }
    }

    /// The English translation of `path`: `--translations` (a file, or the same name in a directory), else the
    /// project convention `<folder>/en/<name>`.
    private func translationFile(for path: String) -> String? {
        guard !noTranslations, corpus.lang == "id" else { return nil }
        guard let translations else { return TextPairing.conventionalTranslation(of: path) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: translations, isDirectory: &isDirectory), isDirectory.boolValue {
            return (translations as NSString).appendingPathComponent((path as NSString).lastPathComponent)
        }
        return translations
    }
}
