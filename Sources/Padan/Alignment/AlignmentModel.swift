import Foundation

/// The scoring model of the aligner: Gale–Church's length model and bead priors, and the weight of each kind
/// of anchor. Costs are negative log probabilities (nats), so lower is better and they add up along a path.
public struct AlignmentModel: Sendable {
    /// Which anchors count; none gives plain Gale–Church (length only).
    public var anchors: Set<AnchorKind>
    /// Variance of the target length per source character (Gale & Church measured 6.8 for European
    /// languages; translations of news are freer).
    public var lengthVariance = 9.0
    /// Bonus for an anchor found on both sides, by kind.
    public var matchBonus: [AnchorKind: Double] = [.terms: 2.0, .numbers: 2.5, .dates: 2.0, .tokens: 1.5]
    /// Cost of an anchor found on one side only, by kind. Capitalised words are often translated (`Kementerian`),
    /// so a word missing from the other side is no evidence against a pair.
    public var mismatchCost: [AnchorKind: Double] = [.terms: 0.5, .numbers: 1.5, .dates: 1.0, .tokens: 0]

    /// Cost of leaving a title (a line without sentence punctuation) untranslated: lower than a sentence's,
    /// since scraped pages carry related headlines, captions and section links that translations leave out.
    public var untranslatedTitleCost = 3.0
    /// Extra cost of a bead that merges a title with another segment: headings are translated on their own.
    public var mergedTitleCost = 3.0

    /// A model using the given anchors (all by default).
    public init(anchors: Set<AnchorKind> = Set(AnchorKind.allCases)) {
        self.anchors = anchors
    }

    /// The bead shapes the aligner considers, with their prior cost: 1-1 is by far the most common; Gale and
    /// Church's frequencies (0.89, 0.0099 for 1-0 and 0-1 together, 0.089 for 2-1 and 1-2, 0.011 for 2-2).
    static let shapes: [(source: Int, target: Int, prior: Double)] = [
        (1, 1, -log(0.89)), (1, 0, -log(0.0099 / 2)), (0, 1, -log(0.0099 / 2)), (2, 1, -log(0.089 / 2)),
        (1, 2, -log(0.089 / 2)), (2, 2, -log(0.011)),
    ]

    /// Gale–Church's length cost of pairing `source` characters with `target` characters when the target is
    /// expected to be `ratio` times as long: −log of the probability of a deviation at least this large.
    func lengthCost(source: Int, target: Int, ratio: Double) -> Double {
        let s = Double(source)
        let t = Double(target)
        let mean = (s + t / ratio) / 2
        guard mean > 0 else { return 0 }
        let delta = (t - s * ratio) / (lengthVariance * mean).squareRoot()
        let tail = erfc(abs(delta) / 2.0.squareRoot())
        return tail > 1e-12 ? -log(tail) : 27.6
    }
}
