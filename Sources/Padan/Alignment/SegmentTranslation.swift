/// The English of one or more consecutive source segments, as an alignment found it: what the TMX export
/// writes as a unit's target variant.
public struct SegmentTranslation: Sendable, Hashable {
    /// The source segments translated (one, or two merged by a 2-1 or 2-2 bead).
    public var sourceSegments: Range<Int>
    /// The target text (two target segments joined by a space for a 1-2 or 2-2 bead).
    public var text: String
    /// The aligner's confidence in the pair, if it came from an alignment.
    public var confidence: Double?

    /// Creates a translation.
    public init(sourceSegments: Range<Int>, text: String, confidence: Double? = nil) {
        self.sourceSegments = sourceSegments
        self.text = text
        self.confidence = confidence
    }
}

extension Alignment {
    /// The pairs with at least `minimumConfidence`, as translations of their source segments, reading the
    /// target text from `target`.
    public func translations(target: [Segment], minimumConfidence: Double) -> [SegmentTranslation] {
        pairs.filter { $0.confidence >= minimumConfidence }.map { bead in
            SegmentTranslation(
                sourceSegments: bead.source, text: bead.target.map { target[$0].text }.joined(separator: " "),
                confidence: bead.confidence)
        }
    }
}
