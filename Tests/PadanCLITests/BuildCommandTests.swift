import Foundation
import Testing

/// `padan build`, the main job: its outputs are deterministic and the committed Exports/ are current.
@Suite("padan build")
struct BuildCommandTests {
    @Test("the committed Exports/ are what the main job writes now (regenerate with: bash scripts/main.sh)")
    func exportsAreCurrent() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try PadanProcess.run(["build", "--exports", directory.path, "--date", "2026-11-22"])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = PadanProcess.packageRoot.appendingPathComponent("Exports")
        for name in ["seeds.segments.jsonl", "seeds.alignment.jsonl", "seeds.tmx", "coverage.html", "glossary.tbx"] {
            let fresh = try Data(contentsOf: directory.appendingPathComponent(name))
            let old = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(fresh == old, "Exports/\(name) is stale: run `bash scripts/main.sh` and commit it")
        }
    }

    @Test("two runs give byte-identical output and a summary")
    func deterministic() throws {
        let first = try PadanProcess.temporaryDirectory()
        let second = try PadanProcess.temporaryDirectory()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        let run = try PadanProcess.run(["build", "--exports", first.path], environment: ["SOURCE_DATE_EPOCH": "1763769600"])
        _ = try PadanProcess.run(["build", "--exports", second.path], environment: ["SOURCE_DATE_EPOCH": "1763769600"])
        #expect(run.stdout.hasPrefix("5 documents, "))
        #expect(run.stdout.contains("with English from 5 aligned translations"))
        for name in ["seeds.segments.jsonl", "seeds.alignment.jsonl", "seeds.tmx"] {
            let a = try Data(contentsOf: first.appendingPathComponent(name))
            let b = try Data(contentsOf: second.appendingPathComponent(name))
            #expect(a == b, "\(name) differs between two runs")
        }
        let tmx = String(decoding: try Data(contentsOf: first.appendingPathComponent("seeds.tmx")), as: UTF8.self)
        #expect(tmx.contains(#"creationdate="20251122T000000Z""#), "SOURCE_DATE_EPOCH sets the TMX creation date")
    }

    @Test("a project without seeds is exit 2 with a remedy")
    func noSeeds() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for folder in ["seeds", "Glossary"] {
            try FileManager.default.createDirectory(
                at: directory.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let result = try PadanProcess.run(["build", "--root", directory.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("no *.txt articles found"))
    }
}
