import Foundation
import Padan
import Testing

/// The coverage report on a small corpus whose every figure is known.
@Suite("Coverage report")
struct CoverageReportTests {
    static let glossary = Glossary(concepts: [
        Concept(id: "yoon", domain: "person", indonesian: [
            Term("Yoon Suk Yeol", status: .preferred), Term("Yun Suk Yeol", type: .variant),
        ], english: [Term("Yoon Suk Yeol", status: .preferred)]),
        Concept(id: "kemlu", domain: "government", indonesian: [
            Term("Kementerian Luar Negeri", status: .preferred), Term("Kemlu", type: .abbreviation),
            Term("Deplu", type: .abbreviation, status: .deprecated),
        ], english: [Term("Ministry of Foreign Affairs", status: .preferred)]),
        Concept(id: "rusia", domain: "place", indonesian: [Term("Rusia", status: .preferred)], english: [Term("Russia", status: .preferred)]),
        Concept(id: "unused", domain: "general", indonesian: [Term("gotong royong", status: .preferred)], english: [Term("mutual aid", status: .preferred)]),
    ])

    static func report(_ documents: [(String, String)]) -> CoverageReport {
        let annotator = Annotator(glossary: glossary)
        var collector = CoverageCollector(matcher: annotator.matcher)
        for (path, text) in documents {
            collector.add(document: path, sentences: annotator.annotate(SourceDocument(path: path, text: text)))
        }
        return collector.report()
    }

    static let corpus = [
        ("a.txt", "Presiden Yoon Suk Yeol bertemu Dewan Keamanan Nasional. Kementerian Luar Negeri memanggil duta besar Rusia.\n\nKemlu menolak. Cuaca cerah hari ini."),
        ("b.txt", "Yun Suk Yeol tiba di Rusia. Deplu bersiap.\n\nDewan Keamanan Nasional bersidang dengan Badan Intelijen. Dewan Keamanan Nasional menolak."),
    ]

    @Test("glossary and corpus coverage, overall and per document")
    func figures() {
        let report = Self.report(Self.corpus)
        #expect(report.used.count == 3)
        #expect(report.glossaryCoverage == 0.75)
        #expect(report.sentences == 8)
        #expect(report.sentencesWithTerms == 5)
        #expect(report.hits == 7)
        #expect(report.documents.map(\.file) == ["a.txt", "b.txt"])
        #expect(report.documents.map(\.sentencesWithTerms) == [3, 2])
        #expect(report.documents.map(\.concepts) == [3, 3])
        #expect(report.unseen.map { Self.glossary.concepts[$0].id } == ["unused"])
        #expect(report.used.first?.concept.id == "kemlu")
        #expect(report.used.first?.count == 3)
    }

    @Test("variant spellings are inconsistent, a full form with its abbreviation is not; deprecated forms are listed")
    func consistency() throws {
        let report = Self.report(Self.corpus)
        #expect(report.inconsistent.map(\.concept.id) == ["yoon"])
        let yoon = try #require(report.inconsistent.first)
        #expect(yoon.forms.map(\.term.text).sorted() == ["Yoon Suk Yeol", "Yun Suk Yeol"])
        #expect(yoon.forms.first { $0.term.text == "Yun Suk Yeol" }?.locations.map(\.description) == ["b.txt:1"])
        #expect(report.deprecatedUses.map(\.concept.id) == ["kemlu"])
        #expect(report.deprecatedUses.first?.deprecatedForms.map(\.term.text) == ["Deplu"])
    }

    @Test("recurring capitalised names the glossary lacks are candidates, with an example")
    func candidates() throws {
        let report = Self.report(Self.corpus)
        let name = try #require(report.candidateNames.first)
        #expect(name.text == "Dewan Keamanan Nasional")
        #expect(name.frequency == 3)
        #expect(name.example?.location.description == "a.txt:1")
        #expect(!report.candidateNames.contains { $0.text == "Badan Intelijen" }, "seen once only")
        #expect(!report.candidateNames.contains { $0.text.contains("Presiden Yoon") }, "glossary terms break names")
    }

    @Test("recurring phrases are ranked by C-value, without function words at their edges")
    func phrases() throws {
        let text = "Harga bahan bakar minyak naik lagi. Subsidi bahan bakar minyak dikurangi. Impor bahan bakar minyak turun. "
            + "Kualitas bahan bakar menurun lagi."
        let report = Self.report([("c.txt", text)])
        let top = try #require(report.candidatePhrases.first)
        #expect(top.text == "bahan bakar minyak")
        #expect(top.frequency == 3)
        let nested = try #require(report.candidatePhrases.first { $0.text == "bahan bakar" })
        #expect(nested.frequency == 4)
        #expect(nested.score < top.score, "a phrase mostly seen inside a longer one is discounted")
        #expect(!report.candidatePhrases.contains { $0.text.hasPrefix("lagi") || $0.text.hasSuffix(" lagi") })
    }

    @Test("JSON has every section, and the same input gives the same bytes")
    func json() throws {
        let bytes = Self.report(Self.corpus).json()
        #expect(bytes == Self.report(Self.corpus).json())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        #expect(Set(object.keys) == ["glossary", "corpus", "documents", "concepts", "unseen", "inconsistent", "deprecated", "candidates"])
        let glossary = try #require(object["glossary"] as? [String: Any])
        #expect(glossary["coverage"] as? Double == 0.75)
    }

    @Test("HTML is one self-contained page: no external resources, terms highlighted, text escaped")
    func html() throws {
        let report = Self.report(Self.corpus + [("<c>.txt", "Rusia & \"Kemlu\" <b>tegas</b>.")])
        let page = String(decoding: try report.html(), as: UTF8.self)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("src=") && !page.contains("href=") && !page.contains("<script") && !page.contains("@import"))
        #expect(page.contains("Presiden <mark>Yoon Suk Yeol</mark> bertemu"))
        #expect(page.contains("&lt;c&gt;.txt"))
        #expect(!page.contains("<b>tegas</b>"))
        #expect(!page.contains("<div/>") && !page.contains("<span/>") && !page.contains("<td/>"))
    }
}
