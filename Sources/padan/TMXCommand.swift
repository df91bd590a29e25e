import ArgumentParser
import Padan

/// `padan tmx`: validate, merge and measure translation memories.
struct TMXCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tmx",
        abstract: "Validate, merge and measure TMX translation memories.",
        discussion: """
            Every subcommand streams the file with libxml2's reader (network access, DTD loading and entities \
            off: a TMX is never allowed to fetch the DTD it names or read other files), so files of any size \
            are read in flat memory.

            Examples:
              padan tmx validate Exports/seeds.tmx
              padan tmx merge a.tmx b.tmx -o all.tmx --dedupe --langs id,en
              padan tmx stats all.tmx --json
            """,
        subcommands: [TMXValidateCommand.self, TMXMergeCommand.self, TMXStatsCommand.self]
    )
}

/// `padan tmx validate`.
struct TMXValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a TMX file against the TMX 1.4b DTD and TMXValidator's rules.",
        discussion: """
            DTD validation (libxml2, against the TMX 1.4b DTD shipped with padan) plus: srclang present and a \
            <tuv> in it in every <tu> (unless *all*), valid BCP 47 language tags, unique tuids, dates as \
            YYYYMMDDThhmmssZ, numeric usagecount, <bpt>/<ept> pairs and distinct x values in each segment; \
            warnings for empty segments, a srclang that looks like the target language and deprecated <ut>. \
            One line per finding, FILE:LINE: severity: message [rule]; remedy (at most 100 per rule; the rest \
            are counted). Exit status 0 when valid (warnings allowed), 1 on errors, 2 when the file cannot \
            be opened.

            Examples:
              padan tmx validate Exports/seeds.tmx
              padan tmx validate memory.tmx --json
            """
    )

    @Argument(help: "The TMX file (- for standard input).")
    var file: String

    @Flag(help: "Print the result as JSON.")
    var json = false

    func run() throws {
        let out = StandardOutput()
        var findings: [Finding] = []
        let summary = try TMXValidator().validate(path: file) { finding in
            if json { findings.append(finding) } else { out.line(finding.description) }
        }
        if json {
            var object = JSONLine()
            object.add("file", file)
            object.add("valid", summary.isValid)
            object.add("version", optional: summary.version)
            object.add("srclang", optional: summary.sourceLanguage)
            object.add("units", summary.units)
            var languages = JSONLine()
            for (language, count) in summary.variantsByLanguage.sorted(by: { $0.key < $1.key }) {
                languages.add(key: language, count)
            }
            object.add("variants", object: languages)
            object.add("errors", summary.errors)
            object.add("warnings", summary.warnings)
            var suppressed = JSONLine()
            for (rule, count) in summary.suppressed.sorted(by: { $0.key < $1.key }) { suppressed.add(key: rule, count) }
            object.add("suppressed", object: suppressed)
            object.add("findings", objects: findings.map(FindingJSON.object))
            out.write(bytes: object.finished())
        } else {
            for (rule, count) in summary.suppressed.sorted(by: { $0.key < $1.key }) {
                out.line("\(file): … and \(count) more [\(rule)]")
            }
            let verdict = summary.isValid ? "valid" : "invalid"
            out.line("\(file): \(verdict) TMX \(summary.version ?? "(no version)"), \(summary.units) units: "
                + "\(summary.errors) errors, \(summary.warnings) warnings")
        }
        out.flush()
        if !summary.isValid { throw ExitCode(1) }
    }
}

