import ArgumentParser
import Foundation
import Padan

/// `--date`, shared by the commands that write TMX: the header's creation date, fixed for reproducible output.
struct CreationDateOption: ParsableArguments {
    @Option(help: ArgumentHelp(
        "Creation date for the TMX header, ISO 8601 in UTC (2026-11-22T09:30:00Z or 2026-11-22).",
        discussion: "Without it, SOURCE_DATE_EPOCH (seconds since 1970) is used when set, else the current time."))
    var date: String?

    func validate() throws {
        if let date, TMXDate.epochSeconds(fromISO8601: date) == nil {
            throw ValidationError("--date \(date) is not an ISO 8601 date in UTC; write e.g. 2026-11-22T09:30:00Z")
        }
    }

    /// The date as TMX writes it.
    func resolved() throws -> String {
        if let date, let seconds = TMXDate.epochSeconds(fromISO8601: date) {
            return TMXDate.string(fromEpochSeconds: seconds)
        }
        if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"] {
            guard let seconds = Int(epoch), seconds >= 0 else {
                throw PadanError(
                    .usage, message: "SOURCE_DATE_EPOCH=\(epoch) is not a number of seconds since 1970",
                    remedy: "set it to an integer such as $(git log -1 --format=%ct), or unset it")
            }
            return TMXDate.string(fromEpochSeconds: seconds)
        }
        return TMXDate.string(fromEpochSeconds: Int(Date().timeIntervalSince1970))
    }
}
