import Padan
import Testing

/// The matcher's rules, one by one, on a small termbase built for them, including the traps that a stemmer
/// falls into.
@Suite("Term matcher")
struct TermMatcherTests {
    static func concept(_ id: String, _ indonesian: [Term], _ english: String) -> Concept {
        var terms = indonesian
        if let first = terms.first, first.status == .admitted { terms[0].status = .preferred }
        return Concept(id: id, domain: "general", indonesian: terms, english: [Term(english, status: .preferred)])
    }

    static let glossary = Glossary(concepts: [
        concept("menteri-luar-negeri", [Term("Menteri Luar Negeri"), Term("Menlu", type: .abbreviation)], "Foreign Minister"),
        concept("wakil-menteri-luar-negeri", [Term("Wakil Menteri Luar Negeri")], "Vice Foreign Minister"),
        concept("wakil-menteri-luar-negeri-pertama", [Term("Wakil Menteri Luar Negeri Pertama")], "First Vice Foreign Minister"),
        concept("luar-negeri", [Term("luar negeri")], "abroad"),
        concept("menteri", [Term("menteri")], "minister"),
        concept("perintah", [Term("perintah")], "order"),
        concept("amerika-serikat", [Term("Amerika Serikat"), Term("AS", type: .abbreviation)], "United States"),
        concept("kpk", [Term("Komisi Pemberantasan Korupsi"), Term("KPK", type: .abbreviation)], "Corruption Eradication Commission"),
        concept("negara", [Term("negara")], "country"),
        concept("korea-utara", [Term("Korea Utara"), Term("Korut", type: .abbreviation), Term("Korea Utara-nya", type: .variant)], "North Korea"),
        concept("mengirim-pasukan", [Term("mengirim pasukan", partOfSpeech: .verb)], "send troops"),
        concept("kementerian-pertahanan", [Term("Kementerian Pertahanan"), Term("Dephan", type: .abbreviation, status: .deprecated)], "Ministry of Defense"),
        concept("jumat", [Term("Jum'at")], "Friday"),
        concept("pbb", [Term("PBB", type: .abbreviation)], "United Nations"),
        concept("pajak-bumi-dan-bangunan", [Term("PBB", type: .abbreviation)], "land and building tax"),
        concept("sarjana-hukum", [Term("S.H.", type: .abbreviation)], "Bachelor of Laws"),
    ])
    static let matcher = TermMatcher(glossary: glossary)

    /// `(concept, source, kind)` of every hit.
    func hits(_ text: String, _ matcher: TermMatcher = TermMatcherTests.matcher) -> [String] {
        matcher.hits(in: text).map { "\(matcher.glossary.concepts[$0.conceptIndex].id)|\($0.source)|\($0.kind.rawValue)" }
    }

