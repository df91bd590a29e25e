import Foundation
import Padan
import Testing

/// `padan segment` as a user runs it: output formats, standard input, exit statuses and messages.
@Suite("padan segment")
struct SegmentCommandTests {
    let seed = "seeds/004_19298bd37c9aef41.txt"

    @Test("text output leaves boilerplate out unless asked")
    func textOutput() throws {
        let plain = try PadanProcess.run(["segment", seed])
        #expect(plain.status == 0)
        let lines = plain.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "AS-Korsel Minta Korut agar Tarik Pasukannya dari Rusia")
        #expect(!lines.contains("***kps/mpc/bs"))
        #expect(!lines.contains("Exit mobile version"))
        let kept = try PadanProcess.run(["segment", seed, "--keep-boilerplate"])
        #expect(kept.stdout.split(separator: "\n").contains("***kps/mpc/bs"))
    }

    @Test("--raw prints the gold format, boilerplate included")
    func raw() throws {
        let result = try PadanProcess.run(["segment", "--raw", seed])
        let gold = try String(
            contentsOf: PadanProcess.packageRoot.appendingPathComponent(
                "Tests/PadanTests/Fixtures/Segmentation/seeds-gold/004_19298bd37c9aef41.txt"), encoding: .utf8)
        #expect(result.stdout == gold)
    }

    @Test("--json prints one object per segment with byte offsets into the file")
    func json() throws {
        let result = try PadanProcess.run(["segment", "--json", seed])
        #expect(result.status == 0)
        let bytes = try Data(contentsOf: PadanProcess.packageRoot.appendingPathComponent(seed))
        let lines = result.stdout.split(separator: "\n")
        let gold = try String(contentsOf: PadanProcess.packageRoot.appendingPathComponent(
            "Tests/PadanTests/Fixtures/Segmentation/seeds-gold/004_19298bd37c9aef41.txt"), encoding: .utf8)
        #expect(lines.count == gold.split(separator: "\n").count)
        for (index, line) in lines.enumerated() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(object["file"] as? String == seed)
            #expect(object["index"] as? Int == index)
            let start = try #require(object["start"] as? Int)
            let end = try #require(object["end"] as? Int)
            let span = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(span.split(whereSeparator: \.isWhitespace).joined(separator: " ") == object["text"] as? String)
            #expect(object["boilerplate"] is Bool)
        }
        #expect(lines.first?.hasPrefix("{\"file\":") == true)
    }

    @Test("- reads standard input")
    func standardInput() throws {
        let result = try PadanProcess.run(["segment", "-"], input: Array("Ia datang. Dr. Budi pergi.".utf8))
        #expect(result.stdout == "Ia datang.\nDr. Budi pergi.\n")
    }

    @Test("a directory means its *.txt files in name order")
    func directory() throws {
        let result = try PadanProcess.run(["segment", "--json", "seeds"])
        let files = result.stdout.split(separator: "\n").compactMap { line -> String? in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["file"] as? String
        }
        #expect(Array(Set(files)).sorted() == files.reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } })
        #expect(Set(files).count == 5)
    }

    @Test("--lang en uses English rules")
    func english() throws {
        let result = try PadanProcess.run(["segment", "--lang", "en", "-"], input: Array("Mr. Kim left. He said no.".utf8))
        #expect(result.stdout == "Mr. Kim left.\nHe said no.\n")
    }

    @Test("a missing file is exit 2 with one line naming it")
    func missingFile() throws {
        let result = try PadanProcess.run(["segment", "nope.txt"])
        #expect(result.status == 2)
        #expect(result.stderr == "padan: error: nope.txt: no such file; check the path\n")
    }

    @Test("invalid UTF-8 is exit 2 naming file and byte offset; --encoding latin1 reads it")
    func invalidEncoding() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("latin.txt")
        try Data(Array("Caf".utf8) + [0xE9] + Array(" enak.".utf8)).write(to: file)
        let refused = try PadanProcess.run(["segment", file.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("latin.txt:1:4: invalid UTF-8 at byte offset 3"))
        let read = try PadanProcess.run(["segment", "--encoding", "latin1", file.path])
        #expect(read.status == 0)
        #expect(read.stdout == "Café enak.\n")
    }

    @Test("binary input is refused; an empty file gives nothing and exit 0")
    func binaryAndEmpty() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let binary = directory.appendingPathComponent("x.txt")
        try Data([0x41, 0x00, 0x42]).write(to: binary)
        let refused = try PadanProcess.run(["segment", binary.path])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("binary"))
        let empty = directory.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        let result = try PadanProcess.run(["segment", "--json", empty.path])
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test("--export-rules writes SRX 2.0 that --rules reads back to the same segments")
    func srxRoundTrip() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("padan.srx").path
        let export = try PadanProcess.run(["segment", "--export-rules", rules])
        #expect(export.status == 0)
        let srx = try String(contentsOfFile: rules, encoding: .utf8)
        #expect(srx.contains("<srx version=\"2.0\" xmlns=\"http://www.lisa.org/srx20\">"))
        let builtIn = try PadanProcess.run(["segment", "--raw", seed])
        let viaSRX = try PadanProcess.run(["segment", "--raw", "--rules", rules, seed])
        #expect(viaSRX.status == 0)
        #expect(viaSRX.stdout == builtIn.stdout)
    }

    @Test("a malformed SRX file is exit 2 naming the file and line")
    func malformedSRX() throws {
        let directory = try PadanProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rules = directory.appendingPathComponent("bad.srx")
        try Data("<?xml version=\"1.0\"?>\n<srx version=\"2.0\">\n<header>\n</srx>\n".utf8).write(to: rules)
        let result = try PadanProcess.run(["segment", "--rules", rules.path, seed])
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.srx:"))
    }

    @Test("usage errors are exit 2")
    func usage() throws {
        #expect(try PadanProcess.run(["segment"]).status == 2)
        #expect(try PadanProcess.run(["segment", "--lang", "xx", seed]).status == 2)
        #expect(try PadanProcess.run(["segment", "--json", "--raw", seed]).status == 2)
        #expect(try PadanProcess.run(["frobnicate"]).status == 2)
    }

    @Test("every command has --help with an example", arguments: ["segment", "build"])
    func help(_ command: String) throws {
        let result = try PadanProcess.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example"))
        #expect(result.stdout.contains("padan \(command)"))
    }
}
