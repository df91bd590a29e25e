/// Turns segmented, term-annotated documents into TMX units: padan's translation-memory export.
///
/// One unit per article sentence (boilerplate only on request), in document order, with:
/// - a `tuid` that depends only on the document's path, the sentence and how many times the same sentence
///   came before it in that document, so the same input always gets the same ids and editing one sentence does
///   not renumber the others;
/// - `<prop type="x-document">` (the path) and `<prop type="x-segment">` (the segment's index, as in
///   `padan segment --json`); `x-boilerplate` on page furniture exported with `includeBoilerplate`;
/// - one `<prop type="x-term">` per distinct glossary term found, `term = preferred English`, and a `<note>`
///   listing them for people (deprecated terms say what to use instead);
/// - an `id` variant, and an `en` variant when a translation of the sentence is known (the other way round
///   for an annotator reading English).
///
/// Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) are removed;
/// each removal is reported as a warning naming the file, line, column and byte offset.
public struct TMXExport: Sendable {
    /// The annotator that finds terms (its segmenter is not used: documents arrive segmented).
    public let annotator: Annotator
    /// The glossary the annotator was built from, for term texts and renderings.
    public let glossary: Glossary
    /// Export boilerplate segments too, marked with `<prop type="x-boilerplate">`.
    public var includeBoilerplate: Bool

    /// What one document contributed.
    public struct DocumentSummary: Sendable, Equatable {
        /// Units written.
        public var units = 0
        /// Units with an English variant.
        public var translated = 0
        /// `x-term` props written.
        public var terms = 0
    }

    /// Creates an exporter.
    public init(annotator: Annotator, glossary: Glossary, includeBoilerplate: Bool = false) {
        self.annotator = annotator
        self.glossary = glossary
        self.includeBoilerplate = includeBoilerplate
    }

    /// The language of the sentences (`id`, or `en` for an annotator reading English).
    public var sourceLanguage: String { annotator.matcher.language == .indonesian ? "id" : "en" }
    /// The language of their translations.
    public var targetLanguage: String { annotator.matcher.language == .indonesian ? "en" : "id" }

    /// The header of this export: its source language, plain text, sentence segments.
    public func header(creationDate: String) -> TMXHeader {
        TMXWriter.header(sourceLanguage: sourceLanguage, creationDate: creationDate)
    }

