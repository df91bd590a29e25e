import ArgumentParser
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
            listing the terms, and the Indonesian <tuv>. The file is streamed through libxml2's writer to a \
            temporary name and renamed into place when complete. Characters XML 1.0 cannot carry are removed \
            with a warning naming file, line and byte offset. Without -o the TMX goes to standard output.

            Examples:
              padan export seeds/ -o Exports/seeds.tmx --date 2026-11-22
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

    func run() throws {
        let glossary = try glossaryOptions.load()
        let exporter = TMXExport(
            annotator: corpus.annotator(glossary), glossary: glossary, includeBoilerplate: includeBoilerplate)
        let writer = try TMXWriter(path: output, header: exporter.header(creationDate: try creationDate.resolved()))
        var units = 0
        var terms = 0
        let allRead = try corpus.forEachDocument(defaultPaths: ["seeds"], action: "exporting") { document in
            let summary = try exporter.write(exporter.annotator.segmenter.segment(document), to: writer) { warning in
                Terminal.note(warning.description)
            }
            units += summary.units
            terms += summary.terms
        }
        try writer.finish()
        if output != "-" { Terminal.note("wrote \(output): \(units) units, \(terms) term props") }
        if !allRead { throw ExitCode(2) }
    }
}
