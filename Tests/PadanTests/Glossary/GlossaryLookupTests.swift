import Padan
import Testing

/// Ranked look-ups: every match kind, and the traps.
@Suite("Glossary look-up")
struct GlossaryLookupTests {
    static let glossary: Glossary = (try? Glossary.load(at: GlossaryTests.sample)) ?? Glossary(concepts: [])

    func first(_ query: String, from language: GlossaryLanguage = .indonesian) -> GlossaryLookup.Result? {
        GlossaryLookup(glossary: Self.glossary, language: language).search(query).first
    }

    @Test("match kinds and their ranks", arguments: [
        ("Wakil Menteri Luar Negeri", "wakil-menteri-luar-negeri", GlossaryLookup.MatchKind.exact),
        ("wakil menteri luar negeri", "wakil-menteri-luar-negeri", .normalized),
        ("WAKIL MENTERI LUAR-NEGERI", "wakil-menteri-luar-negeri", .normalized),
        ("Kemenlu", "kementerian-luar-negeri", .variant),
        ("Korut", "korea-utara", .variant),
        ("kementeriannya", "kementerian-luar-negeri", .partial),
        ("negara-negara", "negara", .inflected),
        ("pengiriman pasukannya", "pengiriman-pasukan", .inflected),
        ("Wakil Menteri Luar Negeri Pertama Korea Selatan", "wakil-menteri-luar-negeri-pertama", .partial),
        ("wakil mentri luar negri", "wakil-menteri-luar-negeri", .typo),
        ("Zelensky", "zelenskiy", .variant),
    ])
    func kinds(_ query: String, _ concept: String, _ kind: GlossaryLookup.MatchKind) throws {
        let result = GlossaryLookup(glossary: Self.glossary).search(query)
        let hit = try #require(result.first { $0.concept.id == concept }, "\(query) should find \(concept)")
        #expect(hit.kind == kind, "\(query)")
        if kind != .partial { #expect(result.first?.concept.id == concept, "\(query) ranks \(concept) first") }
    }

    @Test("exact beats longer partial matches, and results are ordered by rank")
    func ranking() {
        let results = GlossaryLookup(glossary: Self.glossary).search("Menteri Luar Negeri")
        #expect(results.first?.concept.id == "menteri-luar-negeri")
        #expect(results.first?.kind == .exact)
        #expect(results.map(\.kind) == results.map(\.kind).sorted())
        #expect(results.dropFirst().contains { $0.concept.id == "wakil-menteri-luar-negeri" && $0.kind == .partial })
    }

    @Test("kementerian is never taken for menteri")
    func ministryTrap() {
        let results = GlossaryLookup(glossary: Self.glossary).search("kementerian")
        #expect(results.first?.concept.id == "kementerian-luar-negeri")
        #expect(!results.contains { $0.concept.id == "menteri-luar-negeri" && $0.kind < .partial })
    }

    @Test("pemerintah is not reported as perintah")
    func derivationTrap() {
        let results = GlossaryLookup(glossary: Self.glossary).search("pemerintah")
        #expect(results.first?.concept.id == "pemerintah")
        #expect(results.first?.kind == .exact)
    }

    @Test("--from en looks English up and gives the Indonesian")
    func fromEnglish() throws {
        let hit = try #require(first("Foreign Ministry", from: .english))
        #expect(hit.concept.id == "kementerian-luar-negeri")
        #expect(hit.concept.preferredIndonesian?.text == "Kementerian Luar Negeri")
    }

    @Test("no match gives suggestions")
    func noMatch() {
        let lookup = GlossaryLookup(glossary: Self.glossary)
        #expect(lookup.search("xylofon ungu").isEmpty)
        #expect(!lookup.suggestions("mentri").isEmpty)
    }
}
