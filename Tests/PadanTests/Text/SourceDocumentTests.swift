import Foundation
import Padan
import Testing

/// Loading refuses what would make segmentation silently wrong, and says where and what to do.
@Suite("Loading text")
struct SourceDocumentTests {
    @Test("invalid UTF-8 is refused with its byte offset, line and column")
    func invalidUTF8() {
        let data = Array("Baris satu\nbaris dua \u{E9}".utf8.dropLast(1))  // a truncated é
        let error = #expect(throws: PadanError.self) { try SourceDocument(path: "a.txt", data: data) }
        #expect(error?.code == .encoding)
        #expect(error?.byteOffset == data.count - 1)
        #expect(error?.line == 2)
        #expect(error?.column == 11)
        #expect(error?.description.contains("a.txt:2:11") == true)
        #expect(error?.description.contains("--encoding latin1") == true)
    }

    @Test("a UTF-8 byte order mark is stripped and offsets still count it")
    func byteOrderMark() throws {
        let document = try SourceDocument(path: "b.txt", data: [0xEF, 0xBB, 0xBF] + Array("Halo.".utf8))
        #expect(document.bytes == Array("Halo.".utf8))
        #expect(document.originalOffset(0) == 3)
    }

    @Test("NUL bytes mean binary")
    func binary() {
        let error = #expect(throws: PadanError.self) {
            try SourceDocument(path: "c.bin", data: Array("abc".utf8) + [0] + Array("def".utf8))
        }
        #expect(error?.message.contains("binary") == true)
        #expect(error?.byteOffset == 3)
    }

    @Test("UTF-16 is recognised and refused with a conversion hint")
    func utf16() {
        let error = #expect(throws: PadanError.self) { try SourceDocument(path: "d.txt", data: [0xFF, 0xFE, 0x41, 0x00]) }
        #expect(error?.remedy?.contains("iconv") == true)
    }

    @Test("Latin-1 and Windows-1252 are transcoded and offsets map back to the original bytes")
    func legacyEncodings() throws {
        let latin1: [UInt8] = Array("Caf".utf8) + [0xE9] + Array(". Ya.".utf8)
        let document = try SourceDocument(path: "e.txt", data: latin1, encoding: .latin1)
        #expect(String(decoding: document.bytes, as: UTF8.self) == "Café. Ya.")
        let segments = Segmenter().segment(document).segments
        #expect(segments.map(\.span) == [0..<5, 6..<9])

        let cp1252: [UInt8] = [0x93] + Array("Kami".utf8) + [0x94]
        let quoted = try SourceDocument(path: "f.txt", data: cp1252, encoding: .windows1252)
        #expect(String(decoding: quoted.bytes, as: UTF8.self) == "“Kami”")
        #expect(quoted.originalOffset(quoted.bytes.count) == cp1252.count)
    }

    @Test("encoding names people type are understood")
    func encodingNames() {
        #expect(TextEncoding(name: "UTF-8") == .utf8)
        #expect(TextEncoding(name: "iso-8859-1") == .latin1)
        #expect(TextEncoding(name: "cp1252") == .windows1252)
        #expect(TextEncoding(name: "ebcdic") == nil)
    }

    @Test("a missing file and a directory give one clear error each")
    func missing() {
        let missing = #expect(throws: PadanError.self) { try SourceDocument.load(path: "/nonexistent/x.txt") }
        #expect(missing?.code == .unreadable)
        #expect(missing?.file == "/nonexistent/x.txt")
        let directory = #expect(throws: PadanError.self) { try SourceDocument.load(path: NSTemporaryDirectory()) }
        #expect(directory?.message.contains("directory") == true)
    }

    @Test("a directory expands to its *.txt files sorted by name, not recursively")
    func directoryExpansion() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("padan-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("en"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["b.txt", "a.txt", "c.md", "en/z.txt"] {
            try Data("x".utf8).write(to: root.appendingPathComponent(name))
        }
        let files = try FileInput.textFiles(in: [root.path])
        #expect(files.map { ($0 as NSString).lastPathComponent } == ["a.txt", "b.txt"])
    }
}
