/// The alignment of one source text with its translation.
public struct Alignment: Sendable {
    /// Every segment of both sides exactly once, in order: pairs, and segments with nothing on the other side.
    public var beads: [Bead]
    /// Why the alignment may be unreliable (wildly unequal texts, an empty side, a narrowed search), for the
    /// user to read; empty when nothing looked wrong.
    public var warnings: [String]
    /// Whether the texts looked so unlike a translation pair that every confidence was lowered.
    public var isDegraded: Bool

    /// Creates an alignment.
    public init(beads: [Bead], warnings: [String] = [], isDegraded: Bool = false) {
        self.beads = beads
        self.warnings = warnings
        self.isDegraded = isDegraded
    }

    /// The pairs, in order.
    public var pairs: [Bead] { beads.filter(\.isPair) }
}
