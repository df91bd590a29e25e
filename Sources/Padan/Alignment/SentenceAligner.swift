import Foundation

/// Aligns the sentences of an Indonesian text with those of its English translation.
///
/// A dynamic programme over beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 (`AlignmentLattice`), scoring each bead by
/// Gale–Church's length model plus anchor evidence (`AlignmentModel`): glossary concepts found on both sides
/// (an Indonesian term in the source, one of its English terms in the target), numbers read in both
/// conventions, dates, and identical words such as names. Anchors are weighted by how rare they are in the
/// pair, so a name found in one sentence on each side counts more than a word found everywhere.
///
/// Boilerplate segments (page furniture) are never aligned: they become beads with an empty side and the
/// dynamic programme does not see them. Two sentences are merged into one bead only when they are neighbours
/// in the text.
public struct SentenceAligner: Sendable {
    /// The scoring model.
    public let model: AlignmentModel
    /// The smallest half-width of the band searched around the diagonal (in sentences).
    public var minimumBandWidth = 20
    /// The most band positions searched for one pair; the band narrows to stay under it, so memory per pair
    /// is bounded whatever the input.
    public var maximumCells = 2_000_000
    private let sourceMatcher: TermMatcher?
    private let targetMatcher: TermMatcher?
    private let sourceReader: AnchorReader
    private let targetReader: AnchorReader

    /// An aligner for Indonesian → English using `glossary` for term anchors (none without a glossary).
    public init(glossary: Glossary? = nil, model: AlignmentModel = AlignmentModel()) {
        self.model = model
        let useTerms = model.anchors.contains(.terms)
        self.sourceMatcher = glossary.flatMap { useTerms ? TermMatcher(glossary: $0, language: .indonesian) : nil }
        self.targetMatcher = glossary.flatMap { useTerms ? TermMatcher(glossary: $0, language: .english) : nil }
        self.sourceReader = AnchorReader(language: .indonesian, kinds: model.anchors)
        self.targetReader = AnchorReader(language: .english, kinds: model.anchors)
    }

    /// Aligns `source` segments with `target` segments.
    public func align(source: [Segment], target: [Segment]) -> Alignment {
        let sourceFurniture = SentenceAligner.furniture(source)
        let targetFurniture = SentenceAligner.furniture(target)
        let sourceIndices = source.indices.filter { !sourceFurniture[$0] }
        let targetIndices = target.indices.filter { !targetFurniture[$0] }
        let sourceFeatures = sourceIndices.map { features(source[$0].text, reader: sourceReader, matcher: sourceMatcher) }
        let targetFeatures = targetIndices.map { features(target[$0].text, reader: targetReader, matcher: targetMatcher) }
        var warnings: [String] = []
        let sourceLength = sourceFeatures.reduce(0) { $0 + $1.length }
        let targetLength = targetFeatures.reduce(0) { $0 + $1.length }
        var degraded = false
        var ratio = sourceLength > 0 && targetLength > 0 ? Double(targetLength) / Double(sourceLength) : 1
        if sourceIndices.isEmpty || targetIndices.isEmpty {
            if sourceIndices.isEmpty && !targetIndices.isEmpty { warnings.append("the source has no sentences to align") }
            if targetIndices.isEmpty && !sourceIndices.isEmpty { warnings.append("the target has no sentences to align") }
        } else {
            let counts = (Double(sourceIndices.count), Double(targetIndices.count))
            let countRatio = max(counts.0, counts.1) / min(counts.0, counts.1)
            if ratio > 3 || ratio < 1.0 / 3 || countRatio > 3 && max(counts.0, counts.1) >= 6 {
                degraded = true
                warnings.append(
                    "the texts differ wildly in length (\(sourceIndices.count) source sentences, \(sourceLength) characters; "
                        + "\(targetIndices.count) target sentences, \(targetLength) characters): they may not be translations "
                        + "of each other, so every pair's confidence was lowered")
                ratio = 1
            }
        }
        ratio = min(1.6, max(0.6, ratio))
        var path: [(source: Range<Int>, target: Range<Int>, posterior: Double)] = []
        if sourceIndices.isEmpty || targetIndices.isEmpty {
            path = sourceIndices.indices.map { ($0..<($0 + 1), 0..<0, 1) } + targetIndices.indices.map { (0..<0, $0..<($0 + 1), 1) }
        } else {
            var width = max(minimumBandWidth, (sourceIndices.count + targetIndices.count) / 10)
            while width > 2 && AlignmentLattice.cellCount(rows: sourceIndices.count, columns: targetIndices.count, width: width) > maximumCells {
                width = width * 3 / 4
            }
            if width < minimumBandWidth {
                warnings.append("the texts are long, so only \(width) sentences either side of the diagonal were searched")
            }
            let scorer = BeadScorer(
                model: model, source: sourceFeatures, target: targetFeatures, ratio: ratio,
                sourceAdjacent: adjacency(sourceIndices), targetAdjacent: adjacency(targetIndices))
            let lattice = AlignmentLattice(rows: sourceIndices.count, columns: targetIndices.count, width: width)
            path = lattice.solve(shapes: AlignmentModel.shapes.map { ($0.source, $0.target) }) { i, j, s, t in
                scorer.cost(source: (i - s)..<i, target: (j - t)..<j)
            }
        }
        let beads = merge(path, sourceIndices, targetIndices, source: source, target: target, scale: degraded ? 0.3 : 1)
        return Alignment(beads: beads, warnings: warnings, isDegraded: degraded)
    }

