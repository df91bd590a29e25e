import Foundation
import Padan
import Testing

/// Whatever the input, segmentation is lossless: spans in order, never overlapping, trimmed, and together
/// covering every non-whitespace byte. Random text is built from the pieces that stress the rules; mutated
/// text starts from the seeds and damages them. Both generators are seeded, so failures reproduce.
@Suite("Lossless segmentation (property)")
struct LosslessPropertyTests {
    /// Pieces that exercise every branch: punctuation runs, quotes and escapes, brackets, numbers,
    /// abbreviations, line breaks of every kind, Unicode whitespace, multi-byte letters and emoji.
    static let pieces: [String] = [
        "Dr.", "dr.", "S.H.", "M.Si.", "a.n.", "No.", "Rp.", "1.500", "2,5", "10.30", "(30/10)", "24/10/2024",
        ".", "..", "...", "…", "?", "!", "?!", "“", "”", "\"", "'", "‘", "’", "\\”", "\\\"", "\\", "(", ")", "[1]",
        "[", "]", "***kps", "*", "-", "–", "•", ":", ";", ",", " ", "  ", "\n", "\n\n", "\r\n", "\r", "\t",
        "\u{00A0}", "\u{2028}", "\u{3000}", "Korea", "utara", "Seoul", "kata", "Kami", "Ia", "B.", "https://a.id/x",
        "x@y.id", "KOMPAS.COM", "Ë", "ñ", "中文", "🇮🇩", "é", "MEMBACA", "Baca juga:", "1. ", "a) ", "Tbk.", "U.S.",
    ]

    static func randomText(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...80, using: &generator)
        return (0..<count).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
    }

    static func mutated(_ text: String, _ generator: inout SeededGenerator) -> [UInt8] {
        var bytes = Array(text.utf8)
        for _ in 0..<Int.random(in: 1...30, using: &generator) where !bytes.isEmpty {
            let position = Int.random(in: 0..<bytes.count, using: &generator)
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: bytes.remove(at: position)
            case 1: bytes.insert(contentsOf: Array((pieces.randomElement(using: &generator) ?? ".").utf8), at: position)
            case 2: bytes[position] = [0x2E, 0x0A, 0x20, 0x22, 0x3F][Int.random(in: 0..<5, using: &generator)]
            default:
                let other = Int.random(in: 0..<bytes.count, using: &generator)
                bytes.swapAt(position, other)
            }
        }
        return bytes
    }

    /// Checks the lossless contract on the original bytes.
    static func checkLossless(_ data: [UInt8], language: SegmentationLanguage = .indonesian) throws {
        let document: SourceDocument
        do {
            document = try SourceDocument(path: "random.txt", data: data)
        } catch {
            return  // invalid UTF-8 or NUL: refused by the loader, tested elsewhere
        }
        let segments = Segmenter(language: language).segment(document).segments
        var covered = [Bool](repeating: false, count: data.count)
        var previousEnd = 0
        for segment in segments {
            #expect(segment.span.lowerBound >= previousEnd, "overlap or disorder at \(segment.span)")
            #expect(!segment.span.isEmpty)
            previousEnd = segment.span.upperBound
            for index in segment.span { covered[index] = true }
            let spanText = String(decoding: data[segment.span], as: UTF8.self)
            #expect(spanText.first.map { !$0.isWhitespace } ?? false, "span starts with whitespace")
            #expect(spanText.last.map { !$0.isWhitespace } ?? false, "span ends with whitespace")
            #expect(!segment.text.isEmpty)
        }
        let text = String(decoding: data, as: UTF8.self)
        var offset = 0
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            let isSpace = scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
            if !isSpace && !(0xFEFF == scalar.value && offset == 0) {
                #expect(covered[offset], "byte \(offset) (\(scalar.escaped(asASCII: true))) not covered")
            }
            offset += length
        }
    }

    @Test("random text from tricky pieces", arguments: [1, 2, 3, 4])
    func randomPieces(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        for _ in 0..<400 {
            let text = Self.randomText(&generator)
            try Self.checkLossless(Array(text.utf8))
            try Self.checkLossless(Array(text.utf8), language: .english)
        }
    }

    @Test("mutated seeds", arguments: [11, 12, 13])
    func mutatedSeeds(seed: UInt64) throws {
        var generator = SeededGenerator(seed: seed)
        let seeds = try Fixtures.seedFiles().map { try String(contentsOf: $0, encoding: .utf8) }
        for _ in 0..<60 {
            for seedText in seeds {
                try Self.checkLossless(Self.mutated(seedText, &generator))
            }
        }
    }

    @Test("random bytes never crash the loader or the segmenter")
    func randomBytes() throws {
        var generator = SeededGenerator(seed: 99)
        for _ in 0..<500 {
            let count = Int.random(in: 0...200, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 1...255, using: &generator) }
            try Self.checkLossless(bytes)
        }
    }
}
