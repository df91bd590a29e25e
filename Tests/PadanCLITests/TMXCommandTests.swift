import Foundation
import Testing

/// `padan export` and `padan tmx validate|merge|stats` as a user runs them.
@Suite("padan export and padan tmx")
struct TMXCommandTests {
    @Test("export writes a valid, reproducible TMX; stdout and -o give the same bytes")
    func exportIsValidAndReproducible() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("new/dir/seeds.tmx").path
        let written = try PadanProcess.run(["export", "seeds", "-o", path, "--date", "2026-11-22T09:30:00Z", "--no-translations"])
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stderr.contains("94 units (0 with English)"), "a missing output directory is created")
        let piped = try PadanProcess.run(["export", "seeds", "--no-translations"], environment: ["SOURCE_DATE_EPOCH": "1795339800"])
        #expect(piped.status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == piped.stdout)
        #expect(piped.stdout.contains(#"creationdate="20261122T093000Z""#))
        let validation = try PadanProcess.run(["tmx", "validate", path])
        #expect(validation.status == 0, "\(validation.stdout)")
        #expect(validation.stdout == "\(path): valid TMX 1.4, 94 units: 0 errors, 0 warnings\n")
    }

    @Test("export reads standard input and rejects a bad --date")
    func exportFromStandardInput() throws {
        let result = try PadanProcess.run(["export", "-", "--date", "2026-11-22"], input: Array("Korut menembakkan rudal.\n".utf8))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<prop type=\"x-term\">Korut = North Korea</prop>"))
        #expect(result.stdout.contains("<prop type=\"x-document\">-</prop>") || result.stdout.contains("x-document"))
        let bad = try PadanProcess.run(["export", "seeds", "--date", "22/11/2026"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("not an ISO 8601 date"))
    }

    @Test("a read-only destination is an error that leaves the old file intact")
    func readOnlyDestination() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer {
            chmod(directory.path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
        let path = directory.appendingPathComponent("old.tmx").path
        try Data("old content".utf8).write(to: URL(fileURLWithPath: path))
        chmod(directory.path, 0o555)
        guard access(directory.path, W_OK) != 0 else { return }  // running as root: permissions are not enforced
        let result = try PadanProcess.run(["export", "seeds", "-o", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(path))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content")
    }

    @Test("validate: exit 1 with FILE:LINE findings, --json, exit 2 for a missing file")
    func validateExitCodes() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("bad.tmx").path
        let bad = """
            <?xml version="1.0"?>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" o-tmf="t" adminlang="en" srclang="id"/>
            <body>
            <tu tuid="1"><tuv xml:lang="en"><seg>Hello</seg></tuv></tu>
            </body></tmx>
            """
        try Data(bad.utf8).write(to: URL(fileURLWithPath: path))
        let text = try PadanProcess.run(["tmx", "validate", path])
        #expect(text.status == 1)
        #expect(text.stdout.contains("\(path):4: error: the unit has no <tuv> in its source language id (it has en) [missing-source-variant]"))
        let json = try PadanProcess.run(["tmx", "validate", path, "--json"])
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["valid"] as? Bool == false)
        #expect(object?["units"] as? Int == 1)
        #expect((object?["findings"] as? [[String: Any]])?.first?["line"] as? Int == 4)
        let missing = try PadanProcess.run(["tmx", "validate", directory.appendingPathComponent("none.tmx").path])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("none.tmx"))
    }

    @Test("merge and stats")
    func mergeAndStats() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seeds = directory.appendingPathComponent("seeds.tmx").path
        _ = try PadanProcess.run(["export", "seeds", "-o", seeds, "--date", "2026-11-22", "--no-translations"])
        let seedStats = try PadanProcess.run(["tmx", "stats", seeds, "--json"])
        let seedObject = try JSONSerialization.jsonObject(with: Data(seedStats.stdout.utf8)) as? [String: Any]
        let repeated = try #require(seedObject?["duplicateUnits"] as? Int)
        #expect(seedObject?["units"] as? Int == 94)
        #expect(repeated > 0, "the seeds repeat a sentence word for word")
        let merged = directory.appendingPathComponent("merged.tmx").path
        let merge = try PadanProcess.run(["tmx", "merge", seeds, seeds, "-o", merged, "--dedupe", "--date", "2026-11-22"])
        #expect(merge.status == 0, "\(merge.stderr)")
        #expect(merge.stdout.contains("wrote \(merged): \(94 - repeated) units"))
        #expect(merge.stdout.contains("\(94 + repeated) duplicates dropped"))
        let stats = try PadanProcess.run(["tmx", "stats", merged, "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(object?["units"] as? Int == 94 - repeated)
        #expect(((object?["languages"] as? [String: Any])?["id"] as? [String: Any])?["segments"] as? Int == 94 - repeated)
        #expect(object?["duplicateUnits"] as? Int == 0)
        let same = try PadanProcess.run(["tmx", "merge", seeds, "-o", seeds])
        #expect(same.status == 2, "writing over an input is refused")
    }
}
