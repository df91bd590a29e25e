import Foundation
import Glibc
import Padan

/// `padan-bench tmx-export UNITS OUT.tmx [OUT.tsv]`: writes UNITS synthetic translation units (Indonesian and
/// English segments of news-sentence length, document and segment props, three term props and a note each)
/// through `TMXWriter`, and prints units per second of the writing and the peak memory. With OUT.tsv it also
/// writes the same units as tab-separated `tuid, id, en, terms` lines, which `scripts/bench-tmx.sh` hands to
/// translate-toolkit so both tools write the same units.
struct TMXBenchmark {
    let units: Int
    let output: String
    let table: String?

    static let indonesian = ["Wakil Menteri Luar Negeri", "Korea Utara", "pasukan", "Kementerian Pertahanan", "mengirim",
        "rudal", "perbatasan", "pemerintah", "Rp2,5 triliun", "1.500", "sidang", "Dewan Keamanan PBB", "menurut", "pada",
        "Senin", "Jakarta", "Seoul", "kerja sama", "militer", "diplomatik"]
    static let english = ["Vice Foreign Minister", "North Korea", "troops", "Defence Ministry", "sent", "missile",
        "border", "government", "2.5 trillion rupiah", "1,500", "session", "U.N. Security Council", "according to",
        "on", "Monday", "Jakarta", "Seoul", "cooperation", "military", "diplomatic"]

    func run() throws {
        var generator = SeededGenerator(seed: 20_261_122)
        var rows: [UInt8] = []
        let tableFile = try table.map { try AtomicFile(path: $0) }
        let writer = try TMXWriter(path: output, header: TMXWriter.header(sourceLanguage: "id", creationDate: "20261122T000000Z"))
        var elapsed = 0.0
        var batch: [TMXUnit] = []
        // Units are made in batches and each batch is written in one timed stretch, so that the figure is the
        // writer's alone (not the synthetic text's, nor the clock's).
        func flush() throws {
            let start = DispatchTime.now().uptimeNanoseconds
            for unit in batch { try writer.write(unit) }
            elapsed += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            batch.removeAll(keepingCapacity: true)
        }
        for index in 0..<units {
            var source: [String] = []
            var target: [String] = []
            var terms: [String] = []
            for position in 0..<14 {
                let word = generator.below(Self.indonesian.count)
                source.append(Self.indonesian[word])
                target.append(Self.english[word])
                if position < 3 { terms.append("\(Self.indonesian[word]) = \(Self.english[word])") }
            }
            let id = "bench-\(index)"
            var unit = TMXUnit(attributes: [TMXAttribute("tuid", id)])
            unit.annotations = [.prop("x-document", "bench/\(index / 40).txt"), .prop("x-segment", String(index % 40))]
            unit.annotations += terms.map { .prop("x-term", $0) }
            unit.annotations.append(.note("Terms: " + terms.joined(separator: "; ")))
            let sourceText = source.joined(separator: " ") + "."
            let targetText = target.joined(separator: " ") + "."
            unit.variants = [TMXVariant(language: "id", text: sourceText), TMXVariant(language: "en", text: targetText)]
            batch.append(unit)
            if batch.count == 10_000 { try flush() }
            if let tableFile {
                rows.append(contentsOf: "\(id)\t\(sourceText)\t\(targetText)\t\(terms.joined(separator: "|"))\n".utf8)
                if rows.count > 1 << 20 {
                    try tableFile.write(rows)
                    rows.removeAll(keepingCapacity: true)
                }
            }
        }
        try flush()
        let start = DispatchTime.now().uptimeNanoseconds
        try writer.finish()
        elapsed += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let tableFile {
            try tableFile.write(rows)
            try tableFile.commit()
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let size = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
        print(String(format: "tmx export: %d units in %.2f s: %.0f units/s (%.1f MB written), peak memory %.1f MB",
            units, elapsed, Double(units) / elapsed, Double(size) / 1e6, Double(usage.ru_maxrss) / 1024))
    }
}
