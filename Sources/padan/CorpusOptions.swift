import ArgumentParser
import Padan

/// The text files a command reads, their language and encoding; shared by segment, annotate and coverage.
struct CorpusOptions: ParsableArguments {
    @Argument(help: "Text files or directories of *.txt files (- for standard input).")
    var paths: [String] = []

    @Option(help: "Language of the text: id or en (its segmentation rules and, where terms are matched, its glossary terms).")
    var lang: String = "id"

    @Option(help: "Input encoding: utf8, latin1 or windows-1252.")
    var encoding: String = "utf8"

    func validate() throws {
        guard SegmentationLanguage(rawValue: lang) != nil else {
            throw ValidationError("unknown language '\(lang)'; use id or en")
        }
        guard TextEncoding(name: encoding) != nil else {
            throw ValidationError("unknown encoding '\(encoding)'; use utf8, latin1 or windows-1252")
        }
    }

    /// The glossary language matching `--lang`.
    var glossaryLanguage: GlossaryLanguage { lang == "en" ? .english : .indonesian }

    /// An annotator for `glossary` with the segmentation rules of `--lang`.
    func annotator(_ glossary: Glossary) -> Annotator {
        Annotator(glossary: glossary, segmenter: Segmenter(language: segmentationLanguage), language: glossaryLanguage)
    }

    /// The segmentation language of `--lang`.
    var segmentationLanguage: SegmentationLanguage { SegmentationLanguage(rawValue: lang) ?? .indonesian }

    /// Loads every document named (or `defaultPaths` when none is), calling `body` on each; a document that
    /// cannot be read is reported and skipped. Progress (`ACTION n/N FILE`) goes to a terminal's standard error.
    /// Returns whether every document could be read.
    func forEachDocument(
        defaultPaths: [String] = [], action: String = "reading", _ body: (SourceDocument) throws -> Void
    ) throws -> Bool {
        let files = try FileInput.textFiles(in: paths.isEmpty ? defaultPaths : paths)
        let textEncoding = TextEncoding(name: encoding) ?? .utf8
        var allRead = true
        for (number, file) in files.enumerated() {
            if files.count > 1 { Terminal.progress("\(action) \(number + 1)/\(files.count) \(file)") }
            let document: SourceDocument
            do {
                document = try SourceDocument.load(path: file, encoding: textEncoding)
            } catch {
                Terminal.endProgress()
                Terminal.error(error.description)
                allRead = false
                continue
            }
            try body(document)
        }
        Terminal.endProgress()
        return allRead
    }
}
