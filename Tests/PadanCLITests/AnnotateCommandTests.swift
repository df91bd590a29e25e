import Foundation
import Testing

/// `padan annotate` and `padan coverage` as a user runs them.
@Suite("Annotate and coverage commands")
struct AnnotateCommandTests {
    static let sample = PadanProcess.packageRoot.appendingPathComponent("Tests/PadanTests/Fixtures/Glossary/sample.tsv").path

    @Test("annotate --json: one object per sentence, code point offsets, the documented fields")
    func annotateJSON() throws {
        let text = "“Wakil Menteri Luar Negeri Pertama” tiba.\nKorut membantah.\n"
        let result = try PadanProcess.run(["annotate", "-", "--json", "--glossary", Self.sample], input: Array(text.utf8))
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["file"] as? String == "-")
        #expect(first["index"] as? Int == 0)
        let terms = try #require(first["terms"] as? [[String: Any]])
        let term = try #require(terms.first)
        #expect(Set(term.keys) == ["concept", "source", "start", "end", "term", "target", "match", "deprecated", "alternatives"])
        #expect(term["concept"] as? String == "wakil-menteri-luar-negeri-pertama")
        #expect(term["source"] as? String == "Wakil Menteri Luar Negeri Pertama")
        #expect(term["start"] as? Int == 1 && term["end"] as? Int == 34)
        #expect(term["match"] as? String == "exact")
        let second = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect((second["terms"] as? [[String: Any]])?.first?["match"] as? String == "variant")
    }

    @Test("annotate prints each sentence with its renderings")
    func annotateText() throws {
        let result = try PadanProcess.run(["annotate", "-", "--glossary", Self.sample], input: Array("Kemenlu memanggil duta besar.".utf8))
        #expect(result.status == 0)
        #expect(result.stdout.contains("-:1: Kemenlu memanggil duta besar."))
        #expect(result.stdout.contains("Kemenlu → Ministry of Foreign Affairs  (variant; kementerian-luar-negeri)"))
    }

    @Test("annotate: an empty glossary, a missing file or a broken glossary is an input error (exit 2)")
    func annotateErrors() throws {
        let directory = try PadanProcess.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.tsv")
        try Data("id\tdomain\tid_terms\ten_terms\tnote\tsource\n".utf8).write(to: empty)
        let emptyRun = try PadanProcess.run(["annotate", "-", "--glossary", empty.path], input: Array("teks".utf8))
        #expect(emptyRun.status == 2)
        #expect(emptyRun.stderr.contains("empty.tsv") && emptyRun.stderr.contains("no id terms"))
        let missing = try PadanProcess.run(["annotate", "/nonexistent/a.txt", "--glossary", Self.sample])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/a.txt"))
        let broken = directory.appendingPathComponent("broken.tsv")
        try Data("id\tdomain\tid_terms\ten_terms\tnote\tsource\nx\tgeneral\tsatu [wrong]\tone\t\t\n".utf8).write(to: broken)
        let brokenRun = try PadanProcess.run(["annotate", "-", "--glossary", broken.path], input: Array("teks".utf8))
        #expect(brokenRun.status == 2)
        #expect(brokenRun.stderr.contains("broken.tsv:2:"))
        let noInput = try PadanProcess.run(["annotate"])
        #expect(noInput.status == 2)
        let invalid = directory.appendingPathComponent("latin1.txt")
        try Data([0x4B, 0x6F, 0x72, 0x75, 0x74, 0x20, 0xE9, 0x74, 0xE9, 0x0A]).write(to: invalid)
        let good = directory.appendingPathComponent("good.txt")
        try Data("Korut membantah.\n".utf8).write(to: good)
        let mixed = try PadanProcess.run(["annotate", invalid.path, good.path, "--glossary", Self.sample])
        #expect(mixed.status == 2, "an unreadable input fails the run")
        #expect(mixed.stderr.contains("latin1.txt:1:7"), "\(mixed.stderr)")
        #expect(mixed.stdout.contains("Korut → North Korea"), "the other files are still annotated")
    }

    @Test("coverage: figures, --json, --html written atomically, thresholds exit 1")
    func coverage() throws {
        let directory = try PadanProcess.temporaryDirectory()
        let corpus = directory.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try Data("Kemenlu memanggil duta besar Korea Utara. Cuaca cerah.\n".utf8).write(to: corpus.appendingPathComponent("a.txt"))
        let html = directory.appendingPathComponent("out/coverage.html")
        try FileManager.default.createDirectory(at: html.deletingLastPathComponent(), withIntermediateDirectories: true)
        let text = try PadanProcess.run(["coverage", corpus.path, "--glossary", Self.sample, "--html", html.path])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Corpus coverage:   50.0% (1 of 2 sentences contain a term; 2 hits)"))
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<mark>Kemenlu</mark>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: html.deletingLastPathComponent().path) == ["coverage.html"])

        let json = try PadanProcess.run(["coverage", corpus.path, "--glossary", Self.sample, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["corpus"] as? [String: Any])?["coverage"] as? Double == 0.5)

        let gate = try PadanProcess.run(["coverage", corpus.path, "--glossary", Self.sample, "--min-sentence-coverage", "80%"])
        #expect(gate.status == 1)
        #expect(gate.stderr.contains("corpus coverage 50.0% is below the required 80.0%"))
        let pass = try PadanProcess.run(["coverage", corpus.path, "--glossary", Self.sample, "--min-sentence-coverage", "0.5"])
        #expect(pass.status == 0)
        let bad = try PadanProcess.run(["coverage", corpus.path, "--glossary", Self.sample, "--min-coverage", "lots"])
        #expect(bad.status == 2)
    }

    @Test("coverage: an empty glossary is a warning, not an error")
    func coverageEmptyGlossary() throws {
        let directory = try PadanProcess.temporaryDirectory()
        let empty = directory.appendingPathComponent("empty.tsv")
        try Data("id\tdomain\tid_terms\ten_terms\tnote\tsource\n".utf8).write(to: empty)
        let text = directory.appendingPathComponent("a.txt")
        try Data("Satu kalimat.\n".utf8).write(to: text)
        let result = try PadanProcess.run(["coverage", text.path, "--glossary", empty.path])
        #expect(result.status == 0)
        #expect(result.stderr.contains("warning") && result.stderr.contains("no id terms"))
        #expect(result.stdout.contains("Glossary coverage: 0.0%"))
    }
}
