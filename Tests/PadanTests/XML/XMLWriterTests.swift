import Foundation
import Padan
import Testing

@Suite("XMLWriter")
struct XMLWriterTests {
    static let awkward = #"Tom & Jerry <b> "kutip" 'tunggal' > naïve — Jum’at 日本 🇮🇩"#

    /// Writes a small document with every kind of node into `writer`.
    static func writeSample(_ writer: XMLWriter) throws {
        try writer.startDocument()
        try writer.docType(name: "tmx", systemID: "tmx14.dtd")
        try writer.startElement("tmx", namespace: "urn:example")
        try writer.attribute("version", "1.4")
        try writer.comment(" segments ")
        try writer.startElement("tu")
        try writer.attribute("note", awkward)
        try writer.element("seg", text: awkward)
        try writer.startElement("empty")
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
        try writer.finish()
    }

    @Test func escapesMarkupQuotesAndKeepsUnicode() throws {
        let writer = try XMLWriter()
        try Self.writeSample(writer)
        let xml = String(decoding: writer.bytes, as: UTF8.self)
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(xml.contains(#"<!DOCTYPE tmx SYSTEM "tmx14.dtd">"#))
        #expect(xml.contains(#"<tmx version="1.4" xmlns="urn:example">"#))
        // Markup characters and the double quote are escaped; apostrophes and non-ASCII text are written as they
        // are, in UTF-8.
        #expect(xml.contains(#"<seg>Tom &amp; Jerry &lt;b&gt; &quot;kutip&quot; 'tunggal' &gt; naïve — Jum’at 日本 🇮🇩</seg>"#))
        #expect(xml.contains(#"note="Tom &amp; Jerry &lt;b&gt; &quot;kutip&quot; 'tunggal' &gt; naïve"#))
        #expect(xml.contains("<empty/>"))
        #expect(xml.contains("<!-- segments -->"))
    }

    @Test func outputIsIndentedWithTwoSpaces() throws {
        let writer = try XMLWriter()
        try Self.writeSample(writer)
        let lines = String(decoding: writer.bytes, as: UTF8.self).split(separator: "\n")
        #expect(lines.contains("  <tu note=\"Tom &amp; Jerry &lt;b&gt; &quot;kutip&quot; 'tunggal' &gt; naïve — Jum’at 日本 🇮🇩\">"))
        #expect(lines.contains { $0.hasPrefix("    <seg>") })
        #expect(lines.contains("    <empty/>"))
        #expect(lines.last == "</tmx>")
        #expect(lines[1] == #"<!DOCTYPE tmx SYSTEM "tmx14.dtd">"#)
        #expect(lines[2].hasPrefix("<tmx "))
    }

    @Test func outputIsWellFormedAndReadsBackUnchanged() throws {
        let writer = try XMLWriter()
        try Self.writeSample(writer)
        let reader = try XMLStreamReader(bytes: writer.bytes, path: "sample.xml")
        var note: String?
        var segText: String?
        var names: [String] = []
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            names.append(reader.localName)
            if reader.localName == "tmx" { #expect(reader.namespaceURI == "urn:example") }
            if reader.localName == "tu" { note = reader.attribute(named: "note") }
            if reader.localName == "seg" { segText = try reader.readElementText() }
        }
        #expect(names == ["tmx", "tu", "seg", "empty"])
        #expect(note == Self.awkward)
        #expect(segText == Self.awkward)
    }

    @Test func writesFilesAtomicallyAndStreamsLargeDocuments() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-xmlwriter-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.xml").path
        let writer = try XMLWriter(path: path)
        try writer.startDocument()
        try writer.startElement("body")
        for index in 0..<20_000 {
            try writer.element("seg", text: "Kalimat nomor \(index) & seterusnya.")
        }
        try writer.endDocument()
        // Nothing replaces the destination before finish().
        #expect(!FileManager.default.fileExists(atPath: path))
        try writer.finish()
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(data.count > 20_000 * 30)
        let reader = try XMLStreamReader(bytes: Array(data), path: path)
        var count = 0
        var last = ""
        while try reader.read() {
            guard reader.nodeType == .element && reader.localName == "seg" else { continue }
            count += 1
            last = try reader.readElementText()
        }
        #expect(count == 20_000)
        #expect(last == "Kalimat nomor 19999 & seterusnya.")
        // Only the final file is left: no temporary files.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.xml"])
    }

    @Test func anAbandonedWriterLeavesNoFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-xmlwriter-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.xml").path
        do {
            let writer = try XMLWriter(path: path)
            try writer.startDocument()
            try writer.element("a", text: "b")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func rejectsCharactersXMLCannotRepresent() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.startElement("seg")
        let error = #expect(throws: PadanError.self) { try writer.text("bel \u{07} here") }
        #expect(error?.code == .unwritable)
        #expect(error?.message.contains("U+0007") == true)
        #expect(throws: PadanError.self) { try writer.attribute("a", "nul \u{0} here") }
        #expect(throws: PadanError.self) { try writer.comment("a -- b") }
    }

    @Test func reportsAnUnwritableDestination() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("padan-plain-\(UUID()).txt")
        try Data("x".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        // The "directory" is a regular file, so nothing can be created below it.
        let path = file.appendingPathComponent("out.xml").path
        let error = #expect(throws: PadanError.self) { _ = try XMLWriter(path: path) }
        #expect(error?.code == .unwritable)
        #expect(error?.file == path)
    }

    @Test func unbalancedEndElementIsAnError() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        let error = #expect(throws: PadanError.self) { try writer.endElement() }
        #expect(error?.code == .unwritable)
    }

    @Test func nothingCanBeWrittenAfterFinish() throws {
        let writer = try XMLWriter()
        try writer.startDocument()
        try writer.element("a", text: "b")
        try writer.finish()
        #expect(String(decoding: writer.bytes, as: UTF8.self).contains("<a>b</a>"))
        #expect(throws: PadanError.self) { try writer.element("c", text: "d") }
        #expect(throws: PadanError.self) { try writer.finish() }
    }
}