    @Test("the longest term starting leftmost wins, and shorter overlapping terms are not reported")
    func leftmostLongest() {
        #expect(hits("Wakil Menteri Luar Negeri Pertama Korea Selatan tiba.")
            == ["wakil-menteri-luar-negeri-pertama|Wakil Menteri Luar Negeri Pertama|exact"])
        #expect(hits("Wakil Menteri Luar Negeri tiba.") == ["wakil-menteri-luar-negeri|Wakil Menteri Luar Negeri|exact"])
        #expect(hits("kunjungan ke luar negeri") == ["luar-negeri|luar negeri|exact"])
        #expect(hits("Menteri Luar Negeri dan menteri lain") == [
            "menteri-luar-negeri|Menteri Luar Negeri|exact", "menteri|menteri|exact",
        ])
    }

    @Test("traps: an affixed noun never reaches another concept's term")
    func traps() {
        #expect(hits("Kementerian Luar Negeri mengumumkan").allSatisfy { !$0.hasPrefix("menteri") })
        #expect(hits("Kementerian Luar Negeri mengumumkan") == ["luar-negeri|Luar Negeri|normalized"])
        #expect(hits("pemerintah memberi perintah") == ["perintah|perintah|exact"])
        #expect(hits("kementerian itu") == [])
        #expect(hits("Menterinya hadir") == ["menteri|Menterinya|inflected"])
    }

    @Test("a term never matches inside a longer word")
    func wordBoundaries() {
        #expect(hits("ASEAN dan KPKP bertemu di negarawan") == [])
        #expect(hits("Bima melapor ke KPK.") == ["kpk|KPK|variant"])
    }

    @Test("abbreviations written in capitals match only in capitals")
    func capitals() {
        #expect(hits("Presiden AS tiba") == ["amerika-serikat|AS|variant"])
        #expect(hits("harga naik as usual, as well") == [])
        #expect(hits("Presiden As tiba") == [])
        #expect(hits("MENTERI LUAR NEGERI AS") == [
            "menteri-luar-negeri|MENTERI LUAR NEGERI|normalized", "amerika-serikat|AS|variant",
        ])
    }

    @Test("inflection: clitics, hyphenated clitics and reduplication")
    func inflection() {
        #expect(hits("negara-negara anggota") == ["negara|negara-negara|inflected"])
        #expect(hits("negara-negaranya") == ["negara|negara-negaranya|inflected"])
        #expect(hits("penyidik KPK-nya") == ["kpk|KPK-nya|inflected"])
        #expect(hits("KPKnya") == ["kpk|KPKnya|inflected"])
        #expect(hits("Menteri Luar Negerinya") == ["menteri-luar-negeri|Menteri Luar Negerinya|inflected"])
        #expect(hits("negarapun") == ["negara|negarapun|inflected"])
        #expect(hits("negara-bangsa") == ["negara|negara|exact"])
    }

    @Test("derivation only for verb terms: pengiriman pasukan, dikirimkan pasukan")
    func derivation() {
        #expect(hits("mengirim pasukan") == ["mengirim-pasukan|mengirim pasukan|exact"])
        #expect(hits("pengiriman pasukan ke Rusia") == ["mengirim-pasukan|pengiriman pasukan|derived"])
        #expect(hits("dikirimkan pasukan") == ["mengirim-pasukan|dikirimkan pasukan|derived"])
        #expect(hits("dikirim pasukan") == ["mengirim-pasukan|dikirim pasukan|derived"])
        #expect(hits("pengirimannya pasukan") == ["mengirim-pasukan|pengirimannya pasukan|derived"])
        #expect(hits("pengirim pasukan") == [], "an agent noun (sender) is another concept")
        #expect(hits("memerintah").isEmpty && hits("diperintahkan").isEmpty, "perintah is a noun term: no derivation")
    }

    @Test("kinds: exact, normalized (case, apostrophe, hyphen, line break), variant, deprecated flagged")
    func kinds() {
        #expect(hits("Jum'at") == ["jumat|Jum'at|exact"])
        #expect(hits("Jum’at") == ["jumat|Jum’at|normalized"])
        #expect(hits("Jumat") == ["jumat|Jumat|normalized"])
        #expect(hits("korea utara") == ["korea-utara|korea utara|normalized"])
        #expect(hits("Korea-Utara") == ["korea-utara|Korea-Utara|normalized"])
        #expect(hits("Korut") == ["korea-utara|Korut|variant"])
        #expect(hits("Asep Kurnia, S.H., mengatakan") == ["sarjana-hukum|S.H.|exact"], "a final period belongs to the term")
        #expect(hits("gelar S.H") == ["sarjana-hukum|S.H|normalized"])
        #expect(hits("Menteri Luar\nNegeri") == ["menteri-luar-negeri|Menteri Luar\nNegeri|normalized"])
        let deprecated = Self.matcher.hits(in: "pejabat Dephan")
        #expect(deprecated.map(\.kind) == [.variant])
        #expect(deprecated.first?.isDeprecated == true)
        #expect(Self.matcher.hits(in: "Kementerian Pertahanan").first?.isDeprecated == false)
    }

    @Test("a term shared by two concepts is reported once, with the other concept as an alternative")
    func ambiguity() throws {
        let hit = try #require(Self.matcher.hits(in: "sidang PBB").first)
        #expect(Self.glossary.concepts[hit.conceptIndex].id == "pbb")
        #expect(hit.alternativeConcepts.map { Self.glossary.concepts[$0].id } == ["pajak-bumi-dan-bangunan"])
    }

    @Test("offsets count Unicode code points, and each span is the hit's source")
    func offsets() throws {
        let text = "“Menlu” — Wakil Menteri Luar Negeri 🇮🇩 ke AS"
        let found = Self.matcher.hits(in: text)
        #expect(found.count == 3)
        let scalars = Array(text.unicodeScalars)
        for hit in found {
            var span = ""
            span.unicodeScalars.append(contentsOf: scalars[hit.start..<hit.end])
            #expect(span == hit.source)
        }
        #expect(found.first.map { $0.start..<$0.end } == 1..<6)
    }

    @Test("English text: plural and possessive forms of English terms")
    func english() {
        let matcher = TermMatcher(glossary: Self.glossary, language: .english)
        #expect(hits("Two Foreign Ministers and the minister's aides", matcher) == [
            "menteri-luar-negeri|Foreign Ministers|inflected", "menteri|minister's|inflected",
        ])
    }

    @Test("an empty glossary matches nothing and says so")
    func empty() {
        let matcher = TermMatcher(glossary: Glossary(concepts: []))
        #expect(matcher.isEmpty)
        #expect(matcher.hits(in: "Menteri Luar Negeri").isEmpty)
    }
}
