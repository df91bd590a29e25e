import ArgumentParser
import Foundation
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

            With a translation memory (--tm FILE.tmx, or the main job's Exports/seeds.tmx when it exists), each \
            result also says how the concept was actually rendered in the memory's Indonesian-English pairs: \
            each English form with its count (and how often no glossary form was used), and up to five \
            example pairs.

            Examples:
              padan lookup "Wakil Menteri Luar Negeri"
              padan lookup Korut --json
              padan lookup "wakil mentri luar negri"
              padan lookup "Foreign Ministry" --from en
              padan lookup "pengerahan pasukan" --tm Exports/seeds.tmx
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

    @Option(help: "A TMX translation memory to show renderings from (default: Exports/seeds.tmx when it exists).")
    var tm: String?

    @Flag(help: "Do not read a translation memory.")
    var noTM = false

    func validate() throws {
        guard GlossaryLanguage(rawValue: from) != nil else { throw ValidationError("--from takes id or en") }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    func run() throws {
        let language = GlossaryLanguage(rawValue: from) ?? .indonesian
        let glossary = try options.load()
        let lookup = GlossaryLookup(glossary: glossary, language: language)
        let results = lookup.search(query, limit: limit)
        let memoryPath = noTM ? nil : tm ?? (FileManager.default.fileExists(atPath: "Exports/seeds.tmx") ? "Exports/seeds.tmx" : nil)
        let memory = try memoryPath.map { path in
            (path: path, concordance: TermConcordance(pairs: try TranslationPair.pairs(inTMX: path), glossary: glossary))
        }
        let out = StandardOutput()
        defer { out.flush() }
        if json {
            out.write(bytes: LookupFormat.json(query: query, results: results, from: language,
                suggestions: results.isEmpty ? lookup.suggestions(query) : [], memory: memory))
        } else if results.isEmpty {
            let suggestions = lookup.suggestions(query)
            out.line("no match for '\(query)'" + (suggestions.isEmpty ? "" : "; nearest: " + suggestions.joined(separator: ", ")))
        } else {
            for result in results {
                out.write(LookupFormat.text(result, from: language))
                if let memory { out.write(LookupFormat.text(memory.concordance.entry(conceptID: result.concept.id), memory: memory.path)) }
            }
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

    /// The memory part of a result: renderings with counts, then example pairs.
    static func text(_ entry: TermConcordance.Entry?, memory: String) -> String {
        guard let entry else { return "  in \(memory): not found in any Indonesian sentence\n" }
        let renderings = entry.renderings.map { rendering in
            (rendering.form.map { "“\($0)”" } ?? "no glossary form") + (rendering.isDeprecated ? " (deprecated)" : "")
                + " \(rendering.count)×"
        }
        var text = "  in \(memory): \(entry.pairs) pairs; rendered \(renderings.joined(separator: ", "))\n"
        for example in entry.examples {
            text += "    [\(example.id)]\n      id: \(example.source)\n      en: \(example.target)\n"
        }
        return text
    }

    static func json(query: String, results: [GlossaryLookup.Result], from language: GlossaryLanguage,
        suggestions: [String], memory: (path: String, concordance: TermConcordance)? = nil) -> [UInt8]
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
            if let memory {
                var usage = JSONLine()
                usage.add("file", memory.path)
                let entry = memory.concordance.entry(conceptID: concept.id)
                usage.add("pairs", entry?.pairs ?? 0)
                usage.add("renderings", objects: (entry?.renderings ?? []).map { rendering in
                    var object = JSONLine()
                    object.add("form", optional: rendering.form)
                    object.add("deprecated", rendering.isDeprecated)
                    object.add("count", rendering.count)
                    return object
                })
                usage.add("examples", objects: (entry?.examples ?? []).map { example in
                    var object = JSONLine()
                    object.add("unit", example.id)
                    object.add("source", example.source)
                    object.add("target", example.target)
                    return object
                })
                object.add("memory", object: usage)
            }
            return object
        }
        var object = JSONLine()
        object.add("query", query)
        object.add("results", objects: objects)
        if results.isEmpty { object.add("suggestions", strings: suggestions) }
        return object.finished()
    }
}
