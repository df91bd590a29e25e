import Foundation
import Testing

@testable import Padan

@Suite("padan tmx validate (library)")
struct TMXValidatorTests {
    static func validate(_ text: String) throws -> (TMXValidationSummary, [Finding]) {
        let path = try TMXTestFiles.write(text)
        var findings: [Finding] = []
        let summary = try TMXValidator().validate(path: path) { findings.append($0) }
        return (summary, findings)
    }

    static let good = TMXTestFiles.document(units: """
            <tu tuid="1"><prop type="x-document">a.txt</prop><tuv xml:lang="id"><seg>Wamenlu <bpt i="1" x="1">&lt;b&gt;</bpt>tiba<ept i="1">&lt;/b&gt;</ept>.</seg></tuv><tuv xml:lang="en-US"><seg>The vice minister arrived.</seg></tuv></tu>
            <tu tuid="2" creationdate="20261122T093000Z" usagecount="3"><tuv xml:lang="id"><seg>Korut</seg></tuv><tuv xml:lang="en"><seg>North Korea</seg></tuv></tu>
        """)

    @Test func aValidFileHasNoFindings() throws {
        let (summary, findings) = try Self.validate(Self.good)
        #expect(findings.isEmpty, "\(findings)")
        #expect(summary.isValid)
        #expect(summary.units == 2)
        #expect(summary.variantsByLanguage == ["id": 2, "en-US": 1, "en": 1])
        #expect(summary.sourceLanguage == "id")
    }

