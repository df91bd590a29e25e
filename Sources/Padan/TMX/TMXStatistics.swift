/// Figures about a translation memory, gathered in one streaming pass (`padan tmx stats`).
public struct TMXStatistics: Sendable, Equatable {
    /// Counts for one language.
    public struct LanguageCounts: Sendable, Equatable {
        /// Variants (`<tuv>`) in the language.
        public var segments = 0
        /// Of those, segments with no text.
        public var emptySegments = 0
        /// Words (runs of letters and digits) in the segments' text.
        public var words = 0
        /// Characters of text (Unicode scalars), without inline codes.
        public var characters = 0
    }

    /// The file.
    public var file: String
    /// The `version` of `<tmx>`.
    public var version: String?
    /// The header's `creationtool` and `creationtoolversion`, joined.
    public var creationTool: String?
    /// The header's `srclang`.
    public var sourceLanguage: String?
    /// Units.
    public var units = 0
    /// Counts by language, keyed by the canonical tag (case and deprecated codes normalised).
    public var languages: [String: LanguageCounts] = [:]
    /// Units with at least one inline element (formatting codes) in a segment.
    public var unitsWithInlineCodes = 0
    /// Units whose variants equal an earlier unit's (what `padan tmx merge --dedupe` would drop).
    public var duplicateUnits = 0
    /// Units whose source segment an earlier unit has too, with a different translation.
    public var conflictingTranslations = 0
    /// Units with a `tuid` an earlier unit already used.
    public var duplicateIdentifiers = 0

    /// Reads the TMX at `path` (`-` for standard input) and counts.
    public static func measure(path: String) throws(PadanError) -> TMXStatistics {
        let reader = try TMXReader(path: path)
        var statistics = TMXStatistics(file: path)
        statistics.version = reader.version
        let header = reader.header
        statistics.creationTool = header.attributes["creationtool"].map { tool in
            [tool, header.attributes["creationtoolversion"]].compactMap { $0 }.joined(separator: " ")
        }
        statistics.sourceLanguage = header.sourceLanguage
        var canonicalTags: [String: String] = [:]
        var seenUnits = Set<Int>()
        var translationsBySource: [Int: Int] = [:]
        var identifiers = Set<String>()
        func canonical(_ tag: String) -> String {
            if let known = canonicalTags[tag] { return known }
            let form = LanguageTag.canonicalForm(of: tag)
            canonicalTags[tag] = form
            return form
        }
        while var unit = try reader.next() {
            statistics.units += 1
            for index in unit.variants.indices { unit.variants[index].language = canonical(unit.variants[index].language) }
            var hasCodes = false
            var source: TMXVariant?
            var others = Hasher()
            let unitSource = (unit.attributes["srclang"] ?? header.sourceLanguage).map(canonical)
            for variant in unit.variants {
                let tag = variant.language
                let text = variant.segment.plainText
                var counts = statistics.languages[tag, default: LanguageCounts()]
                counts.segments += 1
                if text.allSatisfy(\.isWhitespace) { counts.emptySegments += 1 }
                counts.characters += text.unicodeScalars.count
                counts.words += wordCount(text)
                statistics.languages[tag] = counts
                hasCodes = hasCodes || variant.segment.contains { if case .element = $0 { true } else { false } }
                if source == nil, let unitSource, variant.language.caseInsensitiveEquals(unitSource) {
                    source = variant
                } else {
                    others.combine(tag.lowercased())
                    others.combine(variant.segment)
                }
            }
            if hasCodes { statistics.unitsWithInlineCodes += 1 }
            if !seenUnits.insert(unit.contentHash).inserted {
                statistics.duplicateUnits += 1
            } else if let source, unit.variants.count > 1 {
                var sourceHasher = Hasher()
                sourceHasher.combine(source.segment)
                let key = sourceHasher.finalize()
                let translation = others.finalize()
                if let earlier = translationsBySource[key] {
                    if earlier != translation { statistics.conflictingTranslations += 1 }
                } else {
                    translationsBySource[key] = translation
                }
            }
            if let id = unit.id, !identifiers.insert(id).inserted { statistics.duplicateIdentifiers += 1 }
        }
        return statistics
    }

    private static func wordCount(_ text: String) -> Int {
        var words = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordCharacter && !inWord { words += 1 }
            inWord = isWordCharacter
        }
        return words
    }
}
