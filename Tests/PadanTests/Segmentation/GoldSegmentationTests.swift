import Foundation
import Padan
import Testing

/// Every seed and every hand-made test text must come out exactly as its gold segmentation (the `--raw` form:
/// source spans with whitespace collapsed), following Tests/PadanTests/Fixtures/Segmentation/CONVENTIONS.md.
@Suite("Gold segmentation")
struct GoldSegmentationTests {
    static let seedCases: [String] = Fixtures.seedFiles().map(\.lastPathComponent)
    static let indonesianCases: [String] = cases("id")
    static let englishCases: [String] = cases("en")
    static let holdoutCases: [String] = cases("holdout")

    static func cases(_ language: String) -> [String] {
        Fixtures.files(in: Fixtures.directory.appendingPathComponent("Segmentation/\(language)"), withExtension: "txt")
            .map(\.lastPathComponent)
    }

    static func rawSegments(of url: URL, language: SegmentationLanguage) throws -> [String] {
        let document = try SourceDocument.load(path: url.path)
        let result = Segmenter(language: language).segment(document)
        return result.segments.indices.map { result.rawText(of: $0) }
    }

    @Test("the five seeds are present")
    func seedsPresent() {
        #expect(Self.seedCases.count == 5)
    }

    @Test("seed matches its gold", arguments: seedCases)
    func seed(_ name: String) throws {
        let source = Fixtures.packageRoot.appendingPathComponent("seeds/\(name)")
        let gold = Fixtures.directory.appendingPathComponent("Segmentation/seeds-gold/\(name)")
        #expect(try Self.rawSegments(of: source, language: .indonesian) == Fixtures.goldLines(gold))
    }

    @Test("Indonesian test text matches its gold", arguments: indonesianCases)
    func indonesian(_ name: String) throws {
        try check(name, directory: "id", language: .indonesian)
    }

    /// Written blind (without seeing the rules) to measure generalisation; kept as a regression set since.
    @Test("held-out Indonesian text matches its gold", arguments: holdoutCases)
    func holdout(_ name: String) throws {
        try check(name, directory: "holdout", language: .indonesian)
    }

    @Test("English test text matches its gold", arguments: englishCases)
    func english(_ name: String) throws {
        try check(name, directory: "en", language: .english)
    }

    private func check(_ name: String, directory: String, language: SegmentationLanguage) throws {
        let source = Fixtures.directory.appendingPathComponent("Segmentation/\(directory)/\(name)")
        let gold = source.deletingPathExtension().appendingPathExtension("gold")
        let expected = try Fixtures.goldLines(gold)
        let actual = try Self.rawSegments(of: source, language: language)
        #expect(actual == expected, "\(name): \(GoldDifference(expected: expected, actual: actual))")
    }
}

/// The first place two segmentations differ, for readable failures.
struct GoldDifference: CustomStringConvertible {
    let expected: [String]
    let actual: [String]

    var description: String {
        let diff = actual.difference(from: expected)
        let lines = diff.prefix(6).map { change -> String in
            switch change {
            case .insert(let offset, let element, _): return "+ [\(offset)] \(element)"
            case .remove(let offset, let element, _): return "- [\(offset)] \(element)"
            }
        }
        return "\n" + lines.joined(separator: "\n")
    }
}
