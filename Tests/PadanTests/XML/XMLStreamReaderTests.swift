import Foundation
import Padan
import Testing

@Suite("XMLStreamReader")
struct XMLStreamReaderTests {
    /// Reads a whole document, collecting every text value seen before an error.
    static func readAll(_ xml: String, path: String = "test.xml") throws(PadanError) -> [String] {
        try readAll(Array(xml.utf8), path: path)
    }

    static func readAll(_ bytes: [UInt8], path: String = "test.xml") throws(PadanError) -> [String] {
        let reader = try XMLStreamReader(bytes: bytes, path: path)
        var values: [String] = []
        while try reader.read() {
            if let value = reader.value { values.append(value) }
        }
        return values
    }

    @Test func readsElementsAttributesTextAndLines() throws {
        let xml = """
            <?xml version="1.0"?>
            <root xmlns="urn:r" xmlns:x="urn:x">
              <item id="1" x:kind="a &amp; b">satu &lt;dua&gt; &#233;</item>
              <x:item><![CDATA[<raw> & more]]><!-- skipped --> tail</x:item>
              <empty/>
            </root>
            """
        let reader = try XMLStreamReader(bytes: Array(xml.utf8), path: "t.xml")
        var seen: [(String, String?, Int, Int)] = []
        while try reader.read() {
            guard reader.nodeType == .element else { continue }
            seen.append((reader.localName, reader.namespaceURI, reader.line, reader.depth))
            switch reader.localName {
            case "item" where reader.namespaceURI == "urn:r":
                #expect(reader.attribute(named: "id") == "1")
                #expect(reader.attribute(named: "kind", namespace: "urn:x") == "a & b")
                #expect(reader.attribute(named: "missing") == nil)
                #expect(try reader.readElementText() == "satu <dua> é")
            case "item":
                #expect(try reader.readElementText() == "<raw> & more tail")
            case "empty":
                #expect(reader.isEmptyElement)
                #expect(try reader.readElementText() == "")
            default:
                #expect(!reader.isEmptyElement)
            }
        }
        #expect(seen.map(\.0) == ["root", "item", "item", "empty"])
        #expect(seen.map(\.1) == ["urn:r", "urn:r", "urn:x", "urn:r"])
        #expect(seen.map(\.2) == [2, 3, 4, 5])
        #expect(seen.map(\.3) == [0, 1, 1, 1])
    }

    @Test func rejectsExternalEntitiesWithoutReadingTheFile() throws {
        let xml = #"<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>"#
        var values: [String] = []
        let error = #expect(throws: PadanError.self) {
            let reader = try XMLStreamReader(bytes: Array(xml.utf8), path: "xxe.xml")
            while try reader.read() {
                if let value = reader.value { values.append(value) }
            }
        }
        #expect(error?.code == .malformed)
        #expect(error?.file == "xxe.xml")
        #expect(error?.line == 1)
        #expect(error?.message == "entity references are not allowed: padan never expands entities in input")
        #expect(!values.joined().contains("root:"))
    }

    @Test func rejectsBillionLaughsQuickly() throws {
        var xml = #"<?xml version="1.0"?>"# + "\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for level in 1...9 {
            let previous = level == 1 ? "lol" : "lol\(level - 1)"
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
        }
        xml += "]>\n<lolz>&lol9;</lolz>\n"
        let start = Date()
        var values: [String] = []
        let error = #expect(throws: PadanError.self) {
            let reader = try XMLStreamReader(bytes: Array(xml.utf8), path: "lol.xml")
            while try reader.read() {
                if let value = reader.value { values.append(value) }
            }
        }
        #expect(error?.code == .malformed)
        #expect(error?.message.contains("entity references are not allowed") == true)
        // The reference is on line 13 (libxml2 stops parsing there or at the end of the document).
        #expect((13...14).contains(error?.line ?? 0))
        #expect(values.reduce(0) { $0 + $1.utf8.count } < 1000)
        // Expanding would take minutes and gigabytes; refusing takes milliseconds.
        #expect(Date().timeIntervalSince(start) < 5)
    }

    @Test func rejectsUndeclaredEntitiesWithTheirLine() throws {
        let error = #expect(throws: PadanError.self) { try Self.readAll("<a>\n<b>ok</b>\n<c>&nbsp;</c>\n</a>") }
        #expect(error?.message.contains("entity references are not allowed") == true)
        #expect(error?.line == 3)
    }

    @Test func acceptsPredefinedEntitiesAndCharacterReferences() throws {
        let values = try Self.readAll(#"<a>&lt;&amp;&gt;&quot;&apos;&#x41;&#66;</a>"#)
        #expect(values.joined() == #"<&>"'AB"#)
    }

    @Test func malformedXMLNamesFileLineAndColumn() throws {
        let xml = "<a>\n  <b>teks</b>\n  <c>\n</a>\n"
        let error = #expect(throws: PadanError.self) { try Self.readAll(xml, path: "broken.xml") }
        #expect(error?.code == .malformed)
        #expect(error?.file == "broken.xml")
        #expect(error?.line == 4)
        #expect(error?.column != nil)
        #expect(error?.cause?.contains("mismatch") == true)
        #expect(error?.description.hasPrefix("broken.xml:4:") == true)
    }

    @Test func notXMLAtAllIsMalformed() throws {
        let error = #expect(throws: PadanError.self) { try Self.readAll("Dr. Budi datang.\n", path: "plain.txt") }
        #expect(error?.code == .malformed)
        #expect(error?.line == 1)
    }

    @Test func emptyInputIsMalformed() throws {
        let error = #expect(throws: PadanError.self) { _ = try XMLStreamReader(bytes: [], path: "empty.xml") }
        #expect(error?.code == .malformed)
        #expect(error?.file == "empty.xml")
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<tmx><seg lang=\"id\">Jum’at ké-2</seg></tmx>"
        for bigEndian in [false, true] {
            var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
            for unit in xml.utf16 {
                let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
                bytes += bigEndian ? pair.reversed() : pair
            }
            let reader = try XMLStreamReader(bytes: bytes, path: "utf16.tmx")
            var text: String?
            var lang: String?
            while try reader.read() {
                guard reader.nodeType == .element && reader.localName == "seg" else { continue }
                lang = reader.attribute(named: "lang")
                text = try reader.readElementText()
            }
            #expect(lang == "id")
            #expect(text == "Jum’at ké-2")
        }
    }

    @Test func readElementTextRefusesChildElements() throws {
        let reader = try XMLStreamReader(bytes: Array("<seg>a <b>bold</b> c</seg>".utf8), path: "seg.xml")
        #expect(try reader.read())
        let error = #expect(throws: PadanError.self) { _ = try reader.readElementText() }
        #expect(error?.message.contains("<b>") == true)
    }

    @Test func dropBlankTextOptionSkipsIndentation() throws {
        let xml = "<a>\n  <b>x</b>\n  <c/>\n</a>"
        func kinds(_ options: XMLStreamReader.Options) throws -> [XMLStreamReader.NodeType] {
            let reader = try XMLStreamReader(bytes: Array(xml.utf8), path: "t.xml", options: options)
            var kinds: [XMLStreamReader.NodeType] = []
            while try reader.read() { kinds.append(reader.nodeType) }
            return kinds
        }
        #expect(try kinds([]).contains(.whitespace))
        #expect(try !kinds(.dropBlankText).contains(.whitespace))
    }
}
