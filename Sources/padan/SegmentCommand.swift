import ArgumentParser
import Padan

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "segment", abstract: "Split text into sentences.")
    @Argument var paths: [String] = ["-"]
    @Flag var raw = false
    func run() throws {
        let segmenter = Segmenter(language: .indonesian)
        for path in try FileInput.textFiles(in: paths) {
            let doc = try SourceDocument.load(path: path)
            let result = segmenter.segment(doc)
            for i in result.segments.indices { print(raw ? result.rawText(of: i) : result.segments[i].text) }
        }
    }
}
