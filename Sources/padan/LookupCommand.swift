import ArgumentParser
import Padan

/// `padan lookup`: how do we render this term?
struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look a term up in the glossary and print its English (or, with --from en, its Indonesian).",
        discussion: """
            Results are ranked: exact, normalized (case, diacritics, punctuation), variant or abbreviation, \
            inflected (clitics, affixes, reduplication), partial, typo. Deprecated English is marked "do not use". \
            Exit status 1 when nothing matches (the nearest terms are suggested).

            Examples:
              padan lookup "Wakil Menteri Luar Negeri"
              padan lookup Korut --json
              padan lookup "wakil mentri luar negri"
              padan lookup "Foreign Ministry" --from en
            """
    )

    @Argument(help: "The term to look up.")
    var query: String

    @OptionGroup var options: GlossaryOptions

    @Option(help: "The language of the query: id or en.")
    var from: String = "id"

    @Flag(help: "Print JSON.")
    var json = false

    @Option(help: "At most this many results.")
    var limit: Int = 10

    func validate() throws {
        guard GlossaryLanguage(rawValue: from) != nil else { throw ValidationError("--from takes id or en") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let language = GlossaryLanguage(rawValue: from) ?? .indonesian
        let lookup = GlossaryLookup(glossary: try options.load(), language: language)
        let results = lookup.search(query, limit: limit)
        let out = StandardOutput()
        defer { out.flush() }
        if json {
            out.write(bytes: LookupFormat.json(query: query, results: results, from: language,
                suggestions: results.isEmpty ? lookup.suggestions(query) : []))
        } else if results.isEmpty {
            let suggestions = lookup.suggestions(query)
            out.line("no match for '\(query)'" + (suggestions.isEmpty ? "" : "; nearest: " + suggestions.joined(separator: ", ")))
        } else {
            for result in results { out.write(LookupFormat.text(result, from: language)) }
        }
        if results.isEmpty { throw ExitCode(1) }
    }
}

/// Formats look-up results for people and for machines.
enum LookupFormat {
    static func text(_ result: GlossaryLookup.Result, from language: GlossaryLanguage) -> String {
        let concept = result.concept
        let source = language == .indonesian ? concept.preferredIndonesian : concept.preferredEnglish
        let target = language == .indonesian ? concept.preferredEnglish : concept.preferredIndonesian
        var text = "\(source?.text ?? "?") → \(target?.text ?? "?")\n"
        text += "  concept: \(concept.id) (\(concept.domain)); match: \(result.kind.rawValue) on '\(result.matchedTerm.text)'\n"
        let admitted = concept.english.filter { $0.status == .admitted }.map(\.text)
        if !admitted.isEmpty { text += "  also English: \(admitted.joined(separator: "; "))\n" }
        let deprecated = concept.english.filter { $0.status == .deprecated }.map(\.text)
        if !deprecated.isEmpty { text += "  do not use: \(deprecated.joined(separator: "; "))\n" }
        let variants = concept.indonesian.filter { $0.text != concept.preferredIndonesian?.text }
            .map { $0.text + ($0.status == .deprecated ? " (deprecated)" : "") }
        if !variants.isEmpty { text += "  Indonesian variants: \(variants.joined(separator: "; "))\n" }
        if !concept.note.isEmpty { text += "  note: \(concept.note)\n" }
        return text
    }

    static func json(query: String, results: [GlossaryLookup.Result], from language: GlossaryLanguage,
        suggestions: [String]) -> [UInt8]
    {
        let objects = results.map { result -> JSONLine in
            let concept = result.concept
            var object = JSONLine()
            object.add("concept", concept.id)
            object.add("source", (language == .indonesian ? concept.preferredIndonesian : concept.preferredEnglish)?.text ?? "")
            object.add("target", (language == .indonesian ? concept.preferredEnglish : concept.preferredIndonesian)?.text ?? "")
            object.add("match", result.kind.rawValue)
            object.add("matched", result.matchedTerm.text)
            object.add("domain", concept.domain)
            object.add("admitted", strings: concept.english.filter { $0.status == .admitted }.map(\.text))
            object.add("deprecated", strings: concept.english.filter { $0.status == .deprecated }.map(\.text))
            object.add("variants", strings: concept.indonesian.map(\.text))
            object.add("note", concept.note)
            return object
        }
        var object = JSONLine()
        object.add("query", query)
        object.add("results", objects: objects)
        if results.isEmpty { object.add("suggestions", strings: suggestions) }
        return object.finished()
    }
}
