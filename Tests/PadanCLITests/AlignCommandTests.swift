import Foundation
import Testing

/// `padan align`, `padan check` and `padan lookup --tm` as a user runs them.
@Suite("padan align, check and lookup --tm")
struct AlignCommandTests {
    static let seed = "seeds/000_d6b0b0975806bacb.txt"
    static let english = "seeds/en/000_d6b0b0975806bacb.txt"

    @Test("align --json prints one bead per line covering both sides in order")
    func alignJSON() throws {
        let result = try PadanProcess.run(["align", Self.seed, Self.english, "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let beads = try result.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(beads.allSatisfy { Set($0.keys) == ["source", "target", "confidence"] })
        let source = beads.flatMap { $0["source"] as? [Int] ?? [] }
        let target = beads.flatMap { $0["target"] as? [Int] ?? [] }
        let segments = try PadanProcess.run(["segment", Self.seed, "--json"]).stdout.split(separator: "\n").count
        let englishSegments = try PadanProcess.run(["segment", "--lang", "en", Self.english, "--json"]).stdout.split(separator: "\n").count
        #expect(source == Array(0..<segments))
        #expect(target == Array(0..<englishSegments))
    }

    @Test("align of directories lists files without a counterpart, aligns the rest and exits 1; -o writes a valid TMX")
    func alignDirectories() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ids = directory.appendingPathComponent("id")
        let ens = directory.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: ens, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: ids, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PadanProcess.packageRoot.appendingPathComponent(Self.seed).path, toPath: ids.appendingPathComponent("a.txt").path)
        try FileManager.default.copyItem(atPath: PadanProcess.packageRoot.appendingPathComponent(Self.english).path, toPath: ens.appendingPathComponent("a.txt").path)
        try Data("Kalimat tanpa terjemahan.\n".utf8).write(to: ids.appendingPathComponent("b.txt"))
        let tmx = directory.appendingPathComponent("pairs.tmx").path
        let result = try PadanProcess.run(["align", ids.path, ens.path, "--json", "-o", tmx, "--date", "2026-11-22"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("b.txt: no translation of the same name"))
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("{\"file\":\"\(ids.path)/a.txt\"") })
        let validation = try PadanProcess.run(["tmx", "validate", tmx])
        #expect(validation.status == 0, "\(validation.stdout)")
        let written = try String(contentsOfFile: tmx, encoding: .utf8)
        #expect(written.contains("<tuv xml:lang=\"en\">"))
        #expect(written.contains("x-alignment-confidence"))
    }

    @Test("an empty target is reported; --min-confidence above every pair keeps the TMX empty")
    func emptyTargetAndThreshold() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let empty = directory.appendingPathComponent("empty.txt").path
        try Data().write(to: URL(fileURLWithPath: empty))
        let result = try PadanProcess.run(["align", Self.seed, empty])
        #expect(result.status == 1)
        #expect(result.stderr.contains("the target has no sentences to align"))
        let tmx = directory.appendingPathComponent("none.tmx").path
        let strict = try PadanProcess.run(["align", Self.seed, Self.english, "--min-confidence", "1", "-o", tmx])
        #expect(strict.status == 0)
        #expect(strict.stderr.contains("kept out of the TMX"))
        #expect(!(try String(contentsOfFile: tmx, encoding: .utf8)).contains("<tu "))
        let bad = try PadanProcess.run(["align", Self.seed, Self.english, "--anchors", "names"])
        #expect(bad.status == 2)
    }

    @Test("check finds a missing term, a deprecated term and a wrong number, with exit 1; a clean pair exits 0")
    func check() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("id.txt")
        let target = directory.appendingPathComponent("en.txt")
        try Data("Korut mengirim 1.500 tentara ke Rusia.\n".utf8).write(to: source)
        try Data("Pyongyang sent 1,600 soldiers to the Russian Federation.\n".utf8).write(to: target)
        let result = try PadanProcess.run(["check", "--pairs", source.path, target.path, "--json"])
        #expect(result.status == 1)
        let rules = result.stdout.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["rule"] as? String
        }
        #expect(rules.contains("missing-term"))
        #expect(rules.contains("number"))
        try Data("North Korea sent 1,500 soldiers to Russia.\n".utf8).write(to: target)
        let clean = try PadanProcess.run(["check", "--pairs", source.path, target.path])
        #expect(clean.status == 0, "\(clean.stdout)")
        let usage = try PadanProcess.run(["check"])
        #expect(usage.status == 2)
    }

    @Test("lookup --tm shows how a term was rendered, with counts and examples")
    func lookupWithMemory() throws {
        let result = try PadanProcess.run(["lookup", "Korut", "--tm", "Exports/seeds.tmx"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("in Exports/seeds.tmx: "))
        #expect(result.stdout.contains("“North Korea” "))
        let json = try PadanProcess.run(["lookup", "Korut", "--json", "--tm", "Exports/seeds.tmx"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let memory = (object?["results"] as? [[String: Any]])?.first?["memory"] as? [String: Any]
        #expect((memory?["pairs"] as? Int ?? 0) > 10)
        #expect((memory?["examples"] as? [Any])?.count == 5)
        let missing = try PadanProcess.run(["lookup", "Korut", "--tm", "nowhere.tmx"])
        #expect(missing.status == 2)
    }
}
