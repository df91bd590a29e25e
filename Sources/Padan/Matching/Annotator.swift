/// A sentence with the glossary terms found in it.
public struct AnnotatedSentence: Sendable {
    /// The document's path as given.
    public var file: String
    /// The segment's index among all segments of the document (as in `padan segment --json`).
    public var index: Int
    /// 1-based line of the document where the sentence starts.
    public var line: Int
    /// The sentence text (cleaned, whitespace collapsed); hit offsets refer to it.
    public var text: String
    /// The terms found, in order.
    public var hits: [TermHit]
}

/// Segments documents and finds the glossary's terms in every sentence: the engine of `padan annotate`,
/// `padan coverage` and the translation-memory export.
public struct Annotator: Sendable {
    /// The segmenter used.
    public let segmenter: Segmenter
    /// The matcher used.
    public let matcher: TermMatcher
    /// Per concept: its id, its terms in the matched language and its rendering, for output without copying
    /// whole concepts per hit.
    private let conceptIDs: [String]
    private let termTexts: [[String]]
    private let targets: [String?]

    /// An annotator for `glossary`, reading text in `language`.
    public init(glossary: Glossary, segmenter: Segmenter = Segmenter(), language: GlossaryLanguage = .indonesian) {
        self.segmenter = segmenter
        self.matcher = TermMatcher(glossary: glossary, language: language)
        conceptIDs = glossary.concepts.map(\.id)
        termTexts = glossary.concepts.map { $0.terms(language).map(\.text) }
        targets = glossary.concepts.map { Annotator.target(of: $0, from: language)?.text }
    }

    /// The sentences of `document` (boilerplate left out) with their hits.
    public func annotate(_ document: SourceDocument) -> [AnnotatedSentence] {
        annotate(segmenter.segment(document))
    }

    /// The sentences of a document already segmented (boilerplate left out) with their hits.
    public func annotate(_ segmented: SegmentedDocument) -> [AnnotatedSentence] {
        let document = segmented.document
        var sentences: [AnnotatedSentence] = []
        var line = 1
        var lineCountedTo = 0
        for segment in segmented.segments where !segment.isBoilerplate {
            let start = segmented.textRanges[segment.index].lowerBound
            for offset in lineCountedTo..<start where document.bytes[offset] == 0x0A { line += 1 }
            lineCountedTo = start
            sentences.append(AnnotatedSentence(
                file: document.path, index: segment.index, line: line, text: segment.text,
                hits: matcher.hits(in: segment.text)))
        }
        return sentences
    }

    /// Appends `sentence` as one JSON Lines object: `{"file", "index", "line", "text", "terms": [{"concept",
    /// "source", "start", "end", "term", "target", "match", "deprecated", "alternatives"}]}`, with `start`/`end`
    /// in Unicode scalars of `text` and `target` the concept's preferred English (null when it has none).
    public func appendJSONLine(_ sentence: AnnotatedSentence, to out: inout [UInt8]) {
        func literal(_ text: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        }
        literal(#"{"file":"#)
        JSONLine.appendString(sentence.file, to: &out)
        literal(#","index":"#)
        JSONLine.appendDigits(sentence.index, to: &out)
        literal(#","line":"#)
        JSONLine.appendDigits(sentence.line, to: &out)
        literal(#","text":"#)
        JSONLine.appendString(sentence.text, to: &out)
        literal(#","terms":["#)
        for (number, hit) in sentence.hits.enumerated() {
            literal(number == 0 ? #"{"concept":"# : #",{"concept":"#)
            JSONLine.appendString(conceptIDs[hit.conceptIndex], to: &out)
            literal(#","source":"#)
            JSONLine.appendString(hit.source, to: &out)
            literal(#","start":"#)
            JSONLine.appendDigits(hit.start, to: &out)
            literal(#","end":"#)
            JSONLine.appendDigits(hit.end, to: &out)
            literal(#","term":"#)
            JSONLine.appendString(termTexts[hit.conceptIndex][hit.termIndex], to: &out)
            literal(#","target":"#)
            if let target = targets[hit.conceptIndex] { JSONLine.appendString(target, to: &out) } else { literal("null") }
            literal(#","match":""#)
            out.append(contentsOf: hit.kind.rawValue.utf8)
            literal(hit.isDeprecated ? #"","deprecated":true,"alternatives":["# : #"","deprecated":false,"alternatives":["#)
            for (position, alternative) in hit.alternativeConcepts.enumerated() {
                if position > 0 { literal(",") }
                JSONLine.appendString(conceptIDs[alternative], to: &out)
            }
            literal("]}")
        }
        literal("]}\n")
    }

    /// The rendering a hit stands for: the concept's preferred term in the other language.
    public func target(of concept: Concept) -> Term? { Annotator.target(of: concept, from: matcher.language) }

    private static func target(of concept: Concept, from language: GlossaryLanguage) -> Term? {
        language == .indonesian ? concept.preferredEnglish : concept.preferredIndonesian
    }
}
