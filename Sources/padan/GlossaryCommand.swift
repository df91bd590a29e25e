import ArgumentParser
import Foundation
import Padan

/// `padan glossary`: glossary file conversions.
struct GlossaryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossary",
        abstract: "Convert glossaries: OmegaT's TSV out, translators' spreadsheets in.",
        subcommands: [GlossaryExportCommand.self, GlossaryImportCommand.self]
    )
}

/// `padan glossary export --omegat`.
struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the glossary as an OmegaT glossary (source<TAB>target<TAB>comment).",
        discussion: """
            Put the file in an OmegaT project's glossary/ folder. Every Indonesian term that may be used gets \
            the preferred English; the comment names the concept and the English not to use.

            Example:
              padan glossary export --omegat -o project/glossary/padan.txt
            """
    )

    @OptionGroup var options: GlossaryOptions

    @Flag(help: "OmegaT's tab-separated glossary format (the only format so far).")
    var omegat = false

    @Option(name: [.short, .customLong("output")], help: "The file to write (default: standard output).")
    var output: String?

    func validate() throws {
        guard omegat else { throw ValidationError("choose a format: --omegat") }
    }

    func run() throws {
        let text = GlossaryExchange.omegaT(try options.load())
        try Destination.write(text, to: output)
    }
}

/// `padan glossary import`.
struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a translator's spreadsheet (CSV/TSV) into padan's TSV, reporting what was normalised.",
        discussion: """
            --columns maps the file's columns, by header name or 1-based position, to en, id, note or domain; \
            unnamed columns are ignored. Variants joined with ; or / are split, part-of-speech markers such as \
            (n) and (v) are moved into the note, stray spaces are trimmed, and rows with the same source are \
            merged; each change is reported on standard error.

            Examples:
              padan glossary import glosarium.csv --columns Source=en,Padanan=id -o Glossary/libreoffice.tsv
              padan glossary import terms.tsv --columns 1=id,2=en,3=note
            """
    )

    @Argument(help: "The CSV or TSV file.")
    var file: String

    @Option(help: "Column mapping, e.g. Source=en,Padanan=id or 1=id,2=en,3=note.")
    var columns: String

    @Option(help: "The domain of the imported concepts.")
    var domain: String = "general"

    @Option(name: [.short, .customLong("output")], help: "The TSV file to write (default: standard output).")
    var output: String?

    func run() throws {
        let mapping = try GlossaryExchange.ColumnMapping(parsing: columns)
        let result = try GlossaryExchange.importSpreadsheet(bytes: try FileInput.read(file), path: file,
            mapping: mapping, domain: domain)
        for finding in result.findings { Terminal.warning(finding.description) }
        let tsv = GlossaryTable.tsv(result.concepts)
        try Destination.write(tsv, to: output)
        Terminal.note("\(file): \(result.rows) rows read, \(result.concepts.count) concepts written, "
            + "\(result.findings.count) changes reported")
    }
}
