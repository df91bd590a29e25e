/// One piece of evidence found in a sentence: a number, a date, a word or a glossary concept, with up to four
/// keys (a number read in two conventions, a term shared by several concepts). Two sentences share the anchor
/// when any of its keys occurs in the other.
struct Anchor: Sendable {
    /// What kind of evidence it is (weights differ by kind).
    var kind: AnchorKind
    /// The main key, and alternatives (0 when unused).
    var keys: (UInt64, UInt64, UInt64, UInt64)

    init(kind: AnchorKind, key: UInt64, alternatives: [UInt64] = []) {
        self.kind = kind
        var all: [UInt64] = [key] + alternatives.filter { $0 != key }
        while all.count < 4 { all.append(0) }
        self.keys = (all[0], all[1], all[2], all[3])
    }

    /// The main key.
    var key: UInt64 { keys.0 }

    /// Calls `body` with each key in use.
    @inline(__always) func forEachKey(_ body: (UInt64) -> Void) {
        body(keys.0)
        if keys.1 != 0 { body(keys.1) }
        if keys.2 != 0 { body(keys.2) }
        if keys.3 != 0 { body(keys.3) }
    }

    /// Whether any key is in the sorted `set`.
    @inline(__always) func isFound(in set: UnsafeBufferPointer<UInt64>) -> Bool {
        if Anchor.contains(set, keys.0) { return true }
        if keys.1 == 0 { return false }
        if Anchor.contains(set, keys.1) { return true }
        if keys.2 == 0 { return false }
        return Anchor.contains(set, keys.2) || (keys.3 != 0 && Anchor.contains(set, keys.3))
    }

    /// Binary search in a sorted buffer.
    @inline(__always) static func contains(_ set: UnsafeBufferPointer<UInt64>, _ key: UInt64) -> Bool {
        var low = 0
        var high = set.count
        while low < high {
            let middle = (low + high) >> 1
            let value = set[middle]
            if value == key { return true }
            if value < key { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// A key for a kind of anchor and a value: the kind in the top byte, a mixed hash below.
    static func key(_ kind: UInt8, _ value: UInt64) -> UInt64 {
        var mixed = value &+ 0x9E37_79B9_7F4A_7C15
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        mixed ^= mixed >> 31
        return (UInt64(kind) << 56) | (mixed & 0x00FF_FFFF_FFFF_FFFF) | 1
    }

    /// A key for a word (lower-cased bytes).
    static func key(word: some Sequence<UInt8>) -> UInt64 {
        var hash = FNV1a()
        hash.add(word)
        return key(4, hash.value)
    }
}

/// What the aligner knows of one segment: its length and its anchors.
struct SentenceFeatures: Sendable {
    /// Length in Unicode scalars, spaces included (Gale–Church's unit).
    var length: Int
    /// Distinct anchors, in order of appearance (at most 64, so that a bit mask can say which are shared).
    var anchors: [Anchor]
    /// Every key of every anchor, sorted, without repeats.
    var keys: [UInt64]
    /// Whether the segment reads as a title or heading (no sentence punctuation at the end).
    var isTitle: Bool

    init(length: Int, anchors: [Anchor], isTitle: Bool = false) {
        self.length = length
        self.isTitle = isTitle
        var distinct: [Anchor] = []
        for anchor in anchors where distinct.count < 64 && !distinct.contains(where: { $0.key == anchor.key }) {
            distinct.append(anchor)
        }
        self.anchors = distinct
        self.keys = SentenceFeatures.sortedKeys(of: distinct)
    }

    /// Every key of `anchors`, sorted, without repeats: what `Anchor.isFound(in:)` searches.
    static func sortedKeys(of anchors: [Anchor]) -> [UInt64] {
        var keys: [UInt64] = []
        for anchor in anchors { anchor.forEachKey { keys.append($0) } }
        keys.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(keys.count)
        for key in keys where unique.last != key { unique.append(key) }
        return unique
    }
}
