import Foundation
import Padan
import Testing

/// Reading glossary tables, linting them, and looking terms up.
@Suite("Glossary")
struct GlossaryTests {
    static let sample = Fixtures.directory.appendingPathComponent("Glossary/sample.tsv").path

    static func table(_ text: String, path: String = "t.tsv") -> (concepts: [Concept], findings: [Finding]) {
        GlossaryTable.parse(bytes: Array(text.utf8), path: path)
    }

    @Test("a row becomes a concept with typed, statused terms")
    func parseRow() throws {
        let glossary = try Glossary.load(at: Self.sample)
        let ministry = try #require(glossary.concept(id: "kementerian-luar-negeri"))
        #expect(ministry.domain == "government")
        #expect(ministry.preferredIndonesian?.text == "Kementerian Luar Negeri")
        #expect(ministry.preferredEnglish?.text == "Ministry of Foreign Affairs")
        #expect(ministry.indonesian.map(\.type) == [.fullForm, .abbreviation, .abbreviation, .abbreviation])
        #expect(ministry.indonesian.map(\.status) == [.preferred, .admitted, .admitted, .deprecated])
        #expect(ministry.english.last?.status == .deprecated)
        #expect(ministry.location?.line == 2)
    }

    @Test("capitalised abbreviations are case-sensitive, other terms are not")
    func caseSensitivity() {
        #expect(Term("AS").isCaseSensitive)
        #expect(Term("PBB").isCaseSensitive)
        #expect(!Term("Kemenlu").isCaseSensitive)
        #expect(!Term("Korea Utara").isCaseSensitive)
    }

    @Test("a wrong header is one finding at line 1")
    func badHeader() throws {
        let (concepts, findings) = GlossaryTable.parse(
            bytes: Array(try Data(contentsOf: Fixtures.directory.appendingPathComponent("Glossary/bad-header.tsv"))),
            path: "bad-header.tsv")
        #expect(concepts.isEmpty)
        #expect(findings.map(\.rule) == ["header"])
        #expect(findings.first?.line == 1)
    }

    @Test("wrong column counts, empty cells and unknown attributes name line and column")
    func badRows() throws {
        let url = Fixtures.directory.appendingPathComponent("Glossary/bad-rows.tsv")
        let (concepts, findings) = GlossaryTable.parse(bytes: Array(try Data(contentsOf: url)), path: "bad-rows.tsv")
        #expect(concepts.map(\.id) == ["ok"])
        #expect(findings.map(\.rule) == ["column-count", "empty-cell", "attribute"])
        #expect(findings.map(\.line) == [3, 4, 5])
        #expect(findings[1].column == 15)
        #expect(findings[2].column == 14)
        let error = #expect(throws: PadanError.self) { try Glossary.load(at: url.path) }
        #expect(error?.line == 3)
    }

    @Test("BOM and CRLF are accepted; invalid UTF-8 and unclosed quotes are findings")
    func encodings() {
        let crlf = "\u{FEFF}id\tdomain\tid_terms\ten_terms\tnote\tsource\r\nx\tgeneral\tsatu\tone\t\t\r\n"
        let parsed = Self.table(crlf)
        #expect(parsed.findings.isEmpty)
        #expect(parsed.concepts.first?.english.first?.text == "one")
        var bad = Array("id\tdomain\tid_terms\ten_terms\tnote\tsource\nx\tgeneral\tsat".utf8)
        bad.append(0xFF)
        let invalid = GlossaryTable.parse(bytes: bad, path: "b.tsv")
        #expect(invalid.findings.first?.rule == "encoding")
        #expect(invalid.findings.first?.line == 2)
        let quote = Self.table("id\tdomain\tid_terms\ten_terms\tnote\tsource\nx\tgeneral\tsatu\tone\t\"open\t\ny\tgeneral\tdua\ttwo\t\t\n")
        #expect(quote.findings.first?.rule == "malformed")
        #expect(quote.findings.first?.line == 2)
    }

    @Test("TSV written by padan reads back to the same concepts")
    func tableRoundTrip() throws {
        let glossary = try Glossary.load(at: Self.sample)
        let written = GlossaryTable.tsv(glossary.concepts)
        let reread = Self.table(written)
        #expect(reread.findings.isEmpty)
        #expect(GlossaryTable.tsv(reread.concepts) == written)
        #expect(reread.concepts.map(\.indonesian) == glossary.concepts.map(\.indonesian))
    }

    @Test("the sample glossary lints clean")
    func cleanLint() throws {
        let (glossary, findings) = try Glossary.read(at: Self.sample)
        #expect(findings.isEmpty)
        #expect(GlossaryLint.check(glossary).isEmpty)
    }

    @Test("lint finds every kind of problem, with its rule and location")
    func lintRules() throws {
        let path = Fixtures.directory.appendingPathComponent("Glossary/bad-lint.tsv").path
        let (glossary, parse) = try Glossary.read(at: path)
        #expect(parse.isEmpty)
        let rules = Set(GlossaryLint.check(glossary).map(\.rule))
        #expect(rules == [
            "duplicate-id", "id-format", "unknown-domain", "stray-whitespace", "doubled-space", "missing-preferred",
            "deprecated-conflict", "duplicate-term", "ambiguous-term",
        ])
        let duplicate = GlossaryLint.check(glossary).first { $0.rule == "duplicate-id" }
        #expect(duplicate?.line == 3)
        #expect(duplicate?.message.contains("bad-lint.tsv:2") == true)
    }

    @Test("the same Indonesian term in two concepts is allowed when both notes say so")
    func intendedAmbiguity() {
        let shared = Self.table("id\tdomain\tid_terms\ten_terms\tnote\tsource\na\tplace\tAS\tUnited States\t[ambiguous-ok] country\t\nb\tgeneral\tAS\tas\t[ambiguous-ok] rare\t\n")
        #expect(GlossaryLint.check(Glossary(concepts: shared.concepts)).isEmpty)
        let unmarked = Self.table("id\tdomain\tid_terms\ten_terms\tnote\tsource\na\tplace\tAS\tUnited States\t\t\nb\tgeneral\tAS\tas\t\t\n")
        #expect(GlossaryLint.check(Glossary(concepts: unmarked.concepts)).map(\.rule) == ["ambiguous-term"])
    }
}
