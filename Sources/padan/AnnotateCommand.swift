import ArgumentParser
import Padan

/// `padan annotate`: every glossary term in every sentence.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Print each sentence with the glossary terms found in it and their English renderings.",
        discussion: """
            Terms are found word by word (never inside a longer word), longest first, with inflected forms \
            (-nya -lah -kah -pun -ku -mu, reduplication) and, for terms marked verb, affixed forms. Each hit says \
            how it matched: exact, normalized, variant, inflected or derived; deprecated terms are flagged.

            --json prints JSON Lines, one object per sentence: {"file", "index", "line", "text", "terms": \
            [{"concept", "source", "start", "end", "term", "target", "match", "deprecated", "alternatives"}]}; \
            start/end are Unicode code point offsets in text, source is the hit as written.

            Examples:
              padan annotate seeds/
              padan annotate seeds/000_d6b0b0975806bacb.txt --json
              echo "Wakil Menteri Luar Negeri Pertama tiba di Seoul." | padan annotate -
              padan annotate article.txt --glossary other-termbase.tbx
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var options: GlossaryOptions

    @Flag(help: "Print JSON Lines, one object per sentence.")
    var json = false

    @Flag(help: "Leave out sentences without any term.")
    var onlyHits = false

    func validate() throws {
        if corpus.paths.isEmpty { throw ValidationError("name a file, a directory or - for standard input") }
    }

    func run() throws {
        let glossary = try options.load()
        let annotator = corpus.annotator(glossary)
        if annotator.matcher.isEmpty {
            throw PadanError(.malformed, file: options.glossary, message: "the glossary has no \(corpus.glossaryLanguage.rawValue) terms",
                remedy: "pass --glossary with a termbase that has terms in the text's language")
        }
        let out = StandardOutput()
        let allRead = try corpus.forEachDocument { document in
            for sentence in annotator.annotate(document) where !onlyHits || !sentence.hits.isEmpty {
                if json {
                    var bytes: [UInt8] = []
                    annotator.appendJSONLine(sentence, to: &bytes)
                    out.write(bytes: bytes)
                } else {
                    out.write(AnnotationFormat.text(sentence, annotator: annotator))
                }
            }
        }
        out.flush()
        if !allRead { throw ExitCode(2) }
    }
}

/// The human-readable form of an annotated sentence.
enum AnnotationFormat {
    /// `FILE:LINE: sentence`, then one indented line per hit: `source → target  (match, concept)`.
    static func text(_ sentence: AnnotatedSentence, annotator: Annotator) -> String {
        var text = "\(sentence.file):\(sentence.line): \(sentence.text)\n"
        for hit in sentence.hits {
            let concept = annotator.matcher.glossary.concepts[hit.conceptIndex]
            let target = annotator.target(of: concept)?.text ?? "(no rendering)"
            var details = [hit.kind.rawValue, concept.id]
            if hit.isDeprecated { details.append("DEPRECATED term") }
            if !hit.alternativeConcepts.isEmpty {
                details.append("or " + hit.alternativeConcepts.map { annotator.matcher.glossary.concepts[$0].id }.joined(separator: ", "))
            }
            text += "    \(hit.source) → \(target)  (\(details.joined(separator: "; ")))\n"
        }
        return text
    }
}
