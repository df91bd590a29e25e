/// A source sentence and its translation, as terminology QA reads them: from a TMX unit or an aligned pair.
public struct TranslationPair: Sendable {
    /// The unit id (`tuid`, or `unit N`), or the aligned segments (`seeds/000.txt [4,5]`).
    public var id: String
    /// The file it came from.
    public var file: String
    /// 1-based line in that file, when known (the `<tu>`'s line in a TMX file).
    public var line: Int?
    /// The Indonesian text.
    public var source: String
    /// The English text.
    public var target: String

    /// Creates a pair.
    public init(id: String, file: String, line: Int?, source: String, target: String) {
        self.id = id
        self.file = file
        self.line = line
        self.source = source
        self.target = target
    }
}

extension TranslationPair {
    /// The Indonesian–English pairs of a TMX file's units, streamed (units without both languages are skipped);
    /// `-` reads standard input.
    public static func pairs(inTMX path: String) throws(PadanError) -> [TranslationPair] {
        let reader = try TMXReader(path: path)
        var pairs: [TranslationPair] = []
        var number = 0
        while let unit = try reader.next() {
            number += 1
            guard let source = unit.variant(in: "id"), let target = unit.variant(in: "en") else { continue }
            pairs.append(TranslationPair(
                id: unit.id ?? "unit \(number)", file: path, line: unit.line > 0 ? unit.line : nil,
                source: source.segment.plainText, target: target.segment.plainText))
        }
        return pairs
    }

    /// The pairs of an alignment with at least `minimumConfidence`, named by their file and bead
    /// (`seeds/000.txt [4,5] ↔ [3]`), at the line of their first source segment.
    public static func pairs(
        of alignment: Alignment, source: SegmentedDocument, target: SegmentedDocument, minimumConfidence: Double
    ) -> [TranslationPair] {
        alignment.pairs.filter { $0.confidence >= minimumConfidence }.map { bead in
            TranslationPair(
                id: "\(source.document.path) \(bead.label)", file: source.document.path,
                line: SourceDocument.lineAndColumn(in: source.document.bytes, at: source.textRanges[bead.source.lowerBound].lowerBound).line,
                source: bead.source.map { source.segments[$0].text }.joined(separator: " "),
                target: bead.target.map { target.segments[$0].text }.joined(separator: " "))
        }
    }
}

/// One problem terminology QA found in a translation.
public struct TranslationFinding: Sendable, Hashable {
    /// What was checked.
    public enum Rule: String, Sendable, CaseIterable {
        /// A concept in the source has none of its preferred or admitted English forms in the target.
        case missingTerm = "missing-term"
        /// The target uses an English form the glossary marks deprecated.
        case deprecatedTerm = "deprecated-term"
        /// The same concept is rendered by different English forms across the file.
        case inconsistency
        /// A number of the source is missing from the target or different there.
        case number
    }

    /// The rule.
    public var rule: Rule
    /// The pair's id.
    public var unit: String
    /// The file and, when known, the line of the pair.
    public var file: String
    public var line: Int?
    /// The glossary concept concerned (not for numbers).
    public var concept: String?
    /// Excerpts of the source and target around the problem.
    public var source: String
    public var target: String
    /// What is wrong.
    public var message: String
    /// What to do.
    public var remedy: String
}

/// Terminology QA of translations against the glossary, as Xbench or Verifika do it: missing and deprecated
/// terms, inconsistent renderings across a file, and numbers.
///
/// English forms are matched tolerantly (case, plural `-s`/`-es`, possessive `'s`). Derived Indonesian hits
/// (`pengiriman pasukan` for the verb `mengirim pasukan`) are not required in the target, since a translation
/// may render the noun freely. An ambiguous source term (`PBB`) is satisfied by any of its concepts. For
/// consistency, only full forms and variants count as renderings: an abbreviation, a short form or an adjective
/// next to the full form (`U.N.`, `Austin`, `North Korean` beside `United Nations`, `Lloyd Austin`,
/// `North Korea`) is not a second rendering.
public struct TranslationChecker: Sendable {
    /// The glossary checked against.
    public let glossary: Glossary
    let sourceMatcher: TermMatcher
    let targetMatcher: TermMatcher
    private let sourceNumbers = AnchorReader(language: .indonesian, kinds: [.numbers])
    private let targetNumbers = AnchorReader(language: .english, kinds: [.numbers])

