import Foundation

/// Segments text with SRX rules.
///
/// SRX semantics: a candidate break is a position between two characters. At each position the rules are tried
/// in order, and the first rule whose `beforeBreak` matches text ending at the position and whose `afterBreak`
/// matches text starting there decides: break (`break="yes"`) or not. Positions no rule matches do not break.
///
/// Rather than testing every rule at every position, each rule is compiled once as `(?:before)(?=after)` and
/// run over the whole text once; the end of each match is a position that rule claims, and a position keeps the
/// decision of the first rule (in rule order) that claims it. As in other SRX engines that work this way
/// (Okapi), matches of one rule do not overlap, so a rule whose `beforeBreak` consumes text another of its own
/// matches needs is not seen there; rules written around the punctuation they break at are unaffected.
///
/// ICU matches UTF-16, padan's text is UTF-8: a table maps UTF-16 offsets back to byte offsets. Segments
/// between breaks are trimmed of whitespace (Python `\s`, as everywhere in padan) and empty ones dropped, so the
/// ranges meet the `BoundaryFinder` contract whatever the rules say.
struct SRXBoundaryFinder: BoundaryFinder {
    let rules: [SRXRule]

    func segmentRanges(in text: TextView) -> [Range<Int>] {
        let count = text.count
        guard count > 0 else { return [] }
        let decisions = breakDecisions(in: text)
        var ranges: [Range<Int>] = []
        var start = 0
        for position in 1...count where position == count || decisions[position] == Decision.breaks {
            appendTrimmed(start..<position, of: text, to: &ranges)
            start = position
        }
        return ranges
    }

    private enum Decision {
        static let open: UInt8 = 0
        static let noBreak: UInt8 = 1
        static let breaks: UInt8 = 2
    }

    /// For every byte offset, whether a rule decided to break there (`Decision.breaks`), not to, or nothing.
    private func breakDecisions(in text: TextView) -> [UInt8] {
        // 32-bit offsets halve the table; texts of 2 GB and more (never seen in practice) get 64-bit ones.
        text.count < Int(Int32.max)
            ? breakDecisions(in: text, offsets: Int32.self) : breakDecisions(in: text, offsets: Int.self)
    }

    private func breakDecisions<Offset: FixedWidthInteger>(in text: TextView, offsets: Offset.Type) -> [UInt8] {
        var decisions = [UInt8](repeating: Decision.open, count: text.count + 1)
        guard !rules.isEmpty else { return decisions }
        let (string, byteOffset) = SRXBoundaryFinder.utf16View(of: text, offsets: Offset.self)
        let whole = NSRange(location: 0, length: byteOffset.count - 1)
        for rule in rules {
            guard let matcher = rule.matcher else { continue }
            let value = rule.isBreak ? Decision.breaks : Decision.noBreak
            matcher.expression.enumerateMatches(in: string, options: [], range: whole) { match, _, _ in
                guard let match else { return }
                let end = match.range.location + match.range.length
                guard end > 0, end < byteOffset.count - 1 else { return }
                let position = Int(byteOffset[end])
                if decisions[position] == Decision.open { decisions[position] = value }
            }
        }
        return decisions
    }

    /// The text as a `String` for ICU, and for every UTF-16 offset of it (plus the end) the UTF-8 offset in
    /// `text` (`Offset` must hold `text.count`).
    ///
    /// padan's text is valid UTF-8 (`SourceDocument` validates or transcodes it), so the string is made from
    /// the bytes as they are and the table follows the UTF-8 lead bytes: one UTF-16 unit per scalar, two for
    /// scalars above U+FFFF (four-byte sequences). Invalid input is decoded scalar by scalar instead, each
    /// bad byte becoming one U+FFFD, so that offsets still line up.
    static func utf16View<Offset: FixedWidthInteger>(of text: TextView, offsets: Offset.Type) -> (String, [Offset]) {
        let count = text.count
        var byteOffset: [Offset] = []
        byteOffset.reserveCapacity(count + 1)
        if let string = String(validating: text.bytes, as: UTF8.self) {
            var index = 0
            while index < count {
                let lead = text[index]
                if lead < 0x80 {
                    byteOffset.append(Offset(index))
                    index += 1
                } else if lead < 0xE0 {
                    byteOffset.append(Offset(index))
                    index += 2
                } else if lead < 0xF0 {
                    byteOffset.append(Offset(index))
                    index += 3
                } else {
                    byteOffset.append(Offset(index))
                    byteOffset.append(Offset(index))
                    index += 4
                }
            }
            byteOffset.append(Offset(count))
            return (string, byteOffset)
        }
        var utf16: [UInt16] = []
        utf16.reserveCapacity(count)
        var index = 0
        while index < count {
            let (scalar, length) = validScalar(in: text, at: index)
            for unit in scalar.utf16 {
                utf16.append(unit)
                byteOffset.append(Offset(index))
            }
            index += length
        }
        byteOffset.append(Offset(count))
        return (String(decoding: utf16, as: UTF16.self), byteOffset)
    }

    /// The scalar at `index` and its length, or U+FFFD and 1 when the bytes there are not well-formed UTF-8.
    private static func validScalar(in text: TextView, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = text[index]
        let length = lead < 0x80 ? 1 : lead < 0xC2 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF5 ? 4 : 0
        guard length > 0, index + length <= text.count,
            (1..<length).allSatisfy({ text[index + $0] & 0xC0 == 0x80 })
        else { return ("\u{FFFD}", 1) }
        let (scalar, decoded) = text.scalar(at: index)
        return decoded == length ? (scalar, length) : ("\u{FFFD}", 1)
    }

    private func appendTrimmed(_ range: Range<Int>, of text: TextView, to ranges: inout [Range<Int>]) {
        let lower = text.skipWhitespace(from: range.lowerBound, to: range.upperBound)
        var upper = range.upperBound
        while upper > lower {
            let start = text.scalarStart(before: upper)
            if text.whitespaceLength(at: start) == 0 { break }
            upper = start
        }
        if lower < upper { ranges.append(lower..<upper) }
    }
}
