/// The trie's edges, `(node, word id) → child`, in one open-addressing table with a multiplicative hash: the
/// matcher follows an edge for every candidate word, so this must be cheaper than a `Dictionary`'s seeded hash.
struct TransitionTable: Sendable {
    /// Occupied slots hold the key with the top bit set (node ids and word ids are below 2^31).
    private var keys: [UInt64]
    private var children: [Int32]
    private var mask: Int
    private var count = 0
    private static let occupied: UInt64 = 1 << 63

    init() {
        keys = [UInt64](repeating: 0, count: 1024)
        children = [Int32](repeating: 0, count: 1024)
        mask = 1023
    }

    @inline(__always) private static func key(_ node: Int32, _ id: Int32) -> UInt64 {
        UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: id)) | occupied
    }

    @inline(__always) private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child reached from `node` by word `id`, if any.
    @inline(__always) func child(_ node: Int32, _ id: Int32) -> Int32? {
        let key = TransitionTable.key(node, id)
        var slot = slot(of: key)
        while true {
            let stored = keys[slot]
            if stored == key { return children[slot] }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Adds the edge `node --id--> child`; the edge must not exist yet.
    mutating func add(_ node: Int32, _ id: Int32, _ child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        insert(TransitionTable.key(node, id), child)
        count += 1
    }

    private mutating func insert(_ key: UInt64, _ child: Int32) {
        var slot = slot(of: key)
        while keys[slot] != 0 { slot = (slot + 1) & mask }
        keys[slot] = key
        children[slot] = child
    }

    private mutating func grow() {
        let (oldKeys, oldChildren) = (keys, children)
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        children = [Int32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index] != 0 { insert(oldKeys[index], oldChildren[index]) }
    }
}
