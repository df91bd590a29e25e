import Foundation
import Padan
import Testing

/// The streaming JSON writer must say exactly what the segment model says, in the documented key order.
@Suite("JSON Lines")
struct JSONLinesTests {
    static let files: [URL] = Fixtures.seedFiles()
        + ["id", "en", "holdout"].flatMap {
            Fixtures.files(in: Fixtures.directory.appendingPathComponent("Segmentation/\($0)"), withExtension: "txt")
        }

    /// Checks every streamed line against the segment it describes, and the counts returned.
    static func check(_ document: SourceDocument) throws {
        var streamed: [UInt8] = []
        let counts = Segmenter().appendJSONLines(of: document, to: &streamed)
        let segmented = Segmenter().segment(document)
        let segments = segmented.segments
        var fromSegmented: [UInt8] = []
        #expect(Segmenter().appendJSONLines(of: segmented, to: &fromSegmented) == counts)
        #expect(fromSegmented == streamed, "an already segmented document gives the same lines")
        let lines = streamed.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
        #expect(streamed.isEmpty || streamed.last == 0x0A)
        #expect(lines.count == segments.count)
        #expect(counts.segments == segments.count)
        #expect(counts.boilerplate == segments.filter(\.isBoilerplate).count)
        for (line, segment) in zip(lines, segments) {
            let text = String(decoding: line, as: UTF8.self)
            let keys = ["{\"file\":", ",\"index\":", ",\"start\":", ",\"end\":", ",\"text\":", ",\"boilerplate\":"]
            let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
            #expect(positions.count == keys.count && positions == positions.sorted() && positions.first == text.startIndex)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
            #expect(object.count == 6)
            #expect(object["file"] as? String == document.path)
            #expect(object["index"] as? Int == segment.index)
            #expect(object["start"] as? Int == segment.span.lowerBound)
            #expect(object["end"] as? Int == segment.span.upperBound)
            #expect(object["text"] as? String == segment.text)
            #expect(object["boilerplate"] as? Bool == segment.isBoilerplate)
        }
    }

    @Test("streamed JSON says what the segment model says on every fixture")
    func fixtures() throws {
        for url in Self.files {
            try Self.check(try SourceDocument.load(path: url.path))
        }
    }

    @Test("streamed JSON stays valid and faithful on random text with quotes, escapes and controls")
    func random() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<300 {
            let text = LosslessPropertyTests.randomText(&generator) + "\u{01}\"x\\y\u{7F}"
            try Self.check(SourceDocument(path: "r\"\\.txt", text: text))
        }
    }
}
