import Foundation
import Testing

@testable import Padan

@Suite("Sentence aligner")
struct SentenceAlignerTests {
    static let glossary = Glossary(concepts: [
        Concept(
            id: "korea-utara", domain: "place", indonesian: [Term("Korea Utara", status: .preferred), Term("Korut", type: .abbreviation)],
            english: [Term("North Korea", status: .preferred)]),
        Concept(
            id: "kementerian-pertahanan", domain: "government", indonesian: [Term("Kementerian Pertahanan", status: .preferred)],
            english: [Term("Ministry of Defense", status: .preferred)]),
    ])

    static func align(_ source: String, _ target: String, glossary: Glossary? = glossary) -> (Alignment, SegmentedDocument, SegmentedDocument) {
        let s = Segmenter(language: .indonesian).lines(SourceDocument(path: "id.txt", text: source))
        let t = Segmenter(language: .english).lines(SourceDocument(path: "en.txt", text: target))
        return (SentenceAligner(glossary: glossary).align(source: s.segments, target: t.segments), s, t)
    }

    /// Every index of both sides exactly once, in order.
    static func expectCoverage(_ alignment: Alignment, sourceCount: Int, targetCount: Int) {
        #expect(alignment.beads.flatMap { Array($0.source) } == Array(0..<sourceCount))
        #expect(alignment.beads.flatMap { Array($0.target) } == Array(0..<targetCount))
    }

    @Test func mergesTwoSourceSentencesTranslatedAsOne() {
        let (alignment, _, _) = Self.align(
            """
            Korut menembakkan rudal balistik pada Senin (21/10/2024) pagi.
            Rudal itu jatuh di laut.
            Kementerian Pertahanan Jepang mengatakan 1.500 orang dievakuasi.
            Harga minyak naik 2,5 persen.
            """,
            """
            North Korea fired a ballistic missile on Monday morning (Oct. 21, 2024), which fell into the sea.
            Japan's Ministry of Defense said 1,500 people were evacuated.
            Oil prices rose 2.5 percent.
            """)
        #expect(alignment.beads.map { [Array($0.source), Array($0.target)] } == [[[0, 1], [0]], [[2], [1]], [[3], [2]]])
        #expect(alignment.beads.allSatisfy { $0.confidence > 0.5 })
        #expect(alignment.warnings.isEmpty)
    }

    @Test func furnitureIsNeverAligned() {
        let (alignment, source, _) = Self.align(
            """
            Korut menembakkan rudal balistik.
            Baca juga: Korut Tembakkan Rudal Lagi ke Laut Jepang
            ADVERTISEMENT

            Kementerian Pertahanan Jepang mengatakan 1.500 orang dievakuasi.
            """,
            """
            North Korea fired a ballistic missile.
            Japan's Ministry of Defense said 1,500 people were evacuated.
            """)
        Self.expectCoverage(alignment, sourceCount: 5, targetCount: 2)
        for bead in alignment.beads where bead.source.contains(where: { source.segments[$0].isBoilerplate }) {
            #expect(bead.target.isEmpty)
        }
        #expect(alignment.pairs.map { [Array($0.source), Array($0.target)] } == [[[0], [0]], [[4], [1]]])
    }

    @Test func anEmptyTargetLeavesEverySourceSentenceUnalignedAndSaysSo() {
        let (alignment, _, _) = Self.align("Korut menembakkan rudal.\nRudal itu jatuh di laut.\n", "")
        Self.expectCoverage(alignment, sourceCount: 2, targetCount: 0)
        #expect(alignment.pairs.isEmpty)
        #expect(alignment.warnings == ["the target has no sentences to align"])
    }

    @Test func wildlyUnequalTextsDegradeToLowConfidenceWithoutQuadraticWork() {
        let source = (0..<5).map { "Kalimat nomor \($0) tentang Korut." }.joined(separator: "\n")
        let target = (0..<3000).map { "Sentence number \($0) about the weather in Europe and elsewhere." }.joined(separator: "\n")
        let (alignment, _, _) = Self.align(source, target)
        Self.expectCoverage(alignment, sourceCount: 5, targetCount: 3000)
        #expect(alignment.isDegraded)
        #expect(alignment.warnings.first?.contains("differ wildly") == true)
        #expect(alignment.pairs.allSatisfy { $0.confidence <= 0.3 })
        #expect(AlignmentLattice(rows: 5, columns: 3000, width: 300).cellCount < 5 * 3000)
    }

    @Test func aNarrowedBandIsReported() {
        let source = (0..<400).map { "Kalimat \($0)." }.joined(separator: "\n")
        let target = (0..<400).map { "Sentence \($0)." }.joined(separator: "\n")
        let s = Segmenter(language: .indonesian).lines(SourceDocument(path: "id.txt", text: source))
        let t = Segmenter(language: .english).lines(SourceDocument(path: "en.txt", text: target))
        var aligner = SentenceAligner()
        aligner.maximumCells = 10_000
        let alignment = aligner.align(source: s.segments, target: t.segments)
        #expect(alignment.warnings.contains { $0.contains("either side of the diagonal") })
        #expect(alignment.beads.filter(\.isPair).count == 400)
    }

    @Test func beadsPrintAsCompactJSON() {
        let bead = Bead(source: 3..<5, target: 2..<3, confidence: 0.98765)
        #expect(String(decoding: bead.jsonLine().finished(), as: UTF8.self) == "{\"source\":[3,4],\"target\":[2],\"confidence\":0.988}\n")
        let empty = Bead(source: 7..<8, target: 0..<0, confidence: 1)
        #expect(String(decoding: empty.jsonLine(file: "a.txt").finished(), as: UTF8.self)
            == "{\"file\":\"a.txt\",\"source\":[7],\"target\":[],\"confidence\":1.000}\n")
    }

    @Test func translationsJoinMergedTargetsAndDropLowConfidencePairs() {
        let target = [
            Segment(index: 0, span: 0..<1, text: "One.", isBoilerplate: false),
            Segment(index: 1, span: 2..<3, text: "Two.", isBoilerplate: false),
            Segment(index: 2, span: 4..<5, text: "Three.", isBoilerplate: false),
        ]
        let alignment = Alignment(beads: [
            Bead(source: 0..<1, target: 0..<2, confidence: 0.9), Bead(source: 1..<2, target: 2..<3, confidence: 0.2),
        ])
        #expect(alignment.translations(target: target, minimumConfidence: 0.5)
            == [SegmentTranslation(sourceSegments: 0..<1, text: "One. Two.", confidence: 0.9)])
    }
}
