import Foundation
import Testing

/// `padan build`, the main job: its outputs are deterministic and the committed Exports/ are current.
@Suite("padan build")
struct BuildCommandTests {
    @Test("the committed Exports/ are what the main job writes now (regenerate with: swift run padan build)")
    func exportsAreCurrent() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try PadanProcess.run(["build", "--exports", directory.path])
        #expect(result.status == 0, "\(result.stderr)")
        let committed = PadanProcess.packageRoot.appendingPathComponent("Exports")
        for name in ["seeds.segments.jsonl", "glossary.tbx"] {
            let fresh = try Data(contentsOf: directory.appendingPathComponent(name))
            let old = try Data(contentsOf: committed.appendingPathComponent(name))
            #expect(fresh == old, "Exports/\(name) is stale: run `swift run padan build` and commit it")
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
        let run = try PadanProcess.run(["build", "--exports", first.path])
        _ = try PadanProcess.run(["build", "--exports", second.path])
        #expect(run.stdout.hasPrefix("5 documents, "))
        let a = try Data(contentsOf: first.appendingPathComponent("seeds.segments.jsonl"))
        let b = try Data(contentsOf: second.appendingPathComponent("seeds.segments.jsonl"))
        #expect(a == b)
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
