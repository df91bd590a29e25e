import ArgumentParser
import Foundation
import Padan

/// The `padan` command: parses arguments, calls the Padan library and formats what it returns.
///
/// Exit status: 0 success, 1 findings or a failed threshold, 2 a usage or input error.
@main
struct PadanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "padan",
        abstract: "Indonesian→English translation and terminology workbench.",
        discussion: """
            Segments Indonesian (and English) articles into sentences, finds a curated Indonesian-English \
            termbase's terms in them, exports them as TMX translation memories (and validates, merges and \
            measures TMX), and keeps the termbase: lint, look-up, TBX and OmegaT exchange. Run `padan help COMMAND` for each command's \
            options and an example.
            """,
        version: PadanVersion.current,
        subcommands: [
            SegmentCommand.self, AnnotateCommand.self, CoverageCommand.self, AlignCommand.self, CheckCommand.self, ExportCommand.self, BuildCommand.self,
            TMXCommand.self, LintCommand.self, LookupCommand.self, TBXCommand.self, GlossaryCommand.self,
        ]
    )

    /// Runs the command line and maps every failure to padan's exit statuses.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as PadanError {
            Terminal.error(error.description)
            Foundation.exit(2)
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if exitCode(for: error) == .success {
                exit(withError: error)
            }
            var message = fullMessage(for: error)
            if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
            Terminal.error(message)
            Foundation.exit(2)
        }
    }
}
