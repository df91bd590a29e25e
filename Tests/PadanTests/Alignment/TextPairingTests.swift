import Foundation
import Testing

@testable import Padan

@Suite("Text pairing and presegmented input")
struct TextPairingTests {
    @Test func directoriesArePairedByNameAndUnmatchedFilesListed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("padan-pairing-\(UUID().uuidString)")
        let english = root.appendingPathComponent("en")
        try FileManager.default.createDirectory(at: english, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        for name in ["a.txt", "b.txt"] { try Data("x\n".utf8).write(to: root.appendingPathComponent(name)) }
        for name in ["a.txt", "c.txt"] { try Data("x\n".utf8).write(to: english.appendingPathComponent(name)) }
        let pairing = try TextPairing.pair(source: root.path, target: english.path)
        #expect(pairing.pairs.map { ($0.source as NSString).lastPathComponent } == ["a.txt"])
        #expect(pairing.sourcesWithoutTarget.map { ($0 as NSString).lastPathComponent } == ["b.txt"])
        #expect(pairing.targetsWithoutSource.map { ($0 as NSString).lastPathComponent } == ["c.txt"])
        #expect(pairing.pairsDirectories)
        #expect(TextPairing.conventionalTranslation(of: root.appendingPathComponent("a.txt").path) == english.appendingPathComponent("a.txt").path)
        #expect(TextPairing.conventionalTranslation(of: root.appendingPathComponent("b.txt").path) == nil)
        #expect(throws: PadanError.self) { try TextPairing.pair(source: root.path, target: english.appendingPathComponent("a.txt").path) }
    }

    @Test func linesAreSegmentsAndBlankLinesKeepTheirIndex() {
        let text = "  Judul berita  \r\n\r\nBaca juga: Berita lain\nKalimat terakhir."
        let document = SourceDocument(path: "x.txt", text: text)
        let lines = Segmenter().lines(document)
        #expect(lines.segments.map(\.text) == ["Judul berita", "", "Baca juga: Berita lain", "Kalimat terakhir."])
        #expect(lines.segments.map(\.isBoilerplate) == [false, true, true, false])
        #expect(lines.segments[0].span == 2..<14)
        #expect(Segmenter().lines(SourceDocument(path: "x.txt", text: "a\nb\n")).segments.count == 2)
    }
}
