/// The glossary's words, looked up by their key bytes without building a `String`: open addressing over a
/// 64-bit FNV-1a hash, keys kept in one byte arena and compared in full on a hash match.
///
/// Term matching looks up every word of the corpus here, so this is the hottest table of the matcher; it does no
/// allocation per look-up and touches one cache line per probe.
struct WordTable: Sendable {
    private var hashes: [UInt64]
    private var offsets: [Int32]
    private var lengths: [Int32]
    private var values: [TermAutomaton.WordIDs]
    private var arena: [UInt8] = []
    private var mask: Int
    private(set) var count = 0

    init() {
        hashes = [UInt64](repeating: 0, count: 1024)
        offsets = [Int32](repeating: -1, count: 1024)
        lengths = [Int32](repeating: 0, count: 1024)
        values = [TermAutomaton.WordIDs](repeating: TermAutomaton.WordIDs(), count: 1024)
        mask = 1023
    }

    @inline(__always) static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 { FNV1a.hash(key) }

    /// The ids stored for `key`, if it is a glossary word.
    @inline(__always) func find(_ key: UnsafeBufferPointer<UInt8>) -> TermAutomaton.WordIDs? {
        let hash = WordTable.hash(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let offset = offsets[slot]
            if offset < 0 { return nil }
            if hashes[slot] == hash && Int(lengths[slot]) == key.count && equal(key, at: Int(offset)) {
                return values[slot]
            }
            slot = (slot + 1) & mask
        }
    }

    /// The ids stored for `key` (a `String`), if any.
    func find(_ key: String) -> TermAutomaton.WordIDs? {
        var key = key
        return key.withUTF8 { find($0) }
    }

    /// Stores `value` for `key`, replacing what was there.
    mutating func set(_ key: String, _ value: TermAutomaton.WordIDs) {
        var key = key
        key.withUTF8 { bytes in
            if (count + 1) * 2 > hashes.count { grow() }
            let hash = WordTable.hash(bytes)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while offsets[slot] >= 0 {
                if hashes[slot] == hash && Int(lengths[slot]) == bytes.count && equal(bytes, at: Int(offsets[slot])) {
                    values[slot] = value
                    return
                }
                slot = (slot + 1) & mask
            }
            hashes[slot] = hash
            offsets[slot] = Int32(arena.count)
            lengths[slot] = Int32(bytes.count)
            values[slot] = value
            arena.append(contentsOf: bytes)
            count += 1
        }
    }

    @inline(__always) private func equal(_ key: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        arena.withUnsafeBufferPointer { stored in
            for index in 0..<key.count where stored[offset + index] != key[index] { return false }
            return true
        }
    }

    private mutating func grow() {
        let old = (hashes, offsets, lengths, values)
        let capacity = hashes.count * 2
        hashes = [UInt64](repeating: 0, count: capacity)
        offsets = [Int32](repeating: -1, count: capacity)
        lengths = [Int32](repeating: 0, count: capacity)
        values = [TermAutomaton.WordIDs](repeating: TermAutomaton.WordIDs(), count: capacity)
        mask = capacity - 1
        for index in old.1.indices where old.1[index] >= 0 {
            var slot = Int(truncatingIfNeeded: old.0[index]) & mask
            while offsets[slot] >= 0 { slot = (slot + 1) & mask }
            hashes[slot] = old.0[index]
            offsets[slot] = old.1[index]
            lengths[slot] = old.2[index]
            values[slot] = old.3[index]
        }
    }
}
