/// One step of a sentence alignment: consecutive source segments that translate consecutive target segments.
///
/// Beads are 1-1, 2-1, 1-2 or 2-2 pairs, or a segment with nothing on the other side (1-0, 0-1): page
/// furniture, a sentence the translator dropped or added. Indices are 0-based positions in each side's
/// segments (boilerplate included, as `padan segment --json` numbers them).
public struct Bead: Sendable, Hashable {
    /// Source segment indices (possibly empty).
    public var source: Range<Int>
    /// Target segment indices (possibly empty).
    public var target: Range<Int>
    /// How sure the aligner is of this bead, from 0 to 1: the posterior probability of the bead over every
    /// alignment of the pair (lowered when the whole pair looks unreliable, see `Alignment.isDegraded`).
    public var confidence: Double

    /// Creates a bead.
    public init(source: Range<Int>, target: Range<Int>, confidence: Double) {
        self.source = source
        self.target = target
        self.confidence = confidence
    }

    /// Whether both sides have segments: a translation pair.
    public var isPair: Bool { !source.isEmpty && !target.isEmpty }

    /// The bead's indices for people: `[4,5] ↔ [3]`, `[7] ↔ []`.
    public var label: String { "\(Bead.indices(source)) ↔ \(Bead.indices(target))" }

    /// Indices as a bracketed list: `[4,5]`, `[]`.
    public static func indices(_ range: Range<Int>) -> String {
        "[" + range.map(String.init).joined(separator: ",") + "]"
    }

    /// Every (source, target) index pair inside the bead: the links alignment accuracy is measured on.
    public var links: [(source: Int, target: Int)] {
        source.flatMap { s in target.map { (source: s, target: $0) } }
    }

    /// The bead as one JSON object: `{"source":[…],"target":[…],"confidence":x}`, with `"file"` first when
    /// given (beads of several documents in one stream).
    public func jsonLine(file: String? = nil) -> JSONLine {
        var line = JSONLine()
        if let file { line.add("file", file) }
        line.add("source", integers: Array(source))
        line.add("target", integers: Array(target))
        line.add("confidence", confidence, digits: 3)
        return line
    }
}
