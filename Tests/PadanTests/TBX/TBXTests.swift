import Foundation
import Padan
import Testing

/// TBX v3 and 2008 out, TBX in, and what import must survive.
@Suite("TBX")
struct TBXTests {
    static let glossary: Glossary = (try? Glossary.load(at: GlossaryTests.sample)) ?? Glossary(concepts: [])

    static func importBytes(_ text: String) throws -> (concepts: [Concept], findings: [Finding]) {
        try TBXReader.read(bytes: Array(text.utf8), path: "t.tbx")
    }

    @Test("export → import → export is byte-identical", arguments: [TBXWriter.Format.v3, .tbx2008])
    func roundTrip(_ format: TBXWriter.Format) throws {
        let first = try TBXWriter.bytes(Self.glossary, format: format)
        let (concepts, findings) = try TBXReader.read(bytes: first, path: "g.tbx")
        #expect(findings.isEmpty)
        #expect(concepts.count == Self.glossary.concepts.count)
        let second = try TBXWriter.bytes(Glossary(concepts: concepts), format: format)
        #expect(first == second)
    }

    @Test("TBX v3 output is TBX-Basic DCA with term types and statuses")
    func v3Shape() throws {
        let text = String(decoding: try TBXWriter.bytes(Self.glossary, format: .v3), as: UTF8.self)
        #expect(text.contains("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">"))
        #expect(text.contains("<conceptEntry id=\"kementerian-luar-negeri\">"))
        #expect(text.contains("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>"))
        #expect(text.contains("<termNote type=\"termType\">abbreviation</termNote>"))
        #expect(text.contains("<termNote type=\"partOfSpeech\">verb</termNote>"))
        #expect(text.contains("\n  <tbxHeader>"))
    }

    @Test("TBX 2008 output is martif with langSet and tig")
    func martifShape() throws {
        let text = String(decoding: try TBXWriter.bytes(Self.glossary, format: .tbx2008), as: UTF8.self)
        #expect(text.contains("<martif type=\"TBX-Basic\" xml:lang=\"en\">"))
        #expect(text.contains("<termEntry id=\"korea-utara\">"))
        #expect(text.contains("<langSet xml:lang=\"id\">"))
        #expect(text.contains("<tig>"))
    }

    @Test("what padan cannot hold is reported with its line, never dropped silently")
    func reportsDrops() throws {
        let tbx = """
            <?xml version="1.0"?>
            <martif type="TBX" xml:lang="en"><text><body>
            <termEntry id="a"><descrip type="subjectField">manufacturing</descrip>
            <langSet xml:lang="en"><tig><term>alpha</term><termNote type="partOfSpeech">noun</termNote><termNote type="geographicalUsage">US</termNote></tig></langSet>
            <langSet xml:lang="id"><tig><term>alfa, alpa</term></tig></langSet>
            <langSet xml:lang="hu"><tig><term>alfa</term></tig></langSet></termEntry>
            <termEntry><langSet xml:lang="en"><tig><term>beta</term></tig></langSet><langSet xml:lang="id"><tig><term/></tig></langSet></termEntry>
            <termEntry><langSet xml:lang="en"><tig><term>gamma</term></tig></langSet><langSet xml:lang="id"><tig><term>gama</term></tig></langSet></termEntry>
            <termEntry id="a"><langSet xml:lang="en"><tig><term>delta</term></tig></langSet><langSet xml:lang="in"><tig><term>delta</term></tig></langSet></termEntry>
            </body></text></martif>
            """
        let (concepts, findings) = try Self.importBytes(tbx)
        #expect(concepts.map(\.id) == ["a", "gamma", "delta"])
        #expect(concepts[0].domain == "general")
        #expect(concepts[0].note.contains("manufacturing"))
        #expect(concepts[0].indonesian.map(\.text) == ["alfa", "alpa"])
        let messages = findings.map { "\($0.line ?? 0) \($0.rule) \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("3 tbx-normalized subject field 'manufacturing'") })
        #expect(messages.contains { $0.hasPrefix("4 tbx-dropped termNote type 'geographicalUsage'") })
        #expect(concepts[0].english.first?.partOfSpeech == .noun)
        #expect(messages.contains { $0.contains("comma-joined synonyms") })
        #expect(messages.contains { $0.contains("language 'hu' is not kept") })
        #expect(messages.contains { $0.hasPrefix("7 tbx-not-kept") })
        #expect(messages.contains { $0.contains("without an id: given id 'gamma'") })
        #expect(messages.contains { $0.contains("duplicate id 'a'") })
    }

    @Test("external entities and entity expansion are refused without reading the file")
    func hostileInput() {
        let xxe = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>"
        let error = #expect(throws: PadanError.self) { try Self.importBytes(xxe) }
        #expect(error?.description.contains("root:") == false)
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE martif [<!ENTITY l0 \"ha\">"
        for level in 1...9 { laughs += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">" }
        laughs += "]><martif><text><body><termEntry><langSet xml:lang=\"en\"><tig><term>&l9;</term></tig></langSet></termEntry></body></text></martif>"
        #expect(throws: PadanError.self) { try Self.importBytes(laughs) }
    }

    @Test("malformed XML is an error with its line")
    func malformed() {
        let error = #expect(throws: PadanError.self) {
            try Self.importBytes("<?xml version=\"1.0\"?>\n<martif>\n<text>\n<body></text></martif>")
        }
        #expect(error?.line == 4)
        #expect(error?.file == "t.tbx")
    }

    @Test("a non-TBX document is refused")
    func wrongRoot() {
        #expect(throws: PadanError.self) { try Self.importBytes("<?xml version=\"1.0\"?><tmx version=\"1.4\"/>") }
    }

    /// The real-world termbases in ../shared (skipped when it is absent): every entry kept or reported.
    @Test("real-world TBX files: every entry kept or reported", arguments: [
        ("weblate-glossary.id.tbx", 300), ("ltac-tbx-min-v3.min_good.tbx", 45), ("lisa-oracle-sample.tbx", 1),
    ])
    func realWorld(_ name: String, _ entries: Int) throws {
        let url = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/real-world/tbx/\(name)")
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        let (concepts, findings) = try TBXReader.read(bytes: Array(try Data(contentsOf: url)), path: name)
        let notKept = findings.filter { $0.rule == "tbx-not-kept" }
        #expect(concepts.count + notKept.count == entries)
        #expect(notKept.allSatisfy { $0.line != nil && $0.message.contains("no ") })
    }
}