/// `padan tmx merge`.
struct TMXMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge translation memories into one TMX 1.4b file.",
        discussion: """
            Reads each TMX (1.1 to 1.4, UTF-8 or UTF-16) unit by unit and writes one TMX 1.4b file, keeping \
            every unit's attributes, notes, props and inline codes. Language tags are written in canonical form \
            (EN-US → en-US; TMX 1.1 lang= becomes xml:lang=); a unit whose source language differs from the \
            output's gets its own srclang; a tuid already used by an earlier unit gets a -2, -3… suffix. The \
            output replaces OUT only when complete.

            Examples:
              padan tmx merge old.tmx Exports/seeds.tmx -o merged.tmx --dedupe
              padan tmx merge vendor.tmx -o id-en.tmx --langs id,en --srclang id
            """
    )

    @Argument(help: "The TMX files to merge, in order (- for standard input).")
    var files: [String]

    @Option(name: .shortAndLong, help: "The TMX file to write.")
    var output: String

    @Flag(help: "Drop units whose variants (language and segment) equal an earlier unit's.")
    var dedupe = false

    @Option(help: "Keep only these languages (comma-separated BCP 47 ranges; en keeps en-GB).")
    var langs: String?

    @Option(help: "The output's srclang (default: the first file's).")
    var srclang: String?

    @OptionGroup var creationDate: CreationDateOption

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one TMX file to merge") }
        if files.contains(output) { throw ValidationError("-o \(output) is also an input; write to a new file") }
        if let langs, languages(langs).isEmpty { throw ValidationError("--langs needs at least one language, e.g. id,en") }
    }

    private func languages(_ list: String) -> [String] {
        list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func run() throws {
        let merge = TMXMerge(
            dropDuplicates: dedupe, languages: langs.map(languages), sourceLanguage: srclang,
            creationDate: try creationDate.resolved())
        let summary = try merge.merge(files, into: output)
        let read = files.map { "\($0) \(summary.unitsRead[$0] ?? 0)" }.joined(separator: ", ")
        var line = "wrote \(output): \(summary.unitsWritten) units (read: \(read))"
        if dedupe { line += "; \(summary.duplicatesDropped) duplicates dropped" }
        if langs != nil {
            line += "; \(summary.variantsDropped) variants in other languages dropped, "
                + "\(summary.unitsEmptied) units left without their source language dropped"
        }
        if summary.identifiersRenamed > 0 { line += "; \(summary.identifiersRenamed) repeated tuids renamed" }
        print(line)
    }
}

/// `padan tmx stats`.
struct TMXStatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count a TMX file's units, languages, segments, words and duplicates.",
        discussion: """
            Example:
              padan tmx stats Exports/seeds.tmx
              padan tmx stats memory.tmx --json
            """
    )

    @Argument(help: "The TMX file (- for standard input).")
    var file: String

    @Flag(help: "Print the figures as JSON.")
    var json = false

    func run() throws {
        let stats = try TMXStatistics.measure(path: file)
        let out = StandardOutput()
        let languages = stats.languages.sorted { $0.key < $1.key }
        if json {
            var object = JSONLine()
            object.add("file", file)
            object.add("version", optional: stats.version)
            object.add("creationtool", optional: stats.creationTool)
            object.add("srclang", optional: stats.sourceLanguage)
            object.add("units", stats.units)
            var perLanguage = JSONLine()
            for (language, counts) in languages {
                var entry = JSONLine()
                entry.add("segments", counts.segments)
                entry.add("empty", counts.emptySegments)
                entry.add("words", counts.words)
                entry.add("characters", counts.characters)
                perLanguage.add(key: language, object: entry)
            }
            object.add("languages", object: perLanguage)
            object.add("unitsWithInlineCodes", stats.unitsWithInlineCodes)
            object.add("duplicateUnits", stats.duplicateUnits)
            object.add("conflictingTranslations", stats.conflictingTranslations)
            object.add("duplicateTuids", stats.duplicateIdentifiers)
            out.write(bytes: object.finished())
        } else {
            out.line("\(file): TMX \(stats.version ?? "?") by \(stats.creationTool ?? "unknown tool"), srclang \(stats.sourceLanguage ?? "?")")
            out.line("units: \(stats.units)")
            out.line("languages: \(languages.map(\.key).joined(separator: ", "))")
            for (language, counts) in languages {
                out.line("  \(language): \(counts.segments) segments (\(counts.emptySegments) empty), \(counts.words) words, \(counts.characters) characters")
            }
            out.line("units with inline codes: \(stats.unitsWithInlineCodes)")
            out.line("duplicate units: \(stats.duplicateUnits)")
            out.line("source segments translated differently: \(stats.conflictingTranslations)")
            out.line("repeated tuids: \(stats.duplicateIdentifiers)")
        }
        out.flush()
    }
}