    /// Which segments are never aligned: boilerplate, blank lines, a title repeated from earlier in the text
    /// (a headline shown again), and a title on the line after a bare "read also" marker (`Lihat Juga :`).
    /// A sentence repeated word for word is not furniture: translations repeat it too.
    static func furniture(_ segments: [Segment]) -> [Bool] {
        var seenTitles = Set<String>()
        var furniture = [Bool](repeating: false, count: segments.count)
        for (index, segment) in segments.enumerated() {
            if segment.isBoilerplate || segment.text.isEmpty {
                furniture[index] = true
                continue
            }
            guard isTitle(segment.text) else { continue }
            let key = segment.text.lowercased()
            let afterMarker = index > 0 && segments[index - 1].isBoilerplate && segments[index - 1].text.unicodeScalars.count <= 24
                && !segments[index - 1].text.isEmpty
            furniture[index] = !seenTitles.insert(key).inserted || afterMarker
        }
        return furniture
    }

    /// Whether `text` reads as a title or a heading rather than a sentence: it does not end in sentence
    /// punctuation or a closing quote or bracket.
    static func isTitle(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return !".!?…\"”’')]»:;".unicodeScalars.contains(last)
    }

    /// Whether each sentence directly follows the previous one in the text (no boilerplate between), so the
    /// two may share a bead.
    private func adjacency(_ indices: [Int]) -> [Bool] {
        indices.indices.map { $0 > 0 && indices[$0] == indices[$0 - 1] + 1 }
    }

    private func features(_ text: String, reader: AnchorReader, matcher: TermMatcher?) -> SentenceFeatures {
        var anchors = reader.anchors(in: text)
        if let matcher {
            for hit in matcher.hits(in: text) {
                anchors.append(
                    Anchor(kind: .terms, key: Anchor.key(6, UInt64(hit.conceptIndex)),
                        alternatives: hit.alternativeConcepts.prefix(3).map { Anchor.key(6, UInt64($0)) }))
            }
        }
        return SentenceFeatures(length: text.unicodeScalars.count, anchors: anchors, isTitle: SentenceAligner.isTitle(text))
    }

