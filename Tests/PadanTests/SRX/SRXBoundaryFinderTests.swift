import Foundation
@testable import Padan
import Testing

@Suite("SRXBoundaryFinder")
struct SRXBoundaryFinderTests {
    static func rule(_ isBreak: Bool, _ before: String?, _ after: String?) throws -> SRXRule {
        try SRXRule(isBreak: isBreak, beforeBreak: before, afterBreak: after)
    }

    /// The segments of `text` under `rules`, as strings (raw, trimmed).
    static func segments(_ text: String, _ rules: [SRXRule]) -> [String] {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            SRXBoundaryFinder(rules: rules).segmentRanges(in: TextView(bytes: buffer)).map {
                String(decoding: bytes[$0], as: UTF8.self)
            }
        }
    }

    @Test func theFirstMatchingRuleDecides() throws {
        let exception = try Self.rule(false, #"\bDr\."#, #"\s"#)
        let sentenceEnd = try Self.rule(true, #"\."#, #"\s"#)
        let text = "Dr. Budi datang. Dia pergi."
        #expect(Self.segments(text, [exception, sentenceEnd]) == ["Dr. Budi datang.", "Dia pergi."])
        // The same rules in the other order: the break rule claims the position first.
        #expect(Self.segments(text, [sentenceEnd, exception]) == ["Dr.", "Budi datang.", "Dia pergi."])
    }

    @Test func aRuleNeedsBothItsPatternsToMatch() throws {
        let rules = [try Self.rule(true, #"[.?!]"#, #"\s+\p{Lu}"#)]
        // "persen. kata": the afterbreak fails, and a position no rule matches does not break.
        #expect(
            Self.segments("Harga naik 2.5 persen. kata dia. Lalu pergi.", rules)
                == ["Harga naik 2.5 persen. kata dia.", "Lalu pergi."])
    }

    @Test func rulesWithOnlyOnePatternMatchAnywhereTheOtherSideAllows() throws {
        let lines = try Self.rule(true, #"\n"#, nil)
        let headings = try Self.rule(true, nil, #"CATATAN:"#)
        #expect(Self.segments("satu\ndua CATATAN: tiga", [lines, headings]) == ["satu", "dua", "CATATAN: tiga"])
    }

    @Test func segmentsAreTrimmedAndEmptyOnesDropped() throws {
        let rules = [try Self.rule(true, #"\."#, nil), try Self.rule(true, #"\n"#, nil)]
        let text = "  Satu.\u{00A0}  Dua.\n\n \u{2003}\n"
        let bytes = Array(text.utf8)
        let ranges = bytes.withUnsafeBufferPointer {
            SRXBoundaryFinder(rules: rules).segmentRanges(in: TextView(bytes: $0))
        }
        #expect(ranges == [2..<7, 11..<15])
        #expect(ranges.map { String(decoding: bytes[$0], as: UTF8.self) } == ["Satu.", "Dua."])
    }

    @Test func offsetsSurviveMultiByteCharactersAndSurrogatePairs() throws {
        let rules = [try Self.rule(true, #"[.!]"#, #"\s"#)]
        let text = "Jum’at 🇮🇩 pergi. “Kami” datang! Ké-2 🙂."
        #expect(Self.segments(text, rules) == ["Jum’at 🇮🇩 pergi.", "“Kami” datang!", "Ké-2 🙂."])
        // A rule that needs the emoji itself (a surrogate pair in UTF-16) breaks right after it.
        let emoji = [try Self.rule(true, "🇮🇩", nil)]
        #expect(Self.segments(text, emoji) == ["Jum’at 🇮🇩", "pergi. “Kami” datang! Ké-2 🙂."])
    }

    @Test func offsetsStayAlignedOnInvalidUTF8() throws {
        // padan validates its input, but the finder must not drift if it ever sees broken bytes.
        let bytes: [UInt8] = Array("Satu".utf8) + [0xFF, 0xE2, 0x80] + Array(". Dua é. Tiga".utf8)
        let rules = [try Self.rule(true, #"\."#, #"\s"#)]
        let ranges = bytes.withUnsafeBufferPointer {
            SRXBoundaryFinder(rules: rules).segmentRanges(in: TextView(bytes: $0))
        }
        let expected = [Array("Satu".utf8) + [0xFF, 0xE2, 0x80, 0x2E], Array("Dua é.".utf8), Array("Tiga".utf8)]
        #expect(ranges.map { Array(bytes[$0]) } == expected)
    }

    @Test func noRulesMeansOneSegment() throws {
        #expect(Self.segments("  Satu. Dua.\n\nTiga.  ", []) == ["Satu. Dua.\n\nTiga."])
        #expect(Self.segments("", [try Self.rule(true, #"\."#, nil)]).isEmpty)
        #expect(Self.segments(" \n\t ", [try Self.rule(true, #"\s"#, nil)]).isEmpty)
    }

    @Test func zeroLengthMatchesAreHandled() throws {
        // An empty beforebreak with a look-ahead only: a break before every capital.
        let rules = [try Self.rule(true, "", #"\p{Lu}"#)]
        #expect(Self.segments("aBcDe", rules) == ["a", "Bc", "De"])
    }

    @Test func builtInRulesMeetTheBoundaryFinderContract() throws {
        let rules = SRXRuleSet.builtIn(for: .indonesian).rules(for: "id")
        var text = ""
        for file in Fixtures.seedFiles() {
            text += try String(contentsOf: file, encoding: .utf8) + "\r\n \u{00A0}\n"
        }
        let bytes = Array(text.utf8)
        let ranges = bytes.withUnsafeBufferPointer {
            SRXBoundaryFinder(rules: rules).segmentRanges(in: TextView(bytes: $0))
        }
        #expect(ranges.count > 50)
        bytes.withUnsafeBufferPointer { buffer in
            let view = TextView(bytes: buffer)
            var covered = [Bool](repeating: false, count: bytes.count)
            var previousEnd = 0
            for range in ranges {
                #expect(!range.isEmpty)
                #expect(range.lowerBound >= previousEnd)
                #expect(view.whitespaceLength(at: range.lowerBound) == 0)
                #expect(view.whitespaceLength(at: view.scalarStart(before: range.upperBound)) == 0)
                for index in range { covered[index] = true }
                previousEnd = range.upperBound
            }
            var index = 0
            while index < bytes.count {
                let space = view.whitespaceLength(at: index)
                if space == 0 {
                    #expect(covered[index], "byte \(index) is in no segment")
                    index += 1
                } else {
                    index += space
                }
            }
        }
    }
}
