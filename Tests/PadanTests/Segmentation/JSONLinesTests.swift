import Foundation
import Padan
import Testing

/// The streaming JSON writer must give exactly the bytes of the segment model's JSON.
@Suite("JSON Lines")
struct JSONLinesTests {
    static let files: [URL] = Fixtures.seedFiles()
        + ["id", "en", "holdout"].flatMap {
            Fixtures.files(in: Fixtures.directory.appendingPathComponent("Segmentation/\($0)"), withExtension: "txt")
        }

    @Test("streaming JSON equals the model's JSON on every fixture")
    func sameBytes() throws {
        for url in Self.files {
            let document = try SourceDocument.load(path: url.path)
            var streamed: [UInt8] = []
            Segmenter().appendJSONLines(of: document, to: &streamed)
            #expect(streamed == Segmenter().segment(document).jsonLines(), "\(url.lastPathComponent)")
        }
    }

    @Test("streaming JSON equals the model's JSON on random text with quotes, escapes and controls")
    func sameBytesRandom() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let text = LosslessPropertyTests.randomText(&generator) + "\u{01}\"x\\y\u{7F}"
            let document = SourceDocument(path: "r\"\\.txt", text: text)
            var streamed: [UInt8] = []
            Segmenter().appendJSONLines(of: document, to: &streamed)
            #expect(streamed == Segmenter().segment(document).jsonLines())
            for line in streamed.split(separator: 0x0A) {
                #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil)
            }
        }
    }
}
