import Foundation
import Padan
import Testing

/// Hand-marked expected hits (Fixtures/Matching): every hit of every text, with its concept, its surface as
/// written and how it matched, must come out exactly, through the TBX glossary and the whole annotate pipeline
/// (segmentation included, two texts are hard-wrapped).
@Suite("Matching accuracy")
struct MatchingAccuracyTests {
    static let directory = Fixtures.directory.appendingPathComponent("Matching")
    static let texts = Fixtures.files(in: directory.appendingPathComponent("texts"), withExtension: "txt").map(\.lastPathComponent)
    static let annotator: Annotator? = (try? Glossary.load(at: directory.appendingPathComponent("glossary.tbx").path))
        .map { Annotator(glossary: $0) }

    @Test("the corpus and its glossary are there")
    func corpus() throws {
        #expect(Self.texts.count == 10)
        let annotator = try #require(Self.annotator)
        #expect(annotator.matcher.glossary.concepts.count == 96)
    }

    @Test("every expected hit, and nothing else", arguments: texts)
    func hits(_ name: String) throws {
        let annotator = try #require(Self.annotator)
        let document = try SourceDocument.load(path: Self.directory.appendingPathComponent("texts/\(name)").path)
        let found = annotator.annotate(document).flatMap { sentence in
            sentence.hits.map { hit in
                let id = annotator.matcher.glossary.concepts[hit.conceptIndex].id
                return "\(id)\t\(hit.source.split(whereSeparator: \.isWhitespace).joined(separator: " "))\t\(hit.kind.rawValue)"
            }
        }
        let expectedFile = Self.directory.appendingPathComponent("expected/\(name.dropLast(4)).tsv")
        let expected = try String(contentsOf: expectedFile, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(found == expected)
    }
}
