import Foundation
import Testing

@testable import Padan

/// Alignment accuracy on hand-made gold: the seeds with their reference translations, and the held-out
/// presegmented pairs (Fixtures/Alignment, see its README).
@Suite("Alignment accuracy")
struct AlignmentAccuracyTests {
    static let glossary: Glossary? = try? Glossary.load(at: Fixtures.packageRoot.appendingPathComponent("Glossary").path)

    /// Aligns every seed with seeds/en/ and scores against seeds-gold.
    static func seedScores(model: AlignmentModel = AlignmentModel()) throws -> [(gold: Set<[Int]>, predicted: Set<[Int]>)] {
        let aligner = SentenceAligner(glossary: glossary, model: model)
        let goldFiles = Fixtures.files(in: Fixtures.directory.appendingPathComponent("Alignment/seeds-gold"), withExtension: "jsonl")
        #expect(goldFiles.count == 5)
        return try goldFiles.map { gold in
            let name = gold.deletingPathExtension().lastPathComponent + ".txt"
            let seeds = Fixtures.packageRoot.appendingPathComponent("seeds")
            let source = Segmenter(language: .indonesian).segment(try SourceDocument.load(path: seeds.appendingPathComponent(name).path))
            let target = Segmenter(language: .english).segment(try SourceDocument.load(path: seeds.appendingPathComponent("en/" + name).path))
            let alignment = aligner.align(source: source.segments, target: target.segments)
            return (GoldAlignment.links(try GoldAlignment.beads(gold)), GoldAlignment.links(alignment.beads))
        }
    }

    @Test func seedsReachLinkF1Of098() throws {
        let f1 = GoldAlignment.f1(try Self.seedScores())
        #expect(f1 >= 0.98, "link F1 on the seeds: \(f1)")
    }

    @Test func anchorsDoNotHurtOnTheSeeds() throws {
        let lengthOnly = GoldAlignment.f1(try Self.seedScores(model: AlignmentModel(anchors: [])))
        let anchored = GoldAlignment.f1(try Self.seedScores())
        #expect(anchored >= lengthOnly)
    }

    @Test func heldOutPairsReachLinkF1Of095() throws {
        let base = Fixtures.directory.appendingPathComponent("Alignment/holdout")
        let goldFiles = Fixtures.files(in: base.appendingPathComponent("gold"), withExtension: "jsonl")
        #expect(goldFiles.count >= 10)
        let glossary = try Glossary.load(at: base.appendingPathComponent("glossary.tbx").path)
        let aligner = SentenceAligner(glossary: glossary)
        let segmenter = Segmenter(language: .indonesian)
        let scores = try goldFiles.map { gold in
            let name = gold.deletingPathExtension().lastPathComponent + ".txt"
            let source = segmenter.lines(try SourceDocument.load(path: base.appendingPathComponent("id/" + name).path))
            let target = Segmenter(language: .english).lines(try SourceDocument.load(path: base.appendingPathComponent("en/" + name).path))
            let alignment = aligner.align(source: source.segments, target: target.segments)
            return (GoldAlignment.links(try GoldAlignment.beads(gold)), GoldAlignment.links(alignment.beads))
        }
        let f1 = GoldAlignment.f1(scores)
        #expect(f1 >= 0.95, "link F1 on the held-out pairs: \(f1)")
    }
}
