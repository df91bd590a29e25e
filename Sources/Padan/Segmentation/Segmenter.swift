/// Finds the trimmed byte ranges of a text's segments; implemented by the built-in engine and the SRX engine.
protocol BoundaryFinder: Sendable {
    /// Non-empty, ordered, non-overlapping ranges, each starting and ending on a non-whitespace character, that
    /// together cover every non-whitespace byte of `text`.
    func segmentRanges(in text: TextView) -> [Range<Int>]
}

/// Splits documents into sentences, losslessly.
///
/// The built-in engine knows Indonesian (and English) news text: abbreviations, numbers, quotes, hard-wrapped
/// lines and web boilerplate. An SRX 2.0 rule set can replace its sentence rules (see `SRXRuleSet`), for
/// segmenting exactly as a CAT tool configured with the same file would.
public struct Segmenter: Sendable {
    /// The language whose rules apply.
    public let language: SegmentationLanguage
    let finder: any BoundaryFinder
    let boilerplate = BoilerplateClassifier()

    /// A segmenter with padan's built-in rules for `language`.
    public init(language: SegmentationLanguage = .indonesian) {
        self.language = language
        self.finder = RuleBasedBoundaryFinder(rules: language.rules)
    }

    init(language: SegmentationLanguage, finder: any BoundaryFinder) {
        self.language = language
        self.finder = finder
    }

    /// Segments a document. Never fails: any text has a segmentation.
    public func segment(_ document: SourceDocument) -> SegmentedDocument {
        document.bytes.withUnsafeBufferPointer { buffer in
            let text = TextView(bytes: buffer)
            let ranges = finder.segmentRanges(in: text)
            var segments: [Segment] = []
            segments.reserveCapacity(ranges.count)
            for (index, range) in ranges.enumerated() {
                let start = document.originalOffset(range.lowerBound)
                let end = document.originalOffset(range.upperBound)
                segments.append(
                    Segment(
                        index: index, span: start..<end,
                        text: SegmentText.collapsed(text, range, unescapingQuotes: true),
                        isBoilerplate: boilerplate.isBoilerplate(text, range)))
            }
            return SegmentedDocument(document: document, segments: segments, textRanges: ranges)
        }
    }

    /// Segments a string (a convenience for tests and library users).
    public func segment(_ text: String, path: String = "-") -> SegmentedDocument {
        segment(SourceDocument(path: path, text: text))
    }
}

/// The built-in engine: line layout into blocks, then sentence rules inside each block.
struct RuleBasedBoundaryFinder: BoundaryFinder {
    let rules: LanguageRules

    func segmentRanges(in text: TextView) -> [Range<Int>] {
        let layout = LineLayout(text: text, rules: rules, boilerplate: BoilerplateClassifier())
        let scanner = SentenceScanner(text: text, rules: rules)
        var ranges: [Range<Int>] = []
        for block in layout.blocks() {
            scanner.split(block, into: &ranges)
        }
        return ranges
    }
}
