import ArgumentParser
import Padan

/// `--glossary PATH`, shared by every command that reads the termbase.
struct GlossaryOptions: ParsableArguments {
    @Option(help: "A glossary directory (*.tsv, *.csv, *.tbx), one TSV/CSV file, or a TBX file.")
    var glossary: String = "Glossary"

    /// Loads the glossary; any parse error is an input error (exit 2).
    func load() throws -> Glossary {
        try Glossary.load(at: glossary)
    }
}
