import Foundation
import Padan
import Testing

/// OmegaT's glossary format out, translators' spreadsheets in.
@Suite("Glossary exchange")
struct GlossaryExchangeTests {
    @Test("OmegaT export: one line per usable Indonesian term, preferred English, concept and do-not-use in the comment")
    func omegaT() throws {
        let text = GlossaryExchange.omegaT(try Glossary.load(at: GlossaryTests.sample))
        let lines = text.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(lines.allSatisfy { $0.count == 3 })
        #expect(lines.contains { $0[0] == "Kemenlu" && $0[1] == "Ministry of Foreign Affairs"
            && $0[2].hasPrefix("kementerian-luar-negeri; do not use: Department of Foreign Affairs") })
        #expect(!lines.contains { $0[0] == "Deplu" })
    }

    @Test("a LibreOffice-style spreadsheet: split variants, part-of-speech markers, trimmed spaces, merged duplicates")
    func spreadsheet() throws {
        let csv = "Source,Padanan\npaste,rekat\nAlign ,Rata (n) Ratakan (v)\nBorder,Batas/Tepi\nBracket,Braket;Kurung\nPaste,Tempel\nEmpty,\n"
        let mapping = try GlossaryExchange.ColumnMapping(parsing: "Source=en,Padanan=id")
        let result = try GlossaryExchange.importSpreadsheet(bytes: Array(csv.utf8), path: "g.csv", mapping: mapping,
            domain: "general")
        #expect(result.rows == 6)
        #expect(result.concepts.map(\.id) == ["paste", "align", "border", "bracket"])
        #expect(result.concepts[0].indonesian.map(\.text) == ["rekat", "Tempel"])
        #expect(result.concepts[1].indonesian.map(\.text) == ["Rata", "Ratakan"])
        #expect(result.concepts[1].note == "Part of speech: Rata (n), Ratakan (v).")
        #expect(result.concepts[2].indonesian.map(\.text) == ["Batas", "Tepi"])
        let rules = result.findings.map { "\($0.line ?? 0) \($0.rule)" }
        #expect(rules.contains("3 normalized"))
        #expect(rules.contains("6 normalized"))
        #expect(rules.contains("7 not-kept"))
        let reread = GlossaryTable.parse(bytes: Array(GlossaryTable.tsv(result.concepts).utf8), path: "x.tsv")
        #expect(reread.findings.isEmpty)
    }

    @Test("a column mapping must name en and id, and existing columns")
    func mappingErrors() throws {
        #expect(throws: PadanError.self) { try GlossaryExchange.ColumnMapping(parsing: "Source=en") }
        #expect(throws: PadanError.self) { try GlossaryExchange.ColumnMapping(parsing: "Source=fr,x=id") }
        let mapping = try GlossaryExchange.ColumnMapping(parsing: "Nope=en,Padanan=id")
        #expect(throws: PadanError.self) {
            try GlossaryExchange.importSpreadsheet(bytes: Array("Source,Padanan\na,b\n".utf8), path: "g.csv",
                mapping: mapping, domain: "general")
        }
    }

    @Test("the shipped Glossary/ lints clean and covers at least 250 concepts")
    func shippedGlossary() throws {
        let path = Fixtures.packageRoot.appendingPathComponent("Glossary").path
        let (glossary, findings) = try Glossary.read(at: path)
        #expect(findings.isEmpty)
        #expect(GlossaryLint.check(glossary).isEmpty)
        #expect(glossary.concepts.count >= 250)
        let lookup = GlossaryLookup(glossary: glossary)
        for term in ["Kementerian Luar Negeri", "Wakil Menteri Luar Negeri Pertama", "duta besar", "Dewan Keamanan PBB",
            "Majelis Umum PBB", "badan mata-mata", "pasukan khusus", "Timur Jauh Rusia", "wilayah Kursk", "KTT BRICS",
            "pakta pertahanan", "kemitraan strategis komprehensif", "rudal balistik antarbenua", "Yun Suk Yeol",
            "Zelensky", "Russia", "Korut", "DPRK", "Korsel", "AS", "PBB", "DPR", "MPR", "TNI", "Polri", "KPK", "Kemenlu"]
        {
            let first = lookup.search(term, limit: 1).first
            #expect(first.map { $0.kind <= .variant } == true, "\(term) is in the glossary")
        }
    }
}
