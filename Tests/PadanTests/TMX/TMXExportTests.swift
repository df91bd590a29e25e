import Foundation
import Testing

@testable import Padan

@Suite("TMX export")
struct TMXExportTests {
    static let glossary: Glossary = {
        let korut = Concept(
            id: "north-korea", domain: "place",
            indonesian: [Term("Korea Utara", status: .preferred), Term("Korut", type: .abbreviation)],
            english: [Term("North Korea", status: .preferred)])
        let china = Concept(
            id: "china", domain: "place", indonesian: [Term("Tiongkok", status: .preferred), Term("Cina", status: .deprecated)],
            english: [Term("China", status: .preferred)])
        return Glossary(concepts: [korut, china])
    }()

    static func export(_ text: String, path: String = "berita.txt", boilerplate: Bool = false) throws -> (units: [TMXUnit], warnings: [Finding]) {
        let exporter = TMXExport(annotator: Annotator(glossary: glossary), glossary: glossary, includeBoilerplate: boilerplate)
        let writer = try TMXWriter(header: exporter.header(creationDate: "20261122T000000Z"))
        var warnings: [Finding] = []
        let document = try SourceDocument(path: path, data: Array(text.utf8))
        _ = try exporter.write(exporter.annotator.segmenter.segment(document), to: writer) { warnings.append($0) }
        try writer.finish()
        let reader = try TMXReader(bytes: writer.bytes, path: "out.tmx")
        var units: [TMXUnit] = []
        while let unit = try reader.next() { units.append(unit) }
        return (units, warnings)
    }

    @Test func unitsCarryDocumentSegmentTermsAndANote() throws {
        let (units, warnings) = try Self.export("Korut menembakkan rudal. Cina dan Korea Utara bertemu di Beijing.\n")
        #expect(warnings.isEmpty)
        #expect(units.count == 2)
        #expect(units[0].annotations == [
            .prop("x-document", "berita.txt"), .prop("x-segment", "0"), .prop("x-term", "Korut = North Korea"),
            .note("Terms: Korut = North Korea"),
        ])
        #expect(units[1].annotations.filter { $0.kind == .prop && $0.attributes["type"] == "x-term" }.map(\.text)
            == ["Cina = China", "Korea Utara = North Korea"])
        #expect(units[1].annotations.last == .note("Terms: Cina (deprecated; use Tiongkok) = China; Korea Utara = North Korea"))
        #expect(units[0].variants.map(\.language) == ["id"])
        #expect(units[0].variants[0].segment.plainText == "Korut menembakkan rudal.")
    }

    @Test func idsAreStableAndDistinct() throws {
        let text = "Korut menembak. Korut menembak. Pasukan bergerak.\n"
        let first = try Self.export(text).units.compactMap(\.id)
        let again = try Self.export(text).units.compactMap(\.id)
        let edited = try Self.export("Korut menembak. Korut menembak. Pasukan mundur.\n").units.compactMap(\.id)
        let elsewhere = try Self.export(text, path: "lain.txt").units.compactMap(\.id)
        #expect(first == again)
        #expect(Set(first).count == 3, "a repeated sentence gets its own id")
        #expect(edited.prefix(2) == first.prefix(2), "editing one sentence keeps the others' ids")
        #expect(edited[2] != first[2])
        #expect(Set(elsewhere).isDisjoint(with: first))
        #expect(first.allSatisfy { $0.hasPrefix("padan-") && $0.count == 22 })
    }

    @Test func controlCharactersAreRemovedWithAWarningNamingThePlace() throws {
        let (units, warnings) = try Self.export("Baris satu.\nKorut\u{1} menembak\u{B} rudal.\n")
        #expect(units.map { $0.variants[0].segment.plainText } == ["Baris satu.", "Korut menembak rudal."])
        #expect(warnings.count == 2)
        #expect(warnings[0].file == "berita.txt")
        #expect(warnings[0].line == 2 && warnings[0].column == 6)
        #expect(warnings[0].message == "U+0001 at byte offset 17 cannot be written to XML 1.0 and was removed from the TMX")
        #expect(warnings[1].message.hasPrefix("U+000B at byte offset 27"))
    }

    @Test func boilerplateOnlyOnRequestAndMarked() throws {
        let text = "Korut menembakkan rudal ke laut.\n\nBaca juga: Korut uji coba rudal\n\nPasukan bergerak ke utara.\n"
        let plain = try Self.export(text).units
        let all = try Self.export(text, boilerplate: true).units
        #expect(all.count == plain.count + 1)
        let marked = all.filter { $0.annotations.contains(.prop("x-boilerplate", "true")) }
        #expect(marked.count == 1)
        #expect(marked.first?.variants.first?.segment.plainText.hasPrefix("Baca juga") == true)
    }

    @Test func aTranslationOfTwoSegmentsMakesOneUnitAndPairsOnlyLeavesTheRestOut() throws {
        let exporter = TMXExport(annotator: Annotator(glossary: Self.glossary), glossary: Self.glossary)
        let document = try SourceDocument(path: "b.txt", data: Array("Korut menembakkan rudal. Rudal jatuh. Cina diam.\n".utf8))
        let segmented = exporter.annotator.segmenter.segment(document)
        let translations = [SegmentTranslation(sourceSegments: 0..<2, text: "North Korea fired a missile, which fell.", confidence: 0.9)]
        for pairsOnly in [false, true] {
            let writer = try TMXWriter(header: exporter.header(creationDate: "20261122T000000Z"))
            let summary = try exporter.write(segmented, translations: translations, pairsOnly: pairsOnly, to: writer) { _ in }
            try writer.finish()
            let reader = try TMXReader(bytes: writer.bytes, path: "out.tmx")
            var units: [TMXUnit] = []
            while let unit = try reader.next() { units.append(unit) }
            #expect(units.count == (pairsOnly ? 1 : 2))
            #expect(summary.translated == 1)
            #expect(units[0].variant(in: "id")?.segment.plainText == "Korut menembakkan rudal. Rudal jatuh.")
            #expect(units[0].variant(in: "en")?.segment.plainText == "North Korea fired a missile, which fell.")
            #expect(units[0].annotations.contains(.prop("x-segment", "0-1")))
            #expect(units[0].annotations.contains(.prop("x-alignment-confidence", "0.900")))
        }
    }
}
