import Foundation
@testable import Padan
import Testing

@Suite("SRX export of the built-in rules")
struct SRXExportTests {
    @Test func theExportIsSRX20WithOneLanguageRulePerLanguage() throws {
        let set = SRXRuleSet.builtIn()
        #expect(set.segmentSubflows == true)
        #expect(set.cascade == false)
        #expect(Set(set.formatHandles.map(\.kind)) == Set(SRXFormatHandle.Kind.allCases))
        #expect(set.languageRules.map(\.name) == ["Indonesian (padan)", "English (padan)"])
        #expect(set.languageMaps.map(\.languagePattern) == ["id.*", "en.*"])
        #expect(set.rules(for: "id") == set.languageRules[0].rules)
        #expect(set.rules(for: "en-GB") == set.languageRules[1].rules)
        #expect(SRXRuleSet.builtIn(for: .english).languageRules.map(\.name) == ["English (padan)"])

        let xml = String(decoding: try set.xmlBytes(), as: UTF8.self)
        #expect(xml.contains(#"<srx version="2.0" xmlns="http://www.lisa.org/srx20">"#))
        #expect(xml.contains(#"<header segmentsubflows="yes" cascade="no">"#))
        #expect(xml.contains(#"<formathandle type="start" include="no"/>"#))
        #expect(xml.contains(#"<languagemap languagepattern="id.*" languagerulename="Indonesian (padan)"/>"#))
        // The rules are explained for whoever opens the file in a CAT tool.
        #expect(xml.contains("<!-- No break: a line that goes on, a period inside a sentence"))
    }

    @Test func everyGeneratedRuleCompiles() throws {
        for languageRule in SRXRuleSet.builtIn().languageRules {
            #expect(!languageRule.rules.isEmpty)
            for (index, rule) in languageRule.rules.enumerated() {
                #expect(rule.matcher != nil, "\(languageRule.name) rule \(index) does not compile")
                // And it is accepted as user input, as a CAT tool would load it.
                #expect(throws: Never.self) {
                    _ = try SRXRule(isBreak: rule.isBreak, beforeBreak: rule.beforeBreak, afterBreak: rule.afterBreak)
                }
            }
        }
    }

    @Test func theExportRoundTrips() throws {
        let set = SRXRuleSet.builtIn()
        let parsed = try SRXRuleSet.parse(bytes: set.xmlBytes(), path: "builtin.srx")
        #expect(parsed == set)

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-srx-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("padan.srx").path
        try set.write(to: path)
        #expect(try SRXRuleSet.load(path: path) == set)
        #expect(Array(try #require(FileManager.default.contents(atPath: path))) == (try set.xmlBytes()))
    }

    @Test func handWrittenRuleSetsRoundTripToo() throws {
        let set = try SRXRuleSet.load(path: Fixtures.srx("sample.srx"))
        #expect(try SRXRuleSet.parse(bytes: set.xmlBytes(), path: "again.srx") == set)
    }

    static let xmllint = "/usr/bin/xmllint"

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: xmllint), "needs xmllint (libxml2-utils)"))
    func theExportValidatesAgainstTheSRX20Schema() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("padan-srx-\(UUID())")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("padan.srx").path
        try SRXRuleSet.builtIn().write(to: path)
        let schema = Fixtures.packageRoot.appendingPathComponent("Sources/Padan/Resources/srx20.xsd").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.xmllint)
        process.arguments = ["--noout", "--nonet", "--schema", schema, path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
        #expect(output.contains("validates"))
    }

    /// Texts that put every listed word in the positions its list is about.
    static func probes(for rules: LanguageRules) -> [String] {
        var texts: [String] = []
        for word in rules.allAbbreviations {
            texts.append("Dia bertemu \(word). Budi datang. Kata \(word). Dia pulang. Nomor \(word). 12 orang.")
            texts.append("Rapat dipimpin \(word). M.Si. dan \(word). A. Yani. Lalu \(word). dia pergi.")
            texts.append("Kantor \(word).\nBudi datang \(word).Sementara itu \(word).***kps")
            texts.append(
                "Menurut \(word). (2021) dan \(word). (BBRI) serta \(word). Senin lalu \(word). II dan \(word). WIB.")
        }
        for starter in rules.sentenceStarters {
            texts.append(
                "PT ABC Tbk. \(starter) datang. Pak B. \(starter) pulang. No. \(starter) lagi. S.H. \(starter) juga.")
        }
        for title in rules.lowercaseTitles {
            texts.append(
                "Pasien dirawat di RSUD. \(title). Fajar mengatakan. Dr. \(title). Budi datang. \"Ya.\" \(title). Ani.")
        }
        for day in rules.calendarWords {
            texts.append("Sidang pukul 9 a.m. \(day) lalu. Ditetapkan S.H. \(day) depan. Rapat Tbk. \(day) ini.")
        }
        for word in rules.connectors {
            texts.append("Pemerintah menyatakan \(word)\nBudi datang.\n\nHarga naik \(word.uppercased())\nDia pulang.")
        }
        texts.append(
            "\"Apa benar?\" tanya dia. “Sungguh!” kata dia. (Benarkah?) ujar lagi. Harga naik. kata dia. Wah... ya.")
        return texts
    }

    @Test(arguments: SegmentationLanguage.allCases)
    func everyListedWordSegmentsAsInTheBuiltInEngine(language: SegmentationLanguage) throws {
        let builtIn = Segmenter(language: language)
        let srx = Segmenter(language: language, srx: SRXRuleSet.builtIn(for: language))
        for text in Self.probes(for: language.rules) {
            let expected = builtIn.segment(text).segments.map(\.text)
            let actual = srx.segment(text).segments.map(\.text)
            #expect(actual == expected, "\(text)")
        }
    }
}