    /// A checker for `glossary`.
    public init(glossary: Glossary) {
        self.glossary = glossary
        self.sourceMatcher = TermMatcher(glossary: glossary, language: .indonesian)
        self.targetMatcher = TermMatcher(glossary: glossary, language: .english)
    }

    /// Every finding in `pairs`, in pair order; inconsistencies come at the pair where a second rendering
    /// first appears.
    public func check(_ pairs: [TranslationPair]) -> [TranslationFinding] {
        var findings: [(order: Int, finding: TranslationFinding)] = []
        var renderings: [Int: [Int: (count: Int, first: Int)]] = [:]
        for (order, pair) in pairs.enumerated() {
            let sourceHits = sourceMatcher.hits(in: pair.source)
            let targetHits = resolve(targetMatcher.hits(in: pair.target), toConceptsOf: sourceHits)
            let targetConcepts = Set(targetHits.filter { !$0.isDeprecated }.map(\.conceptIndex))
            for hit in sourceHits where hit.kind != .derived {
                let concepts = [hit.conceptIndex] + hit.alternativeConcepts
                let renderable = concepts.filter { !allowedEnglish(glossary.concepts[$0]).isEmpty }
                guard !renderable.isEmpty, !renderable.contains(where: targetConcepts.contains) else { continue }
                let concept = glossary.concepts[hit.conceptIndex]
                let forms = allowedEnglish(concept).map(\.text)
                findings.append((order, finding(
                    .missingTerm, pair, concept: concept.id, source: excerpt(pair.source, around: hit.utf8Range),
                    target: excerpt(pair.target, around: nil),
                    message: "“\(hit.source)” (\(concept.id)) is not rendered: the target has none of "
                        + forms.map { "“\($0)”" }.joined(separator: ", "),
                    remedy: "translate it as “\(forms[0])”")))
            }
            for hit in targetHits {
                let concept = glossary.concepts[hit.conceptIndex]
                if hit.isDeprecated {
                    let preferred = concept.preferredEnglish?.text ?? "the glossary's rendering"
                    findings.append((order, finding(
                        .deprecatedTerm, pair, concept: concept.id, source: excerpt(pair.source, around: nil),
                        target: excerpt(pair.target, around: hit.utf8Range),
                        message: "“\(hit.source)” is deprecated for \(concept.id)", remedy: "use “\(preferred)”")))
                    continue
                }
                let form = concept.english[hit.termIndex]
                guard form.type == .fullForm || form.type == .variant, form.partOfSpeech != .adjective else { continue }
                var forms = renderings[hit.conceptIndex, default: [:]]
                if let seen = forms[hit.termIndex] {
                    forms[hit.termIndex] = (seen.count + 1, seen.first)
                } else {
                    forms[hit.termIndex] = (1, order)
                }
                renderings[hit.conceptIndex] = forms
            }
            let englishKeys = SentenceFeatures.sortedKeys(of: targetNumbers.numbers(in: pair.target).map(\.anchor))
            englishKeys.withUnsafeBufferPointer { keys in
                for number in sourceNumbers.numbers(in: pair.source) where !number.anchor.isFound(in: keys) {
                    findings.append((order, finding(
                        .number, pair, concept: nil, source: excerpt(pair.source, around: pair.source.utf8Range(of: number.text)),
                        target: excerpt(pair.target, around: nil),
                        message: "the number “\(number.text)” is missing from the target or different there",
                        remedy: "check the number (Indonesian 1.500 and 2,5 are English 1,500 and 2.5)")))
                }
            }
        }
        for (conceptIndex, forms) in renderings.sorted(by: { $0.key < $1.key }) where forms.count > 1 {
            let concept = glossary.concepts[conceptIndex]
            let ordered = forms.sorted { $0.value.first < $1.value.first }
            let second = ordered[1].value.first
            let described = ordered.map { "“\(concept.english[$0.key].text)” \($0.value.count)×" }.joined(separator: ", ")
            let pair = pairs[second]
            findings.append((second, finding(
                .inconsistency, pair, concept: concept.id, source: excerpt(pair.source, around: nil),
                target: excerpt(pair.target, around: nil),
                message: "\(concept.id) is rendered \(forms.count) ways in the file: \(described)",
                remedy: "use “\(concept.preferredEnglish?.text ?? concept.english[0].text)” throughout")))
        }
        return findings.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }.map(\.element.finding)
    }

    /// Target hits with each ambiguous English term (`envoy`: `utusan` or `perwakilan`) assigned to the
    /// concept the source sentence has, when it has one of them (with `termIndex` into that concept).
    func resolve(_ targetHits: [TermHit], toConceptsOf sourceHits: [TermHit]) -> [TermHit] {
        let sourceConcepts = Set(sourceHits.flatMap { [$0.conceptIndex] + $0.alternativeConcepts })
        return targetHits.map { hit in
            guard !sourceConcepts.contains(hit.conceptIndex),
                let chosen = hit.alternativeConcepts.first(where: sourceConcepts.contains),
                hit.termIndex < glossary.concepts[hit.conceptIndex].english.count
            else { return hit }
            let text = TermNormalizer.normalize(glossary.concepts[hit.conceptIndex].english[hit.termIndex].text)
            guard let term = glossary.concepts[chosen].english.firstIndex(where: { TermNormalizer.normalize($0.text) == text })
            else { return hit }
            var resolved = hit
            resolved.conceptIndex = chosen
            resolved.termIndex = term
            resolved.alternativeConcepts = [hit.conceptIndex] + hit.alternativeConcepts.filter { $0 != chosen }
            return resolved
        }
    }

    /// The English forms a translation may use: preferred and admitted.
    private func allowedEnglish(_ concept: Concept) -> [Term] {
        concept.english.filter { $0.status != .deprecated }.sorted { ($0.status == .preferred ? 0 : 1) < ($1.status == .preferred ? 0 : 1) }
    }

    private func finding(
        _ rule: TranslationFinding.Rule, _ pair: TranslationPair, concept: String?, source: String, target: String,
        message: String, remedy: String
    ) -> TranslationFinding {
        TranslationFinding(
            rule: rule, unit: pair.id, file: pair.file, line: pair.line, concept: concept, source: source, target: target,
            message: message, remedy: remedy)
    }

    /// At most about 90 characters of `text`, around `range` (UTF-8 offsets) when given, with `…` where cut.
    private func excerpt(_ text: String, around range: Range<Int>?) -> String {
        let limit = 90
        let scalars = Array(text.unicodeScalars)
        guard scalars.count > limit else { return text }
        var center = 0
        if let range {
            center = String(decoding: text.utf8.prefix(range.lowerBound), as: UTF8.self).unicodeScalars.count
        }
        let start = max(0, min(center - limit / 3, scalars.count - limit))
        let end = min(scalars.count, start + limit)
        let middle = String(String.UnicodeScalarView(scalars[start..<end]))
        return (start > 0 ? "…" : "") + middle + (end < scalars.count ? "…" : "")
    }
}

extension String {
    /// The UTF-8 range of the first occurrence of `other`, if any.
    fileprivate func utf8Range(of other: String) -> Range<Int>? {
        let bytes = Array(utf8)
        let needle = Array(other.utf8)
        guard !needle.isEmpty, needle.count <= bytes.count else { return nil }
        for start in 0...(bytes.count - needle.count) where bytes[start..<(start + needle.count)].elementsEqual(needle) {
            return start..<(start + needle.count)
        }
        return nil
    }
}
