import ArgumentParser
import Padan

/// `padan lint`: check the termbase.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the glossary: parse errors, duplicate ids, ambiguous terms, missing preferred terms, style.",
        discussion: """
            Prints one line per finding, FILE:LINE:COLUMN: severity: message [rule]; remedy. Exit status 0 when \
            clean, 1 when there are findings, 2 when the glossary cannot be read.

            Examples:
              padan lint
              padan lint --glossary Glossary/diplomacy.tsv --json
            """
    )

    @OptionGroup var options: GlossaryOptions

    @Flag(help: "Print the findings as JSON.")
    var json = false

    func run() throws {
        let (glossary, parseFindings) = try Glossary.read(at: options.glossary)
        let findings = parseFindings + GlossaryLint.check(glossary)
        let out = StandardOutput()
        if json {
            var object = JSONLine()
            object.add("glossary", options.glossary)
            object.add("concepts", glossary.concepts.count)
            object.add("findings", objects: findings.map(FindingJSON.object))
            out.write(bytes: object.finished())
        } else {
            for finding in findings { out.line(finding.description) }
            let errors = findings.filter { $0.severity == .error }.count
            out.line("\(glossary.concepts.count) concepts in \(glossary.files.count) files: "
                + "\(errors) errors, \(findings.count - errors) warnings")
        }
        out.flush()
        if !findings.isEmpty { throw ExitCode(1) }
    }
}

/// JSON objects for findings, shared by the checking commands.
enum FindingJSON {
    static func object(_ finding: Finding) -> JSONLine {
        var object = JSONLine()
        object.add("file", finding.file)
        if let line = finding.line { object.add("line", line) }
        if let column = finding.column { object.add("column", column) }
        object.add("severity", finding.severity.rawValue)
        object.add("rule", finding.rule)
        object.add("message", finding.message)
        if let remedy = finding.remedy { object.add("remedy", remedy) }
        return object
    }
}