    /// The path's beads in segment indices, with every boilerplate segment as a bead of its own, in order.
    private func merge(
        _ path: [(source: Range<Int>, target: Range<Int>, posterior: Double)], _ sourceIndices: [Int],
        _ targetIndices: [Int], source: [Segment], target: [Segment], scale: Double
    ) -> [Bead] {
        var beads: [Bead] = []
        var nextSource = 0
        var nextTarget = 0
        func flush(sourceBefore: Int, targetBefore: Int) {
            while nextSource < sourceBefore {
                beads.append(Bead(source: nextSource..<(nextSource + 1), target: 0..<0, confidence: 1))
                nextSource += 1
            }
            while nextTarget < targetBefore {
                beads.append(Bead(source: 0..<0, target: nextTarget..<(nextTarget + 1), confidence: 1))
                nextTarget += 1
            }
        }
        for step in path {
            let sourceRange = step.source.isEmpty ? nextSource..<nextSource : sourceIndices[step.source.lowerBound]..<(sourceIndices[step.source.upperBound - 1] + 1)
            let targetRange = step.target.isEmpty ? nextTarget..<nextTarget : targetIndices[step.target.lowerBound]..<(targetIndices[step.target.upperBound - 1] + 1)
            flush(sourceBefore: step.source.isEmpty ? nextSource : sourceRange.lowerBound,
                  targetBefore: step.target.isEmpty ? nextTarget : targetRange.lowerBound)
            beads.append(Bead(
                source: step.source.isEmpty ? 0..<0 : sourceRange, target: step.target.isEmpty ? 0..<0 : targetRange,
                confidence: step.posterior * scale))
            if !step.source.isEmpty { nextSource = sourceRange.upperBound }
            if !step.target.isEmpty { nextTarget = targetRange.upperBound }
        }
        flush(sourceBefore: source.count, targetBefore: target.count)
        return beads
    }
}

/// The cost of each candidate bead, from the sentences' features.
///
/// Which anchors of a sentence the other side has is worked out once per sentence pair, as a bit mask, so a
/// bead of two sentences costs two look-ups and an OR.
private final class BeadScorer {
    let model: AlignmentModel
    let source: [SentenceFeatures]
    let target: [SentenceFeatures]
    let ratio: Double
    let sourceAdjacent: [Bool]
    let targetAdjacent: [Bool]
    /// Prior cost by shape, at `source * 3 + target` (infinity for shapes not considered).
    private var priors = [Double](repeating: .infinity, count: 9)
    /// Per anchor, flat, sentence after sentence (sentence i's anchors start at `sourceStart[i]`): the bonus
    /// when the other side has it and the cost when it does not, already weighted by rarity (1 for a key in at
    /// most two sentences of the pair, less for one found in many).
    private var sourceBonus: [Double] = []
    private var sourcePenalty: [Double] = []
    private var targetPenalty: [Double] = []
    private var sourceStart: [Int] = [0]
    private var targetStart: [Int] = [0]
    /// Cached masks: anchors of source i found in target j (at i·m + j), and of target j found in source i
    /// (at j·n + i), with whether each was computed; a dictionary instead when n·m is too large to hold.
    private var sourceFound: [UInt64] = []
    private var targetFound: [UInt64] = []
    private var computed: [UInt8] = []
    private var overflow: [Int: UInt64] = [:]

    init(
        model: AlignmentModel, source: [SentenceFeatures], target: [SentenceFeatures], ratio: Double,
        sourceAdjacent: [Bool], targetAdjacent: [Bool]
    ) {
        self.model = model
        self.source = source
        self.target = target
        self.ratio = ratio
        self.sourceAdjacent = sourceAdjacent
        self.targetAdjacent = targetAdjacent
        var frequency: [UInt64: Int] = [:]
        for sentence in source + target {
            for anchor in sentence.anchors { frequency[anchor.key, default: 0] += 1 }
        }
        let total = Double(source.count + target.count + 1)
        let scale = log(total / 2)
        func weight(_ anchor: Anchor) -> Double {
            guard scale > 0, let count = frequency[anchor.key] else { return 1 }
            return min(1, max(0.1, log(total / Double(count)) / scale))
        }
        let bonus = model.matchBonus
        let penalty = model.mismatchCost
        for sentence in source {
            for anchor in sentence.anchors {
                sourceBonus.append((bonus[anchor.kind] ?? 0) * weight(anchor))
                sourcePenalty.append((penalty[anchor.kind] ?? 0) * weight(anchor))
            }
            sourceStart.append(sourceBonus.count)
        }
        for sentence in target {
            for anchor in sentence.anchors { targetPenalty.append((penalty[anchor.kind] ?? 0) * weight(anchor)) }
            targetStart.append(targetPenalty.count)
        }
        for shape in AlignmentModel.shapes { priors[shape.source * 3 + shape.target] = shape.prior }
        if source.count * target.count <= 1 << 22 {
            sourceFound = [UInt64](repeating: 0, count: source.count * target.count)
            targetFound = sourceFound
            computed = [UInt8](repeating: 0, count: source.count * target.count)
        }
    }

