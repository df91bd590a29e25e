import Foundation
import Testing

@testable import Padan

@Suite("TMX writer and reader")
struct TMXWriterReaderTests {
    static let inlineUnit = TMXUnit(
        attributes: [TMXAttribute("tuid", "u1"), TMXAttribute("creationdate", "20261122T093000Z")],
        annotations: [.prop("x-document", "a.txt"), .note("Terms: Korut = North Korea"), .prop("x-segment", "3")],
        variants: [
            TMXVariant(language: "id", segment: [
                .element(name: "bpt", attributes: [TMXAttribute("i", "1"), TMXAttribute("x", "1")], content: [.text("<b>")]),
                .text("Korut & \"AS\" "),
                .element(name: "ept", attributes: [TMXAttribute("i", "1")], content: [.text("</b>")]),
                .element(name: "ph", attributes: [TMXAttribute("x", "2")], content: [.text("<br/>")]),
            ]),
            TMXVariant(language: "en", text: "North Korea & the U.S."),
        ])

    @Test func unitsSurviveAWriteAndARead() throws {
        let writer = try TMXWriter(header: TMXWriter.header(sourceLanguage: "id", creationDate: "20261122T000000Z"))
        try writer.write(Self.inlineUnit)
        try writer.write(TMXUnit(attributes: [TMXAttribute("tuid", "u2")], variants: [TMXVariant(language: "id", text: "")]))
        try writer.finish()
        let reader = try TMXReader(bytes: writer.bytes, path: "memory.tmx")
        #expect(reader.version == "1.4")
        #expect(reader.header.sourceLanguage == "id")
        #expect(reader.header.attributes["creationtool"] == "padan")
        var first = try #require(try reader.next())
        first.line = 0
        for index in first.variants.indices { first.variants[index].line = 0 }
        #expect(first == Self.inlineUnit)
        #expect(try reader.next()?.variants.first?.segment == [])
        #expect(try reader.next() == nil)
    }

    @Test func segmentsAreNotIndentedButEverythingElseIs() throws {
        let writer = try TMXWriter(header: TMXWriter.header(sourceLanguage: "id", creationDate: "20261122T000000Z"))
        try writer.write(Self.inlineUnit)
        try writer.finish()
        let text = String(decoding: writer.bytes, as: UTF8.self)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n"))
        #expect(text.contains(
            "\n        <seg><bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Korut &amp; &quot;AS&quot; <ept i=\"1\">&lt;/b&gt;</ept><ph x=\"2\">&lt;br/&gt;</ph></seg>\n      </tuv>\n"))
        #expect(text.contains("\n  <body>\n    <tu tuid=\"u1\""))
    }

    @Test func plainTextLeavesCodesOut() {
        #expect(Self.inlineUnit.variants[0].segment.plainText == "Korut & \"AS\" ")
        let highlighted: [TMXInline] = [.text("a "), .element(name: "hi", attributes: [], content: [.text("b")]), .text(" c")]
        #expect(highlighted.plainText == "a b c")
    }

    @Test func aFailedWriteLeavesTheOldFileAlone() throws {
        let directory = try TMXTestFiles.directory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.tmx").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        do {
            let writer = try TMXWriter(path: path, header: TMXWriter.header(sourceLanguage: "id", creationDate: "20261122T000000Z"))
            try writer.write(Self.inlineUnit)
            // A control character cannot be written; the writer is abandoned before finish().
            #expect(throws: PadanError.self) { try writer.write(TMXUnit(variants: [TMXVariant(language: "id", text: "bad\u{1}")])) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(leftovers == ["old.tmx"])
    }

    @Test func readsTMX11LangAndUTF16() throws {
        let tmx11 = """
            <?xml version="1.0"?>
            <tmx version="1.1"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
            <body><tu><tuv lang="en"><seg>Hello</seg></tuv><tuv lang="in"><seg>Halo</seg></tuv></tu></body></tmx>
            """
        let reader = try TMXReader(bytes: Array(tmx11.utf8), path: "old.tmx")
        #expect(reader.version == "1.1")
        let unit = try #require(try reader.next())
        #expect(unit.variants.map(\.language) == ["en", "in"])
        #expect(unit.variants.map(\.attributes) == [[], []])

        let text = TMXTestFiles.document(units: #"<tu><tuv xml:lang="id"><seg>Rp2,5 triliun</seg></tuv></tu>"#)
            .replacingOccurrences(of: "encoding=\"UTF-8\"", with: "encoding=\"UTF-16\"")
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let sixteen = try TMXReader(bytes: utf16, path: "utf16.tmx")
        #expect(try sixteen.next()?.variants.first?.segment.plainText == "Rp2,5 triliun")
    }

    @Test func malformedInputIsAnErrorWithItsLine() throws {
        let broken = TMXTestFiles.document(units: "<tu>\n<tuv xml:lang=\"id\"><seg>a</tuv>\n</tu>")
        let error = #expect(throws: PadanError.self) {
            let reader = try TMXReader(bytes: Array(broken.utf8), path: "broken.tmx")
            while try reader.next() != nil {}
        }
        #expect(error?.code == .malformed)
        #expect(error?.file == "broken.tmx")
        #expect(error?.line == 7)
        let notTMX = #expect(throws: PadanError.self) { _ = try TMXReader(bytes: Array("<html><body/></html>".utf8), path: "page.html") }
        #expect(notTMX?.message == "the root element is <html>, not <tmx>")
    }

    @Test func datesAreFormattedAndChecked() {
        #expect(TMXDate.string(fromEpochSeconds: 0) == "19700101T000000Z")
        #expect(TMXDate.string(fromEpochSeconds: 1_763_769_600) == "20251122T000000Z")
        #expect(TMXDate.epochSeconds(fromISO8601: "2025-11-22") == 1_763_769_600)
        #expect(TMXDate.epochSeconds(fromISO8601: "2025-11-22T00:00:10Z") == 1_763_769_610)
        #expect(TMXDate.epochSeconds(fromISO8601: "20251122T000010Z") == 1_763_769_610)
        #expect(TMXDate.epochSeconds(fromISO8601: "2025-02-29") == nil)
        #expect(TMXDate.epochSeconds(fromISO8601: "yesterday") == nil)
        #expect(TMXDate.isValid("20240229T235959Z"))
        #expect(!TMXDate.isValid("20230229T000000Z"))
        #expect(!TMXDate.isValid("2025-03-01 08:00"))
        #expect(!TMXDate.isValid("20250301T246000Z"))
    }
}
