import Padan
import Testing

@Suite("LanguageTag")
struct LanguageTagTests {
    /// The parsed tag; a failed parse throws its problem, which fails the test.
    private func tag(_ text: String) throws -> LanguageTag {
        try LanguageTag.parse(text).get()
    }

    /// The problem `parse` fails with; `nil` (and a test failure) if the tag parses.
    private func problem(_ text: String) -> LanguageTag.Problem? {
        guard case .failure(let problem) = LanguageTag.parse(text) else {
            Issue.record("\(text) parsed, but should not")
            return nil
        }
        return problem
    }

    @Test func theRegistryResourceIsLoaded() {
        #expect(LanguageTag.registryDate != nil)
    }

    @Test(arguments: [
        ("id", "id"), ("en", "en"), ("en-US", "en-US"), ("EN-us", "en-US"), ("zh-Hant-TW", "zh-Hant-TW"),
        ("zh-hant-tw", "zh-Hant-TW"), ("sr-Latn-RS", "sr-Latn-RS"), ("es-419", "es-419"),
        ("de-CH-1996", "de-CH-1996"), ("sl-rozaj-biske", "sl-rozaj-biske"), ("az-Latn-x-latn", "az-Latn-x-latn"),
        ("x-private", "x-private"), ("X-Private", "x-private"), ("en-US-x-twain", "en-US-x-twain"),
        ("en-us-X-Twain-AB", "en-US-x-twain-ab"), ("qaa", "qaa"), ("qtz-Qabx-QM", "qtz-Qabx-QM"),
        ("en-AA", "en-AA"), ("en-XZ", "en-XZ"), ("en-ZZ", "en-ZZ"), ("i-default", "i-default"),
        ("I-MINGO", "i-mingo"), ("de-u-co-phonebk", "de-u-co-phonebk"),
        ("en-b-ccc-a-bbb-x-a", "en-a-bbb-b-ccc-x-a"), ("zh-yue-HK", "yue-HK"), ("ZH-CMN-HANS-CN", "cmn-Hans-CN"),
    ])
    func validTagsAndTheirCanonicalForms(text: String, canonical: String) throws {
        let parsed = try tag(text)
        #expect(parsed.text == text)
        #expect(parsed.canonical == canonical)
        #expect(parsed.deprecation == nil)
    }

    @Test func languageIsTheFirstSubtagOfTheCanonicalForm() throws {
        #expect(try tag("zh-Hant-TW").language == "zh")
        #expect(try tag("IN-id").language == "id")
        #expect(try tag("x-private").language == "x")
    }

    @Test(arguments: [
        ("in", "id", "in", LanguageTag.SubtagKind.language, "id"), ("iw-IL", "he-IL", "iw", .language, "he"),
        ("IN-id", "id-ID", "IN", .language, "id"), ("de-BU", "de-MM", "BU", .region, "MM"),
        ("ja-Latn-heploc", "ja-Latn-alalc97", "heploc", .variant, "alalc97"),
        ("i-klingon", "tlh", "i-klingon", .grandfathered, "tlh"),
        ("en-GB-oed", "en-GB-oxendict", "en-GB-oed", .grandfathered, "en-GB-oxendict"),
        ("ZH-MIN-NAN", "nan", "zh-min-nan", .grandfathered, "nan"), ("sgn-BR", "bzs", "sgn-BR", .redundant, "bzs"),
    ] as [(String, String, String, LanguageTag.SubtagKind, String)])
    func deprecatedTagsParseWithAWarning(
        text: String, canonical: String, subtag: String, kind: LanguageTag.SubtagKind, replacement: String
    ) throws {
        let parsed = try tag(text)
        #expect(parsed.canonical == canonical)
        let warning = try #require(parsed.deprecation)
        #expect(warning.severity == .warning)
        #expect(warning.tag == text)
        #expect(warning.kind == .deprecated(subtag, kind, replacement: replacement))
        #expect(warning.suggestion == canonical)
        #expect(warning.remedy == "write \"\(canonical)\"")
    }

    @Test func theDeprecationMessageNamesTheSubtagAndTheReplacement() throws {
        let warning = try #require(try tag("in").deprecation)
        #expect(warning.description == "\"in\" is a deprecated language subtag; write \"id\"")
        let regional = try #require(try tag("iw-IL").deprecation)
        #expect(regional.message == "\"iw\" in \"iw-IL\" is a deprecated language subtag")
        #expect(regional.remedy == "write \"he-IL\"")
    }

    @Test func aDeprecatedSubtagWithoutReplacementStays() throws {
        let parsed = try tag("sh-AN")
        #expect(parsed.canonical == "sh-AN")
        let warning = try #require(parsed.deprecation)
        #expect(warning.kind == .deprecated("AN", .region, replacement: nil))
        #expect(warning.suggestion == nil)
        #expect(warning.remedy == "the registry names no replacement; choose a current subtag")
        #expect(try tag("zh-min").deprecation?.kind == .deprecated("zh-min", .grandfathered, replacement: nil))
    }

    private static let start = "it must start with a language subtag of 2 to 8 letters, or x- for private use"
    private static let empty = "empty subtag (a hyphen at the start or end, or two in a row)"
    private static let order = "the order is language-extlang-Script-REGION-variant-extensions-x-private"

