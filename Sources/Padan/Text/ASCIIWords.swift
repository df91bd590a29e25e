/// Eight-bytes-at-a-time tests for the hot loops (SWAR: SIMD within a register).
///
/// Segmentation, text cleaning and JSON output each pass over every byte of the corpus; testing a whole
/// 64-bit word for "nothing interesting here" keeps them near memory speed on ordinary text.
enum ASCIIWords {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let high: UInt64 = 0x8080_8080_8080_8080
    static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// Whether any byte of `word` equals `value` (exact when the answer is no).
    @inline(__always) static func contains(_ word: UInt64, _ value: UInt8) -> Bool {
        let x = word ^ (UInt64(value) &* ones)
        return (x &- ones) & ~x & high != 0
    }

    /// 0x80 in every byte of `word` that equals `value`, 0 elsewhere (exact).
    @inline(__always) static func mask(_ word: UInt64, _ value: UInt8) -> UInt64 {
        let x = word ^ (UInt64(value) &* ones)
        return ~(((x & low7) &+ low7) | x | low7)
    }

    /// Whether any byte of `word` is below 0x20 (exact when the answer is no).
    @inline(__always) static func containsControl(_ word: UInt64) -> Bool {
        (word &- (0x20 &* ones)) & ~word & high != 0
    }

    /// Whether the eight bytes need no change when whitespace is collapsed and scraped escapes are undone:
    /// printable ASCII only, no backslash, no two adjacent spaces, and no space first when the text before
    /// ended with one.
    @inline(__always) static func isPlainText(_ word: UInt64, afterSpace: Bool) -> Bool {
        if word & high != 0 || containsControl(word) || contains(word, 0x5C) { return false }
        let spaces = mask(word, 0x20)
        if spaces & (spaces << 8) != 0 { return false }
        return !(afterSpace && word & 0xFF == 0x20)
    }

    /// Whether the eight bytes can be copied into a JSON string as they are (no control character, quote or
    /// backslash; bytes of multi-byte characters are fine).
    @inline(__always) static func isJSONSafe(_ word: UInt64) -> Bool {
        let controlCandidates = (word &- (0x20 &* ones)) & ~word & high
        return controlCandidates == 0 && !contains(word, 0x22) && !contains(word, 0x5C)
    }
}
