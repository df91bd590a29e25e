import Testing

@testable import Padan

@Suite("Terminology QA and concordance")
struct TranslationCheckTests {
    static let glossary = Glossary(concepts: [
        Concept(
            id: "korea-utara", domain: "place", indonesian: [Term("Korea Utara", status: .preferred), Term("Korut", type: .abbreviation)],
            english: [Term("North Korea", status: .preferred), Term("DPRK", type: .abbreviation), Term("North Korean", partOfSpeech: .adjective)]),
        Concept(
            id: "kementerian-luar-negeri", domain: "government", indonesian: [Term("Kementerian Luar Negeri", status: .preferred)],
            english: [Term("Ministry of Foreign Affairs", status: .preferred), Term("Foreign Office", type: .variant),
                      Term("Department of Foreign Affairs", status: .deprecated)]),
        Concept(id: "utusan", domain: "diplomacy", indonesian: [Term("utusan", status: .preferred)], english: [Term("envoy", status: .preferred)]),
        Concept(id: "perwakilan", domain: "diplomacy", indonesian: [Term("perwakilan", status: .preferred)],
                english: [Term("representative", status: .preferred), Term("envoy")]),
    ])

    static func pair(_ id: String, _ source: String, _ target: String) -> TranslationPair {
        TranslationPair(id: id, file: "x.tmx", line: 1, source: source, target: target)
    }

    @Test func findsMissingAndDeprecatedTermsAndWrongNumbers() {
        let findings = TranslationChecker(glossary: Self.glossary).check([
            Self.pair("1", "Kementerian Luar Negeri mengatakan Korut menembakkan 1.500 rudal.", "The Department of Foreign Affairs said Pyongyang fired 1,600 missiles."),
        ])
        #expect(findings.map(\.rule) == [.missingTerm, .missingTerm, .deprecatedTerm, .number])
        #expect(findings[1].concept == "korea-utara")
        #expect(findings[1].remedy == "translate it as “North Korea”")
        #expect(findings[2].remedy == "use “Ministry of Foreign Affairs”")
    }

    @Test func toleratesCasePluralPossessiveAndNumberConventions() {
        let findings = TranslationChecker(glossary: Self.glossary).check([
            Self.pair("1", "Korut menembakkan 1.500 rudal dan 2,5 ton bahan bakar.", "NORTH KOREA's military fired 1,500 missiles and 2.5 tons of fuel."),
            Self.pair("2", "Pasukan Korea Utara tiba.", "North Korean troops arrived."),
        ])
        #expect(findings.isEmpty, "\(findings.map(\.message))")
    }

    @Test func reportsInconsistentRenderingsOnceAtTheSecondForm() {
        let findings = TranslationChecker(glossary: Self.glossary).check([
            Self.pair("1", "Kementerian Luar Negeri bereaksi.", "The Ministry of Foreign Affairs reacted."),
            Self.pair("2", "Kementerian Luar Negeri bereaksi lagi.", "The Foreign Office reacted again."),
            Self.pair("3", "Kementerian Luar Negeri diam.", "The Ministry of Foreign Affairs was silent."),
        ])
        #expect(findings.map(\.rule) == [.inconsistency])
        #expect(findings.first?.unit == "2")
        #expect(findings.first?.message.contains("“Ministry of Foreign Affairs” 2×, “Foreign Office” 1×") == true)
    }

    @Test func anAmbiguousEnglishTermCountsForTheConceptTheSourceHas() {
        let checker = TranslationChecker(glossary: Self.glossary)
        #expect(checker.check([Self.pair("1", "Utusan itu tiba.", "The envoy arrived.")]).isEmpty)
        #expect(checker.check([Self.pair("1", "Perwakilan itu tiba.", "The envoy arrived.")]).isEmpty)
    }

    @Test func concordanceCountsRenderingsAndKeepsFiveExamples() {
        var pairs = (0..<6).map { Self.pair("n\($0)", "Korut menembak.", "North Korea fired.") }
        pairs.append(Self.pair("d", "Korut menembak lagi.", "The DPRK fired again."))
        pairs.append(Self.pair("x", "Korut diam.", "Pyongyang was silent."))
        let entry = TermConcordance(pairs: pairs, glossary: Self.glossary).entry(conceptID: "korea-utara")
        #expect(entry?.renderings.map(\.form) == ["North Korea", "DPRK", nil])
        #expect(entry?.renderings.map(\.count) == [6, 1, 1])
        #expect(entry?.examples.map(\.id) == ["n0", "n1", "n2", "d", "x"])
        #expect(TermConcordance(pairs: pairs, glossary: Self.glossary).entry(conceptID: "utusan") == nil)
    }
}
