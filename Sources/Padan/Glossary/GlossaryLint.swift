/// Checks a termbase for what makes terminology unreliable: duplicate ids, ambiguous Indonesian terms, missing
/// preferred renderings, deprecated terms that are also allowed, unknown domains, and untidy text.
public enum GlossaryLint {
    /// Checks `glossary` (its parse findings are reported by `Glossary.read` and come first).
    public static func check(_ glossary: Glossary) -> [Finding] {
        var findings: [Finding] = []
        checkIds(glossary.concepts, &findings)
        for concept in glossary.concepts {
            checkConcept(concept, &findings)
        }
        checkAmbiguity(glossary.concepts, &findings)
        checkDeprecatedConflicts(glossary.concepts, &findings)
        return findings
    }

    private static func finding(
        _ concept: Concept, cell: Int, severity: Finding.Severity = .error, rule: String, _ message: String,
        remedy: String
    ) -> Finding {
        Finding(file: concept.location?.file ?? "-", line: concept.location?.line,
            column: concept.location?.column(ofCell: cell), severity: severity, rule: rule, message: message,
            remedy: remedy)
    }

    private static func checkIds(_ concepts: [Concept], _ findings: inout [Finding]) {
        var seen: [String: Concept] = [:]
        for concept in concepts {
            if let first = seen[concept.id] {
                findings.append(finding(concept, cell: 0, rule: "duplicate-id",
                    "concept id '\(concept.id)' is already used at \(first.location?.description ?? "?")",
                    remedy: "ids must be unique across all glossary files; rename one or merge the two concepts"))
            } else {
                seen[concept.id] = concept
            }
            let kebab = concept.id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
            if !kebab || concept.id.hasPrefix("-") || concept.id.hasSuffix("-") || concept.id.contains("--") {
                findings.append(finding(concept, cell: 0, severity: .warning, rule: "id-format",
                    "concept id '\(concept.id)' is not lower-case kebab-case",
                    remedy: "use lower-case ASCII letters, digits and single hyphens (e.g. kementerian-luar-negeri)"))
            }
        }
    }

    private static func checkConcept(_ concept: Concept, _ findings: inout [Finding]) {
        if Domain(rawValue: concept.domain) == nil {
            findings.append(finding(concept, cell: 1, rule: "unknown-domain", "unknown domain '\(concept.domain)'",
                remedy: "use one of: " + Domain.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        for (language, cell) in [(GlossaryLanguage.indonesian, 2), (.english, 3)] {
            let terms = concept.terms(language)
            let name = language == .indonesian ? "Indonesian" : "English"
            if !terms.contains(where: { $0.status == .preferred }) {
                findings.append(finding(concept, cell: cell, rule: "missing-preferred",
                    "no preferred \(name) term", remedy: "mark one \(name) term preferred (the first term is, by default)"))
            }
            var seen = Set<String>()
            for term in terms {
                if !seen.insert(term.text).inserted {
                    findings.append(finding(concept, cell: cell, severity: .warning, rule: "duplicate-term",
                        "'\(term.text)' is listed twice", remedy: "remove the repetition"))
                }
                checkText(term.text, what: "\(name) term '\(term.text)'", concept: concept, cell: cell, &findings)
                if term.status == .deprecated,
                    terms.contains(where: { $0.text == term.text && $0.status != .deprecated })
                {
                    findings.append(finding(concept, cell: cell, rule: "deprecated-conflict",
                        "'\(term.text)' is both deprecated and allowed", remedy: "keep one status"))
                }
            }
        }
        checkText(concept.note, what: "note", concept: concept, cell: 4, &findings)
        checkText(concept.source, what: "source", concept: concept, cell: 5, &findings)
    }

    /// Stray or doubled spaces and typographic or unbalanced quotes make look-ups and diffs unreliable.
    private static func checkText(_ text: String, what: String, concept: Concept, cell: Int, _ findings: inout [Finding]) {
        guard !text.isEmpty else { return }
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            findings.append(finding(concept, cell: cell, severity: .warning, rule: "stray-whitespace",
                "\(what) starts or ends with whitespace", remedy: "trim it"))
        }
        if text.contains("  ") || text.contains("\u{00A0}") || text.contains("\t") {
            findings.append(finding(concept, cell: cell, severity: .warning, rule: "doubled-space",
                "\(what) contains a doubled space, a tab or a non-breaking space", remedy: "use single plain spaces"))
        }
        let isTerm = cell == 2 || cell == 3
        let straight = text.filter { $0 == "\"" }.count
        if (isTerm && text.contains(where: { "“”‘’`´".contains($0) })) || straight % 2 == 1 {
            findings.append(finding(concept, cell: cell, severity: .warning, rule: "odd-quotes",
                "\(what) has typographic or unbalanced quotes",
                remedy: "write terms with straight ASCII quotes and apostrophes, and close every quote"))
        }
    }

    /// The same Indonesian term in two concepts makes every match ambiguous, unless both notes say it is meant.
    private static func checkAmbiguity(_ concepts: [Concept], _ findings: inout [Finding]) {
        var owners: [String: Concept] = [:]
        for concept in concepts {
            for term in Set(concept.indonesian.map { TermKey(term: $0) }) {
                guard let other = owners[term.key] else {
                    owners[term.key] = concept
                    continue
                }
                if other.id != concept.id && !(other.isAmbiguityIntended && concept.isAmbiguityIntended) {
                    findings.append(finding(concept, cell: 2, rule: "ambiguous-term",
                        "Indonesian term '\(term.text)' also belongs to concept '\(other.id)' (\(other.location?.description ?? "?"))",
                        remedy: "merge the concepts, remove the term from one, or start both notes with [ambiguous-ok]"))
                }
            }
        }
    }

    /// A term deprecated in one concept but allowed in another (same language) gives contradictory advice.
    private static func checkDeprecatedConflicts(_ concepts: [Concept], _ findings: inout [Finding]) {
        for language in GlossaryLanguage.allCases {
            var allowed: [String: Concept] = [:]
            for concept in concepts {
                for term in concept.terms(language) where term.status != .deprecated {
                    allowed[TermKey(term: term).key] = allowed[TermKey(term: term).key] ?? concept
                }
            }
            for concept in concepts {
                for term in concept.terms(language) where term.status == .deprecated {
                    if let other = allowed[TermKey(term: term).key], other.id != concept.id {
                        findings.append(finding(concept, cell: language == .indonesian ? 2 : 3, rule: "deprecated-conflict",
                            "'\(term.text)' is deprecated here but allowed in concept '\(other.id)'",
                            remedy: "decide whether the term may be used and mark it the same way in both"))
                    }
                }
            }
        }
    }

    /// A term compared the way matching compares it: exactly for capitalised abbreviations, else case-folded.
    private struct TermKey: Hashable {
        let key: String
        let text: String

        init(term: Term) {
            text = term.text
            key = term.isCaseSensitive ? term.text : term.text.lowercased()
        }
    }
}