    /// Writes the units of `segmented` to `writer`. `translations` (from an alignment) give units their
    /// English; a translation of two source segments makes one unit of both (`x-segment` `4-5`). With
    /// `pairsOnly`, segments without a translation are left out. Warnings (removed characters) go to `warn`.
    public func write(
        _ segmented: SegmentedDocument, translations: [SegmentTranslation] = [], pairsOnly: Bool = false,
        to writer: TMXWriter, warn: (Finding) -> Void
    ) throws(PadanError) -> DocumentSummary {
        var summary = DocumentSummary()
        var occurrences: [String: Int] = [:]
        let document = segmented.document
        let translationByStart = Dictionary(translations.map { ($0.sourceSegments.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        var coveredUntil = 0
        for segment in segmented.segments where (includeBoilerplate || !segment.isBoilerplate) && segment.index >= coveredUntil {
            let translation = translationByStart[segment.index]
            if pairsOnly && translation == nil { continue }
            let segments = translation?.sourceSegments ?? segment.index..<(segment.index + 1)
            coveredUntil = segments.upperBound
            let text = segments.map { xmlSafe(segmented.segments[$0], in: segmented, warn: warn) }.filter { !$0.isEmpty }
                .joined(separator: " ")
            guard !text.isEmpty else { continue }
            let occurrence = occurrences[text, default: 0]
            occurrences[text] = occurrence + 1
            var unit = TMXUnit(attributes: [TMXAttribute("tuid", TMXExport.unitID(document: document.path, text: text, occurrence: occurrence))])
            unit.annotations.append(.prop("x-document", document.path))
            unit.annotations.append(.prop("x-segment", segments.count == 1 ? String(segment.index) : "\(segments.lowerBound)-\(segments.upperBound - 1)"))
            if segment.isBoilerplate { unit.annotations.append(.prop("x-boilerplate", "true")) }
            if let confidence = translation?.confidence {
                unit.annotations.append(.prop("x-alignment-confidence", JSONLine.decimal(confidence, digits: 3)))
            }
            let terms = termLines(for: annotator.matcher.hits(in: text))
            for term in terms { unit.annotations.append(.prop("x-term", term.prop)) }
            if !terms.isEmpty {
                unit.annotations.append(.note("Terms: " + terms.map(\.note).joined(separator: "; ")))
            }
            unit.variants.append(TMXVariant(language: sourceLanguage, text: text))
            if let translation {
                let english = xmlSafe(translation: translation.text, of: segment, in: document, warn: warn)
                unit.variants.append(TMXVariant(language: targetLanguage, text: english))
                summary.translated += 1
            }
            try writer.write(unit)
            summary.units += 1
            summary.terms += terms.count
        }
        return summary
    }

    /// A stable unit id: 16 hex digits of the 64-bit FNV-1a hash of path, sentence and occurrence number.
    public static func unitID(document: String, text: String, occurrence: Int) -> String {
        var hash = FNV1a()
        hash.add(document.utf8)
        hash.add(0)
        hash.add(text.utf8)
        hash.add(0)
        hash.add(String(occurrence).utf8)
        let digits = String(hash.value, radix: 16)
        return "padan-" + String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The distinct terms of a sentence's hits, in order: the prop text and the note text.
    private func termLines(for hits: [TermHit]) -> [(prop: String, note: String)] {
        var lines: [(prop: String, note: String)] = []
        var seen = Set<String>()
        for hit in hits {
            let concept = glossary.concepts[hit.conceptIndex]
            let terms = concept.terms(annotator.matcher.language)
            guard hit.termIndex < terms.count else { continue }
            let term = terms[hit.termIndex].text
            let target = annotator.target(of: concept)?.text ?? "(no English term in the glossary)"
            let prop = "\(term) = \(target)"
            guard seen.insert(prop).inserted else { continue }
            var note = prop
            if hit.isDeprecated {
                let preferred = annotator.matcher.language == .indonesian ? concept.preferredIndonesian : concept.preferredEnglish
                note = "\(term) (deprecated\(preferred.map { "; use \($0.text)" } ?? "")) = \(target)"
            }
            lines.append((prop, note))
        }
        return lines
    }

    /// The segment's text without the characters XML 1.0 cannot carry, warning once per removed character with
    /// its place in the source file.
    private func xmlSafe(_ segment: Segment, in segmented: SegmentedDocument, warn: (Finding) -> Void) -> String {
        guard LibXML.firstNonXMLCharacter(in: segment.text) != nil else { return segment.text }
        let document = segmented.document
        let range = segmented.textRanges[segment.index]
        document.bytes.withUnsafeBufferPointer { bytes in
            for index in range {
                guard let scalar = LibXML.nonXMLCharacter(in: bytes, at: index) else { continue }
                let place = SourceDocument.lineAndColumn(in: document.bytes, at: index)
                warn(Finding(
                    file: document.path, line: place.line, column: place.column, severity: .warning, rule: "xml-character",
                    message: "\(LibXML.codePoint(scalar)) at byte offset \(document.originalOffset(index)) cannot be written to XML 1.0 and was removed from the TMX",
                    remedy: "remove control characters from the source text (for example with tr -d '\\000-\\010\\013\\014\\016-\\037')"))
            }
        }
        return TMXExport.removingNonXMLCharacters(segment.text)
    }

    /// A translation without the characters XML 1.0 cannot carry, warning once per removed character.
    private func xmlSafe(translation: String, of segment: Segment, in document: SourceDocument, warn: (Finding) -> Void) -> String {
        for scalar in translation.unicodeScalars where !LibXML.isXMLCharacter(scalar) {
            warn(Finding(
                file: document.path, severity: .warning, rule: "xml-character",
                message: "\(LibXML.codePoint(scalar)) in the translation of segment \(segment.index) cannot be written to XML 1.0 and was removed from the TMX",
                remedy: "remove control characters from the translation"))
        }
        return TMXExport.removingNonXMLCharacters(translation)
    }

    private static func removingNonXMLCharacters(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter(LibXML.isXMLCharacter)))
    }
}