    @Test(arguments: [
        ("en_US", "underscores are not allowed", "en-US"),
        ("zh_hant_tw", "underscores are not allowed", "zh-Hant-TW"),
        ("", "the tag is empty", nil), ("e", start, nil), ("123", start, nil), ("i-foo", start, nil),
        ("en-", empty, nil), ("en--US", empty, nil), ("-en", empty, nil),
        ("en US", "\" \" is not allowed; only ASCII letters, digits and hyphens are", nil),
        ("en-Éire", "\"\\u{00C9}\" is not allowed; only ASCII letters, digits and hyphens are", nil),
        ("en-abcdefghi", "subtag \"abcdefghi\" is longer than 8 characters", nil),
        ("en-US-Latn", "\"Latn\" cannot stand here; " + order, nil),
        ("en-US-GB", "\"GB\" cannot stand here; " + order, nil),
        ("english-US-abc", "\"abc\" cannot stand here; " + order, nil),
        ("en-a", "extension \"a\" has no subtags", nil), ("en-a-x-b", "extension \"a\" has no subtags", nil),
        ("en-x", "x must be followed by a private-use subtag", nil),
        ("x", "x must be followed by a private-use subtag", nil),
    ] as [(String, String, String?)])
    func malformedTags(text: String, reason: String, suggestion: String?) throws {
        let found = try #require(problem(text))
        #expect(found.kind == .malformed(reason: reason))
        #expect(found.severity == .error)
        #expect(found.suggestion == suggestion)
    }

    @Test func theUnderscoreRemedyIsTheHyphenatedTag() throws {
        let found = try #require(problem("en_US"))
        #expect(found.message == "\"en_US\" is not a well-formed BCP 47 language tag: underscores are not allowed")
        #expect(found.remedy == "write \"en-US\"")
    }

    @Test(arguments: [
        ("english", "english", LanguageTag.SubtagKind.language), ("ind", "ind", .language), ("xx", "xx", .language),
        ("xx-yue", "xx", .language), ("zh-xyz", "xyz", .extlang), ("en-USA", "USA", .extlang),
        ("en-Abcd", "Abcd", .script), ("en-ZX", "ZX", .region), ("de-1234", "1234", .variant),
    ])
    func unknownSubtags(text: String, subtag: String, kind: LanguageTag.SubtagKind) throws {
        let found = try #require(problem(text))
        #expect(found.kind == .unknown(subtag, kind))
        #expect(found.severity == .error)
        #expect(found.suggestion == nil)
    }

    @Test func unknownSubtagMessagesSayWhatToWrite() throws {
        let language = try #require(problem("ind"))
        #expect(language.message == "\"ind\" is unknown: no such language subtag in the IANA Language Subtag Registry")
        #expect(language.remedy.contains("id and en, not ind or english"))
        let region = try #require(problem("en-ZX"))
        #expect(region.message.hasPrefix("\"ZX\" in \"en-ZX\" is unknown: no such region subtag"))
        #expect(region.remedy == "use an ISO 3166-1 two-letter code (US, ID) or a UN M.49 three-digit code (419)")
    }

    @Test func repeatedVariantsAndSingletonsAreInvalid() throws {
        #expect(problem("de-DE-1901-1901")?.kind == .repeated("1901", .variant))
        #expect(problem("de-DE-1901-1901")?.remedy == "write each variant once")
        #expect(problem("en-a-bbb-a-ccc")?.kind == .repeated("a", .singleton))
        #expect(problem("en-a-bbb-A-ccc")?.kind == .repeated("A", .singleton))
        #expect(try tag("en-a-bbb-x-a-ccc").canonical == "en-a-bbb-x-a-ccc")
    }

    @Test func extendedLanguageSubtagsMustDirectlyFollowTheirPrefix() throws {
        #expect(problem("en-yue")?.kind == .misplacedExtlang("yue", prefix: "zh"))
        #expect(problem("zh-yue-gan")?.kind == .misplacedExtlang("gan", prefix: "zh"))
        #expect(problem("en-yue")?.remedy == "write \"yue\" as the primary language, or \"zh-yue\"")
    }

    @Test func basicFilteringIsCaseInsensitiveAndStopsAtSubtagBoundaries() throws {
        let american = try tag("en-US")
        #expect(american.matches("en"))
        #expect(american.matches("EN-us"))
        #expect(american.matches("*"))
        #expect(!american.matches("en-GB"))
        #expect(!american.matches("en-US-x"))
        #expect(!american.matches("e"))
        #expect(!american.matches("en-"))
        #expect(!american.matches(""))
        #expect(try tag("en").matches("en"))
        #expect(try !tag("enm").matches("en"))
        #expect(try tag("zh-Hant-TW").matches("zh-hant"))
        #expect(try !tag("zh-Hant-TW").matches("zh-TW"))
    }

    @Test func filteringSeesBothTheWrittenAndTheCanonicalForm() throws {
        let old = try tag("in-ID")
        #expect(old.matches("id"))
        #expect(old.matches("in"))
        #expect(old.matches("id-ID"))
        #expect(try !tag("id").matches("in"))
    }

    @Test func tagsAreEqualWhenWrittenTheSame() throws {
        #expect(try tag("en-US") != tag("EN-US"))
        #expect(try tag("en-US").canonical == tag("EN-US").canonical)
    }
}
