import ArgumentParser
import Foundation
import Padan

/// `padan tbx`: TBX exchange.
struct TBXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tbx",
        abstract: "Exchange the glossary as TBX (v3 TBX-Basic, or TBX 2008 for OmegaT and translate-toolkit).",
        subcommands: [TBXExportCommand.self, TBXImportCommand.self]
    )
}

/// `padan tbx export`.
struct TBXExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary as TBX v3 (TBX-Basic, DCA style), or TBX 2008 with --tbx2008.",
        discussion: """
            Examples:
              padan tbx export                          # Exports/glossary.tbx
              padan tbx export --tbx2008 -o glossary-omegat.tbx
            """
    )

    @OptionGroup var options: GlossaryOptions

    @Option(name: [.short, .customLong("output")], help: "The TBX file to write (default: Exports/glossary.tbx).")
    var output: String?

    @Flag(help: "Write TBX 2008 (<martif>), which OmegaT and translate-toolkit read.")
    var tbx2008 = false

    func run() throws {
        let glossary = try options.load()
        let path = output ?? (tbx2008 ? "Exports/glossary.tbx2008.tbx" : "Exports/glossary.tbx")
        try TBXWriter.write(glossary, format: tbx2008 ? .tbx2008 : .v3, to: path)
        print("wrote \(path): \(glossary.concepts.count) concepts")
    }
}

/// `padan tbx import`.
struct TBXImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a TBX file (v3 or TBX 2008/MARTIF) and write padan's TSV.",
        discussion: """
            Whatever padan's model cannot hold is reported on standard error with its line, never dropped \
            silently. A DTD the file names is never fetched; entity declarations are refused.

            Examples:
              padan tbx import iate-export.tbx -o Glossary/iate.tsv
              padan tbx import weblate.tbx > weblate.tsv
            """
    )

    @Argument(help: "The TBX file (- for standard input).")
    var file: String

    @Option(name: [.short, .customLong("output")], help: "The TSV file to write (default: standard output).")
    var output: String?

    func run() throws {
        let (concepts, findings) = try TBXReader.read(bytes: try FileInput.read(file), path: file)
        for finding in findings { Terminal.warning(finding.description) }
        let tsv = GlossaryTable.tsv(concepts)
        try Destination.write(tsv, to: output)
        let notKept = findings.filter { $0.rule == "tbx-not-kept" }.count
        Terminal.note("\(file): \(concepts.count) concepts imported, \(notKept) entries not kept, "
            + "\(findings.count - notKept) other notes")
    }
}
