import Foundation
import Padan
import Testing

/// Outputs appear whole or not at all.
@Suite("Atomic file writes")
struct AtomicFileTests {
    @Test("a committed file replaces the old one; an abandoned one leaves it intact")
    func replaceOrKeep() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-atomic-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("nested/out.txt").path
        try AtomicFile.write(Array("old".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        do {
            let file = try AtomicFile(path: path)
            try file.write("half-written")
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["out.txt"])
        try AtomicFile.write(Array("new".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
    }

    @Test("an unwritable destination is an error naming the path")
    func unwritable() {
        let error = #expect(throws: PadanError.self) { try AtomicFile.write([1], to: "/proc/padan-cannot/x.txt") }
        #expect(error?.code == .unwritable)
        #expect(error?.file == "/proc/padan-cannot/x.txt")
    }
}
