import Foundation
import Testing

/// `padan lint`, `padan lookup`, `padan tbx` and `padan glossary` as a user runs them.
@Suite("Glossary commands")
struct GlossaryCommandTests {
    static let sample = PadanProcess.packageRoot.appendingPathComponent("Tests/PadanTests/Fixtures/Glossary/sample.tsv").path
    static let badLint = PadanProcess.packageRoot.appendingPathComponent("Tests/PadanTests/Fixtures/Glossary/bad-lint.tsv").path

    @Test("lint: 0 when clean, 1 with findings (file:line:column), 2 when unreadable")
    func lint() throws {
        let clean = try PadanProcess.run(["lint", "--glossary", Self.sample])
        #expect(clean.status == 0)
        #expect(clean.stdout.hasSuffix("0 errors, 0 warnings\n"))
        let findings = try PadanProcess.run(["lint", "--glossary", Self.badLint])
        #expect(findings.status == 1)
        #expect(findings.stdout.contains("bad-lint.tsv:3:1: error: concept id 'dup' is already used"))
        let missing = try PadanProcess.run(["lint", "--glossary", "/nonexistent/g.tsv"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/g.tsv"))
    }

    @Test("lint --json lists findings with rule, line and column")
    func lintJSON() throws {
        let result = try PadanProcess.run(["lint", "--glossary", Self.badLint, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(object["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["rule"] as? String == "unknown-domain" && $0["line"] as? Int == 4 && $0["column"] as? Int == 8 })
    }

    @Test("the shipped glossary answers Wakil Menteri Luar Negeri at once")
    func lookupShipped() throws {
        let result = try PadanProcess.run(["lookup", "Wakil Menteri Luar Negeri"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("wakil menteri luar negeri → Vice Foreign Minister\n") || result.stdout.hasPrefix("Wakil Menteri Luar Negeri → Vice Foreign Minister\n"))
    }

    @Test("lookup --json: query, results with concept, source, target, match")
    func lookupJSON() throws {
        let result = try PadanProcess.run(["lookup", "Kemenlu", "--glossary", Self.sample, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["query"] as? String == "Kemenlu")
        let first = try #require((object["results"] as? [[String: Any]])?.first)
        #expect(first["concept"] as? String == "kementerian-luar-negeri")
        #expect(first["source"] as? String == "Kementerian Luar Negeri")
        #expect(first["target"] as? String == "Ministry of Foreign Affairs")
        #expect(first["match"] as? String == "variant")
        #expect(first["deprecated"] as? [String] == ["Department of Foreign Affairs"])
    }

    @Test("lookup shows deprecated English as do-not-use; no match is exit 1 with suggestions")
    func lookupText() throws {
        let found = try PadanProcess.run(["lookup", "Kementerian Luar Negeri", "--glossary", Self.sample])
        #expect(found.stdout.contains("do not use: Department of Foreign Affairs"))
        let typo = try PadanProcess.run(["lookup", "menteri luar negri", "--glossary", Self.sample, "--limit", "1"])
        #expect(typo.status == 0)
        #expect(typo.stdout.contains("match: typo"))
        let nothing = try PadanProcess.run(["lookup", "qqqq zzzz", "--glossary", Self.sample])
        #expect(nothing.status == 1)
        #expect(nothing.stdout.hasPrefix("no match for 'qqqq zzzz'"))
    }

    @Test("tbx export then import gives back a glossary that exports identically; a TBX works as --glossary")
    func tbxRoundTrip() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let tbx = directory.appendingPathComponent("g.tbx").path
        let tsv = directory.appendingPathComponent("g.tsv").path
        let again = directory.appendingPathComponent("again.tbx").path
        #expect(try PadanProcess.run(["tbx", "export", "--glossary", Self.sample, "-o", tbx]).status == 0)
        #expect(try PadanProcess.run(["tbx", "import", tbx, "-o", tsv]).status == 0)
        #expect(try PadanProcess.run(["tbx", "export", "--glossary", tsv, "-o", again]).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: tbx)) == Data(contentsOf: URL(fileURLWithPath: again)))
        let lookup = try PadanProcess.run(["lookup", "Korut", "--glossary", tbx])
        #expect(lookup.stdout.hasPrefix("Korea Utara → North Korea"))
    }

    @Test("tbx import of a hostile file is exit 2 and reads no local file")
    func tbxHostile() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("x.tbx")
        try Data("<?xml version=\"1.0\"?>\n<!DOCTYPE martif [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&x;</term></tig></langSet></termEntry></body></text></martif>".utf8).write(to: file)
        let result = try PadanProcess.run(["tbx", "import", file.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("x.tbx"))
        #expect(!result.stdout.contains("root:"))
    }

    @Test("glossary export --omegat and glossary import --columns")
    func glossaryExchange() throws {
        let export = try PadanProcess.run(["glossary", "export", "--omegat", "--glossary", Self.sample])
        #expect(export.status == 0)
        #expect(export.stdout.contains("Korut\tNorth Korea\tkorea-utara"))
        let csv = Array("Source,Padanan\nAlign ,Rata (n) Ratakan (v)\n".utf8)
        let imported = try PadanProcess.run(["glossary", "import", "-", "--columns", "Source=en,Padanan=id"], input: csv)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("align\tgeneral\tRata | Ratakan\tAlign"))
        #expect(imported.stderr.contains("-:2:"))
    }

    @Test("every glossary command has --help with an example",
        arguments: [["lint"], ["lookup"], ["tbx", "export"], ["tbx", "import"], ["glossary", "export"], ["glossary", "import"]])
    func help(_ command: [String]) throws {
        let result = try PadanProcess.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
    }
}
