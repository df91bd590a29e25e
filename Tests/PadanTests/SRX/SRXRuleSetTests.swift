import Foundation
import Padan
import Testing

@Suite("SRXRuleSet")
struct SRXRuleSetTests {
    @Test func parsesAHandWrittenSRX20File() throws {
        let set = try SRXRuleSet.load(path: Fixtures.srx("sample.srx"))
        #expect(set.segmentSubflows == false)
        #expect(set.cascade == true)
        #expect(
            set.formatHandles == [
                SRXFormatHandle(kind: .start, include: false), SRXFormatHandle(kind: .end, include: true),
                SRXFormatHandle(kind: .isolated, include: true),
            ])
        #expect(set.languageRules.map(\.name) == ["Indonesian", "Default"])
        let indonesian = set.languageRules[0].rules
        #expect(indonesian.count == 2)
        #expect(indonesian[0].isBreak == false)
        #expect(indonesian[0].beforeBreak == #"\b(?:Dr|Jl|No)\."#)
        #expect(indonesian[0].afterBreak == #"\s"#)
        let fallback = set.languageRules[1].rules
        // A rule without a break attribute breaks (the SRX default); a rule may have only one pattern.
        #expect(fallback[0].isBreak == true)
        #expect(fallback[1].beforeBreak == #"\n"#)
        #expect(fallback[1].afterBreak == nil)
        #expect(set.languageMaps.map(\.languagePattern) == ["id.*", ".*"])
        #expect(set.languageMaps.map(\.languageRuleName) == ["Indonesian", "Default"])
    }

    @Test func cascadeCollectsTheRulesOfEveryMatchingMap() throws {
        let set = try SRXRuleSet.load(path: Fixtures.srx("sample.srx"))
        let indonesian = set.languageRules[0].rules
        let fallback = set.languageRules[1].rules
        #expect(set.rules(for: "id") == indonesian + fallback)
        #expect(set.rules(for: "id-ID") == indonesian + fallback)
        // Language codes are case-insensitive.
        #expect(set.rules(for: "ID") == indonesian + fallback)
        #expect(set.rules(for: "en") == fallback)
    }

    @Test func withoutCascadeTheFirstMatchingMapWins() throws {
        let set = try SRXRuleSet.load(path: Fixtures.srx("no-cascade.srx"))
        #expect(set.cascade == false)
        #expect(set.rules(for: "id") == set.languageRules[0].rules)
        #expect(set.rules(for: "en") == set.languageRules[1].rules)
    }

    @Test func languagePatternsMatchTheWholeCode() throws {
        let rule = try SRXRule(isBreak: true, beforeBreak: #"\."#, afterBreak: nil)
        let set = try SRXRuleSet(
            languageRules: [SRXLanguageRule(name: "Indonesian", rules: [rule])],
            languageMaps: [SRXLanguageMap(languagePattern: "id.*", languageRuleName: "Indonesian")])
        #expect(set.rules(for: "id") == [rule])
        #expect(set.rules(for: "kid").isEmpty)
        #expect(set.rules(for: "in").isEmpty)
        #expect(set.rules(for: "fr").isEmpty)
    }

    @Test func readsSRX10Files() throws {
        let set = try SRXRuleSet.load(path: Fixtures.srx("srx10.srx"))
        #expect(set.cascade == false)
        #expect(set.languageRules.map(\.name) == ["Default"])
        #expect(set.rules(for: "id").count == 2)
        let segmenter = Segmenter(language: .indonesian, srx: set)
        let segments = segmenter.segment("Dr. Budi datang. Dia pulang.").segments.map(\.text)
        #expect(segments == ["Dr. Budi datang.", "Dia pulang."])
    }

    @Test func segmentsWithTheSampleRules() throws {
        let set = try SRXRuleSet.load(path: Fixtures.srx("sample.srx"))
        let text = "Dr. Budi tinggal di Jl. Merdeka No. 5. Harga naik 2.5 persen. dia pulang! Ya.\nBaris baru"
        let segments = Segmenter(language: .indonesian, srx: set).segment(text).segments.map(\.text)
        #expect(
            segments == [
                "Dr. Budi tinggal di Jl. Merdeka No. 5.", "Harga naik 2.5 persen. dia pulang!", "Ya.", "Baris baru",
            ])
        // English falls through to the default rules only: the abbreviation exception is Indonesian.
        let english = Segmenter(language: .english, srx: set).segment("Dr. Budi came. He left.").segments.map(\.text)
        #expect(english == ["Dr.", "Budi came.", "He left."])
    }

    /// Loads a malformed fixture and returns the error.
    private func loadError(_ name: String) throws -> PadanError? {
        let path = Fixtures.srx(name)
        let error = #expect(throws: PadanError.self) { _ = try SRXRuleSet.load(path: path) }
        #expect(error?.code == .malformed)
        #expect(error?.file == path)
        #expect(error?.remedy != nil)
        return error
    }

    @Test func anInvalidRegexNamesItsLine() throws {
        let error = try loadError("bad-regex.srx")
        #expect(error?.line == 12)
        #expect(error?.message.contains("<beforebreak>") == true)
        #expect(error?.message.contains("(?:Dr|Prof\\.") == true)
    }

    @Test func aMapToAnUnknownRuleNamesItsLine() throws {
        let error = try loadError("unknown-rule.srx")
        #expect(error?.line == 14)
        #expect(error?.message.contains("\"English\"") == true)
        #expect(error?.remedy?.contains("\"Default\"") == true)
    }

    @Test func aRuleWithoutPatternsNamesItsLine() throws {
        let error = try loadError("empty-rule.srx")
        #expect(error?.line == 10)
        #expect(error?.message.contains("neither") == true)
    }

    @Test func theWrongRootElementIsRefused() throws {
        let error = try loadError("wrong-root.srx")
        #expect(error?.line == 2)
        #expect(error?.message.contains("<tmx>") == true)
    }

    @Test func nonXMLAndBrokenXMLAreRefusedWithTheirLine() throws {
        #expect(try loadError("not-xml.srx")?.line == 1)
        #expect(try loadError("unclosed.srx")?.line == 9)
    }

    @Test func aMissingFileIsUnreadable() throws {
        let path = Fixtures.srx("does-not-exist.srx")
        let error = #expect(throws: PadanError.self) { _ = try SRXRuleSet.load(path: path) }
        #expect(error?.code == .unreadable)
    }

    @Test func rulesValidateTheirPatterns() throws {
        #expect(throws: PadanError.self) { _ = try SRXRule(isBreak: true, beforeBreak: nil, afterBreak: nil) }
        #expect(throws: PadanError.self) { _ = try SRXRule(isBreak: true, beforeBreak: "[a-", afterBreak: nil) }
        // Each pattern must be valid on its own, not only when the two are joined.
        #expect(throws: PadanError.self) { _ = try SRXRule(isBreak: true, beforeBreak: "a)(?:b", afterBreak: "c") }
        #expect(throws: PadanError.self) { _ = try SRXLanguageMap(languagePattern: "id(", languageRuleName: "x") }
        let rule = try SRXRule(isBreak: false, beforeBreak: "", afterBreak: #"\s"#)
        #expect(rule.beforeBreak == "")
    }

    @Test func mapsMustNameExistingRules() throws {
        let error = #expect(throws: PadanError.self) {
            _ = try SRXRuleSet(
                languageRules: [], languageMaps: [SRXLanguageMap(languagePattern: ".*", languageRuleName: "Nope")])
        }
        #expect(error?.message.contains("Nope") == true)
    }
}
