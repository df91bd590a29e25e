import Testing

@testable import Padan

@Suite("Alignment anchors")
struct AnchorReaderTests {
    static let indonesian = AnchorReader(language: .indonesian, kinds: Set(AnchorKind.allCases))
    static let english = AnchorReader(language: .english, kinds: Set(AnchorKind.allCases))

    /// Whether every anchor of `kind` in the Indonesian text is found among the English text's keys.
    static func shared(_ source: String, _ target: String, kind: AnchorKind) -> (found: Int, total: Int) {
        let keys = SentenceFeatures(length: 0, anchors: english.anchors(in: target)).keys
        let anchors = indonesian.anchors(in: source).filter { $0.kind == kind }
        let found = keys.withUnsafeBufferPointer { buffer in
            anchors.filter { $0.isFound(in: buffer) }.count
        }
        return (found, anchors.count)
    }

    @Test(arguments: [
        ("1.500 tentara", "1,500 soldiers"), ("naik 2,5 persen", "up 2.5 percent"), ("Rp2,5 triliun", "2.5 trillion rupiah"),
        ("Rp2.500.000", "2.5 million rupiah"), ("tiga kapal", "three ships"), ("10.000 orang", "10,000 people"),
    ])
    func numbersMatchAcrossConventions(source: String, target: String) {
        let result = Self.shared(source, target, kind: .numbers)
        #expect(result.total == 1 && result.found == 1, "\(source) / \(target)")
    }

    @Test func differentNumbersDoNotMatch() {
        #expect(Self.shared("1.500 tentara", "1,600 soldiers", kind: .numbers).found == 0)
        #expect(Self.shared("2,5 persen", "25 percent", kind: .numbers).found == 0)
    }

    @Test func aNumberWrittenInTheOtherConventionKeepsBothReadings() {
        #expect(AnchorReader.value("1.500", thousands: ".", decimal: ",") == 1500)
        #expect(AnchorReader.value("1.500", thousands: ",", decimal: ".") == 1.5)
        #expect(AnchorReader.value("14.30", thousands: ".", decimal: ",") == nil)
        #expect(AnchorReader.value("1.500.000,25", thousands: ".", decimal: ",") == 1_500_000.25)
        #expect(AnchorReader.value("12,34,5", thousands: ",", decimal: ".") == nil)
        #expect(Self.indonesian.anchors(in: "1.500").first.map { $0.keys.1 != 0 } == true)
    }

    @Test func datesMatchAcrossLanguages() {
        let result = Self.shared("pada Senin (21/10/2024) dan 5 November", "on Monday (Oct. 21, 2024) and Nov. 5", kind: .dates)
        #expect(result.total == 3 && result.found == 3)
        #expect(Self.shared("pada bulan Juni", "in June", kind: .dates).found == 1)
        #expect(Self.shared("pada 21 Oktober", "on Oct. 22", kind: .dates).found == 0)
    }

    @Test func namesAndAcronymsAreWordAnchorsButCommonWordsAreNot() {
        let words = Self.indonesian.anchors(in: "Zinoviev bertemu pejabat NATO di Seoul dan berbicara").filter { $0.kind == .tokens }
        #expect(words.count == 3)
        #expect(Self.shared("Zinoviev bertemu pejabat NATO di Seoul", "Zinoviev met NATO officials in Seoul", kind: .tokens).found == 3)
    }
}
