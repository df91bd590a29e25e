import Foundation
import Testing

@testable import Padan

@Suite("padan tmx merge and stats (library)")
struct TMXMergeTests {
    static func units(_ path: String) throws -> [TMXUnit] {
        let reader = try TMXReader(path: path)
        var units: [TMXUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return units
    }

    static let first = TMXTestFiles.document(srclang: "id", units: """
            <tu tuid="k1"><prop type="x-term">Korut = North Korea</prop><tuv xml:lang="id"><seg>Korut <ph x="1">&lt;br/&gt;</ph>menembak.</seg></tuv><tuv xml:lang="EN-us"><seg>North Korea fired.</seg></tuv><tuv xml:lang="fr"><seg>La Corée du Nord a tiré.</seg></tuv></tu>
            <tu tuid="k2"><note>kept</note><tuv xml:lang="id"><seg>Korsel</seg></tuv><tuv xml:lang="en"><seg>South Korea</seg></tuv></tu>
        """)
    static let second = """
        <?xml version="1.0"?>
        <tmx version="1.1"><header creationtool="old" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu tuid="k1"><tuv lang="en"><seg>Hello</seg></tuv><tuv lang="in"><seg>Halo</seg></tuv></tu>
        <tu tuid="dup"><tuv lang="id"><seg>Korsel</seg></tuv><tuv lang="en"><seg>South Korea</seg></tuv></tu>
        </body></tmx>
        """

    @Test func mergesKeepingEverythingAndWritingValidTMX() throws {
        let a = try TMXTestFiles.write(Self.first, name: "a.tmx")
        let b = try TMXTestFiles.write(Self.second, name: "b.tmx")
        let output = try TMXTestFiles.directory().appendingPathComponent("out/merged.tmx").path
        let summary = try TMXMerge(dropDuplicates: true, creationDate: "20261122T000000Z").merge([a, b], into: output)
        #expect(summary.unitsRead == [a: 2, b: 2])
        #expect(summary.duplicatesDropped == 1)
        #expect(summary.unitsWritten == 3)
        #expect(summary.identifiersRenamed == 1)
        let merged = try Self.units(output)
        #expect(merged.map(\.id) == ["k1", "k2", "k1-2"])
        #expect(merged[0].variants.map(\.language) == ["id", "en-US", "fr"])
        #expect(merged[0].variants[0].segment == [.text("Korut "), .element(name: "ph", attributes: [TMXAttribute("x", "1")], content: [.text("<br/>")]), .text("menembak.")])
        #expect(merged[0].annotations == [.prop("x-term", "Korut = North Korea")])
        #expect(merged[1].annotations == [.note("kept")])
        #expect(merged[2].variants.map(\.language) == ["en", "id"], "TMX 1.1 lang=\"in\" is written as xml:lang=\"id\"")
        #expect(merged[2].attributes["srclang"] == "en", "a unit from an English-source file keeps its srclang")
        var findings: [Finding] = []
        let validation = try TMXValidator().validate(path: output) { findings.append($0) }
        #expect(validation.isValid, "\(findings)")
    }

    @Test func filtersLanguagesAndDropsUnitsThatLoseTheirSource() throws {
        let a = try TMXTestFiles.write(Self.first, name: "a.tmx")
        let b = try TMXTestFiles.write(Self.second, name: "b.tmx")
        let output = try TMXTestFiles.directory().appendingPathComponent("idfr.tmx").path
        let summary = try TMXMerge(languages: ["id", "fr"], creationDate: "20261122T000000Z").merge([a, b], into: output)
        #expect(summary.variantsDropped == 4)
        #expect(summary.unitsEmptied == 2, "both units of the English-source file have no English left")
        let merged = try Self.units(output)
        #expect(merged.map { $0.variants.map(\.language) } == [["id", "fr"], ["id"]])
    }

    @Test func statisticsCountLanguagesDuplicatesAndConflicts() throws {
        let text = TMXTestFiles.document(units: """
                <tu tuid="1"><tuv xml:lang="id"><seg>Korut menembak</seg></tuv><tuv xml:lang="en"><seg>North Korea fired</seg></tuv></tu>
                <tu tuid="1"><tuv xml:lang="id"><seg>Korut menembak</seg></tuv><tuv xml:lang="en"><seg>North Korea fired</seg></tuv></tu>
                <tu tuid="3"><tuv xml:lang="id"><seg>Korut menembak</seg></tuv><tuv xml:lang="EN"><seg>Pyongyang fired</seg></tuv></tu>
                <tu tuid="4"><tuv xml:lang="in"><seg><bpt i="1">&lt;b&gt;</bpt>Korsel<ept i="1">&lt;/b&gt;</ept></seg></tuv><tuv xml:lang="en"><seg/></tuv></tu>
            """)
        let stats = try TMXStatistics.measure(path: try TMXTestFiles.write(text))
        #expect(stats.units == 4)
        #expect(stats.languages["id"] == .init(segments: 4, emptySegments: 0, words: 7, characters: 48))
        #expect(stats.languages["en"] == .init(segments: 4, emptySegments: 1, words: 8, characters: 49))
        #expect(stats.duplicateUnits == 1)
        #expect(stats.conflictingTranslations == 1)
        #expect(stats.duplicateIdentifiers == 1)
        #expect(stats.unitsWithInlineCodes == 1)
        #expect(stats.creationTool == "test 1")
    }

    /// Every unit of every real-world file is read, and merging them all keeps every inline element.
    @Test(.enabled(if: TMXTestFiles.realWorld != nil)) func realWorldFilesMergeWithoutLoss() throws {
        let directory = try #require(TMXTestFiles.realWorld)
        let expected = [
            "alignfactory.issue277.tmx": 2, "bloom-l10nsharp.en-id.tmx": 777, "lisa-compkit.ImportTest1L.tmx": 1,
            "lisa-compkit.ImportTest2B.utf16.tmx": 7, "okapi-oku-alignment.Paragraph_TM.tmx": 7,
            "omegat-2.0.4.mytm.tmx": 25, "omegat-level1.tmx11.tmx": 4, "sdlxliff2tmx.okapi-confusion.tmx": 1,
            "trados-tw4win.utf16.tmx": 11,
        ]
        let names = expected.keys.sorted()
        let paths = names.map { directory.appendingPathComponent($0).path }
        var inline = 0
        var variants = 0
        for (name, path) in zip(names, paths) {
            let units = try Self.units(path)
            #expect(units.count == expected[name], "\(name)")
            #expect(try TMXStatistics.measure(path: path).units == expected[name])
            variants += units.reduce(0) { $0 + $1.variants.count }
            inline += units.reduce(0) { $0 + $1.variants.reduce(0) { $0 + Self.elementCount($1.segment) } }
        }
        let output = try TMXTestFiles.directory().appendingPathComponent("all.tmx").path
        let summary = try TMXMerge(creationDate: "20261122T000000Z").merge(paths, into: output)
        #expect(summary.unitsWritten == expected.values.reduce(0, +))
        let merged = try Self.units(output)
        #expect(merged.reduce(0) { $0 + $1.variants.count } == variants)
        #expect(merged.reduce(0) { $0 + $1.variants.reduce(0) { $0 + Self.elementCount($1.segment) } } == inline)
        #expect(inline > 50)
    }

    static func elementCount(_ content: [TMXInline]) -> Int {
        content.reduce(0) { count, item in
            if case .element(_, _, let children) = item { return count + 1 + elementCount(children) }
            return count
        }
    }
}