    /// The cost of pairing `sourceRange` with `targetRange` (sentence positions), or nil if not allowed.
    func cost(source sourceRange: Range<Int>, target targetRange: Range<Int>) -> Double? {
        if sourceRange.count == 2 && !sourceAdjacent[sourceRange.upperBound - 1] { return nil }
        if targetRange.count == 2 && !targetAdjacent[targetRange.upperBound - 1] { return nil }
        var prior = priors[sourceRange.count * 3 + targetRange.count]
        guard prior < .infinity else { return nil }
        if sourceRange.isEmpty || targetRange.isEmpty {
            let single = sourceRange.isEmpty ? target[targetRange.lowerBound] : source[sourceRange.lowerBound]
            return single.isTitle ? model.untranslatedTitleCost : prior
        }
        if sourceRange.count > 1 && (source[sourceRange.lowerBound].isTitle || source[sourceRange.lowerBound + 1].isTitle)
            || targetRange.count > 1 && (target[targetRange.lowerBound].isTitle || target[targetRange.lowerBound + 1].isTitle)
        {
            prior += model.mergedTitleCost
        }
        var sourceLength = 0
        for i in sourceRange { sourceLength += source[i].length }
        var targetLength = 0
        for j in targetRange { targetLength += target[j].length }
        var cost = prior + model.lengthCost(source: sourceLength, target: targetLength, ratio: ratio)
        guard !model.anchors.isEmpty else { return cost }
        for i in sourceRange {
            var found: UInt64 = 0
            for j in targetRange { found |= masks(i, j).source }
            for k in sourceStart[i]..<sourceStart[i + 1] {
                cost += found & (1 << UInt64(k - sourceStart[i])) != 0 ? -sourceBonus[k] : sourcePenalty[k]
            }
        }
        for j in targetRange {
            var found: UInt64 = 0
            for i in sourceRange { found |= masks(i, j).target }
            for k in targetStart[j]..<targetStart[j + 1] where found & (1 << UInt64(k - targetStart[j])) == 0 {
                cost += targetPenalty[k]
            }
        }
        return cost
    }

    /// Which anchors of source sentence i target sentence j has, and which of j's anchors i has.
    @inline(__always) private func masks(_ i: Int, _ j: Int) -> (source: UInt64, target: UInt64) {
        let key = i * target.count + j
        if !computed.isEmpty {
            if computed[key] == 0 {
                sourceFound[key] = BeadScorer.found(source[i].anchors, in: target[j].keys)
                targetFound[key] = BeadScorer.found(target[j].anchors, in: source[i].keys)
                computed[key] = 1
            }
            return (sourceFound[key], targetFound[key])
        }
        if let cached = overflow[2 * key] { return (cached, overflow[2 * key + 1] ?? 0) }
        let masks = (BeadScorer.found(source[i].anchors, in: target[j].keys), BeadScorer.found(target[j].anchors, in: source[i].keys))
        overflow[2 * key] = masks.0
        overflow[2 * key + 1] = masks.1
        return masks
    }

    private static func found(_ anchors: [Anchor], in keys: [UInt64]) -> UInt64 {
        keys.withUnsafeBufferPointer { keys in
            var mask: UInt64 = 0
            for (k, anchor) in anchors.enumerated() where anchor.isFound(in: keys) {
                mask |= 1 << UInt64(k)
            }
            return mask
        }
    }
}
