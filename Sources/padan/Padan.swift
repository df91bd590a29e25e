import ArgumentParser
import Padan

@main
struct PadanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "padan",
        abstract: "Indonesian→English translation and terminology workbench.",
        subcommands: [SegmentCommand.self]
    )
}