    @Test func reportsEachProblemOnItsLine() throws {
        let text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <tmx version="1.4">
            <header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="id" creationdate="2025-03-01"/>
            <body>
            <tu tuid="a"><tuv xml:lang="id"><seg>satu</seg></tuv></tu>
            <tu tuid="a"><tuv xml:lang="english"><seg>two</seg></tuv></tu>
            <tu tuid="b"><tuv xml:lang="id"><seg><bpt i="1">&lt;b&gt;</bpt>tiga <ph x="1"/><ph x="1"/></seg></tuv></tu>
            <tu tuid="c"><tuv xml:lang="in"><seg>empat</seg></tuv><tuv xml:lang="en_US"><seg></seg></tuv></tu>
            <tu tuid="d"><tuv xml:lang="id"></tuv><note>late</note></tu>
            </body>
            </tmx>
            """
        let (summary, findings) = try Self.validate(text)
        let byRule = Dictionary(grouping: findings, by: \.rule).mapValues { $0.map { $0.line ?? 0 } }
        #expect(byRule["dtd"]?.contains(3) == true, "missing o-tmf is a DTD error on the header's line")
        #expect(findings.contains { $0.rule == "dtd" && $0.message == "<header> lacks the required attribute o-tmf" })
        #expect(byRule["date-format"] == [3])
        #expect(byRule["duplicate-tuid"] == [6])
        #expect(findings.first { $0.rule == "duplicate-tuid" }?.message == "tuid \"a\" is already used by the unit on line 5")
        #expect(byRule["language-tag"] == [6, 8])
        #expect(byRule["missing-source-variant"] == [6, 8])
        #expect(byRule["inline-pairing"] == [7])
        #expect(byRule["inline-x"] == [7])
        #expect(byRule["language-tag-deprecated"] == [8])
        #expect(byRule["empty-segment"] == [8])
        #expect(findings.contains { $0.rule == "dtd" && $0.line == 9 && $0.message.contains("Element tuv content does not follow the DTD") })
        #expect(findings.contains { $0.rule == "dtd" && $0.line == 9 && $0.message.contains("Element tu content does not follow the DTD") })
        #expect(!summary.isValid)
        #expect(summary.errors == findings.filter { $0.severity == .error }.count)
        #expect(findings.allSatisfy { $0.remedy?.isEmpty == false })
    }

    @Test func notWellFormedStopsWithOneFindingAndItsLine() throws {
        let (summary, findings) = try Self.validate(TMXTestFiles.document(units: "<tu>\n<tuv xml:lang=\"id\"><seg>a</tuv></tu>"))
        #expect(!summary.complete)
        #expect(findings.last?.rule == "not-well-formed")
        #expect(findings.last?.line == 7)
        #expect(findings.last?.column != nil)
        #expect(findings.filter { $0.message.contains("Opening and ending tag mismatch") }.count == 1, "reported once")
    }

    @Test func hostileFilesReadNothingAndStopEarly() throws {
        let secret = try TMXTestFiles.write("SECRET-CONTENT", name: "secret.txt")
        let xxe = """
            <?xml version="1.0"?>
            <!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file://\(secret)">]>
            <tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" o-tmf="t" adminlang="en" srclang="id"/>
            <body><tu><tuv xml:lang="id"><seg>&xxe;</seg></tuv></tu></body></tmx>
            """
        let (_, findings) = try Self.validate(xxe)
        #expect(findings.contains { $0.rule == "not-well-formed" && $0.message.contains("entity references are not allowed") })
        #expect(!findings.contains { $0.message.contains("SECRET") })

        var laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            laughs += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level == 1 ? "" : String(level - 1));", count: 10) + "\">\n"
        }
        laughs += "]>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"id\"><seg>&lol9;</seg></tuv></tu></body></tmx>\n"
        let start = Date()
        let (summary, bombFindings) = try Self.validate(laughs)
        #expect(!summary.complete)
        #expect(bombFindings.contains { $0.message.contains("entity references are not allowed") })
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func findingsOfOneRuleAreCappedButCounted() throws {
        let units = (0..<150).map { "<tu tuid=\"same\"><tuv xml:lang=\"id\"><seg>\($0)</seg></tuv></tu>" }.joined(separator: "\n")
        let (summary, findings) = try Self.validate(TMXTestFiles.document(units: units))
        #expect(findings.filter { $0.rule == "duplicate-tuid" }.count == 100)
        #expect(summary.suppressed == ["duplicate-tuid": 49])
        #expect(summary.errors == 149)
    }

    @Test func aMissingFileIsAnErrorNotAFinding() {
        let error = #expect(throws: PadanError.self) { _ = try TMXValidator().validate(path: "/nonexistent/x.tmx") { _ in } }
        #expect(error?.code == .unreadable)
    }

    /// The real-world files in ../shared/real-world/tmx: their known problems are found, and nothing else.
    @Test(.enabled(if: TMXTestFiles.realWorld != nil)) func realWorldFiles() throws {
        let directory = try #require(TMXTestFiles.realWorld)
        let expected: [String: Set<String>] = [
            "alignfactory.issue277.tmx": [],
            "bloom-l10nsharp.en-id.tmx": ["duplicate-tuid", "empty-source", "srclang-order"],
            "lisa-compkit.ImportTest1L.tmx": [],
            "lisa-compkit.ImportTest2B.utf16.tmx": [],
            "okapi-oku-alignment.Paragraph_TM.tmx": ["deprecated-ut"],
            "omegat-2.0.4.mytm.tmx": [],
            "omegat-level1.tmx11.tmx": ["dtd", "tmx-version", "missing-source-variant"],
            "sdlxliff2tmx.okapi-confusion.tmx": ["inline-x"],
            "trados-tw4win.utf16.tmx": ["dtd"],
        ]
        for (name, rules) in expected {
            var found = Set<String>()
            var lines = true
            let summary = try TMXValidator().validate(path: directory.appendingPathComponent(name).path) { finding in
                found.insert(finding.rule)
                if finding.rule != "srclang-order" && finding.line == nil { lines = false }
            }
            #expect(found == rules, "\(name)")
            #expect(lines, "\(name): every finding about an element has a line")
            #expect(summary.complete, "\(name)")
        }
    }
}
