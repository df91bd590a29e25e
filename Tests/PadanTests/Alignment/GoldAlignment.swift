import Foundation

@testable import Padan

/// Reading gold alignments (JSON Lines beads) and scoring predicted beads against them.
enum GoldAlignment {
    /// The beads of a gold file: `{"source":[…],"target":[…]}` per line.
    static func beads(_ url: URL) throws -> [(source: [Int], target: [Int])] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return try text.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] ?? [:]
            return ((object["source"] as? [Int]) ?? [], (object["target"] as? [Int]) ?? [])
        }
    }

    /// Every (source, target) pair inside a bead.
    static func links(_ beads: [(source: [Int], target: [Int])]) -> Set<[Int]> {
        Set(beads.flatMap { bead in bead.source.flatMap { s in bead.target.map { [s, $0] } } })
    }

    static func links(_ beads: [Bead]) -> Set<[Int]> {
        Set(beads.flatMap { $0.links.map { [$0.source, $0.target] } })
    }

    /// Micro-averaged link F1 over (gold, predicted) pairs.
    static func f1(_ pairs: [(gold: Set<[Int]>, predicted: Set<[Int]>)]) -> Double {
        let correct = pairs.reduce(0) { $0 + $1.gold.intersection($1.predicted).count }
        let gold = pairs.reduce(0) { $0 + $1.gold.count }
        let predicted = pairs.reduce(0) { $0 + $1.predicted.count }
        guard correct > 0 else { return 0 }
        let precision = Double(correct) / Double(predicted)
        let recall = Double(correct) / Double(gold)
        return 2 * precision * recall / (precision + recall)
    }
}
