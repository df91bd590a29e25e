import Foundation
import Padan
import Testing

/// SRX mode with the exported built-in rules must segment exactly like the built-in engine: a translator who
/// loads padan's SRX file into a CAT tool gets padan's segments.
///
/// Inputs: every `seeds/*.txt` of the repository and every `Fixtures/Segmentation/<lang>/*.txt` (more are added
/// over time; whatever exists is tested). The SRX file is the real artefact: written to XML and parsed back.
@Suite("SRX mode reproduces the built-in engine")
struct SRXBuiltInEquivalenceTests {
    /// Files where SRX genuinely cannot say what the built-in engine knows, with the reason. An entry that no
    /// longer differs fails the test, so the list cannot go stale. Keep it empty if at all possible: make the
    /// exported rules smarter instead (see `SRXBuiltInRules`).
    static let allowList: [String: String] = [:]

    struct Input: Sendable, CustomTestStringConvertible {
        let path: String
        let language: SegmentationLanguage
        var testDescription: String { "\(language.rawValue): \(URL(fileURLWithPath: path).lastPathComponent)" }
    }

    static func inputs() -> [Input] {
        var inputs = Fixtures.seedFiles().map { Input(path: $0.path, language: .indonesian) }
        for language in SegmentationLanguage.allCases {
            let directory = Fixtures.directory.appendingPathComponent("Segmentation/\(language.rawValue)")
            inputs += Fixtures.files(in: directory, withExtension: "txt").map { Input(path: $0.path, language: language) }
        }
        return inputs
    }

    static let exported: Result<SRXRuleSet, PadanError> = Result { () throws(PadanError) -> SRXRuleSet in
        try SRXRuleSet.parse(bytes: SRXRuleSet.builtIn().xmlBytes(), path: "padan-builtin.srx")
    }

    @Test func thereAreInputs() {
        let inputs = Self.inputs()
        #expect(inputs.filter { $0.path.contains("/seeds/") }.count >= 5)
        #expect(inputs.filter { $0.path.contains("/Segmentation/id/") }.count >= 8)
    }

    @Test(arguments: inputs())
    func sameSegmentsAsTheBuiltInEngine(input: Input) throws {
        let rules = try Self.exported.get()
        let document = try SourceDocument.load(path: input.path)
        let expected = Segmenter(language: input.language).segment(document)
        let actual = Segmenter(language: input.language, srx: rules).segment(document)
        #expect(expected.segments.count > 1)
        let name = URL(fileURLWithPath: input.path).lastPathComponent
        let compare = {
            let same = actual.textRanges == expected.textRanges
            #expect(same, "\(Self.differences(expected: expected, actual: actual, bytes: document.bytes))")
        }
        if let reason = Self.allowList[name] {
            withKnownIssue(Comment(rawValue: reason), compare)
        } else {
            compare()
        }
    }

    /// The boundaries only one engine has, with some context, for the failure message.
    static func differences(expected: SegmentedDocument, actual: SegmentedDocument, bytes: [UInt8]) -> String {
        let builtIn = Set(expected.textRanges.map(\.upperBound))
        let srx = Set(actual.textRanges.map(\.upperBound))
        func context(_ offset: Int) -> String {
            let before = String(decoding: bytes[max(0, offset - 40)..<offset], as: UTF8.self)
            let after = String(decoding: bytes[offset..<min(bytes.count, offset + 30)], as: UTF8.self)
            return (before + "|" + after).replacingOccurrences(of: "\n", with: "⏎")
        }
        let missing = builtIn.subtracting(srx).sorted().prefix(5).map { "built-in only: \(context($0))" }
        let extra = srx.subtracting(builtIn).sorted().prefix(5).map { "SRX only: \(context($0))" }
        return (missing + extra).joined(separator: "\n")
    }
}
