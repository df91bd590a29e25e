/// Turns a source span into segment text.
enum SegmentText {
    /// The span with whitespace runs collapsed to single spaces; with `unescapingQuotes`, the backslash of
    /// scraped escapes (`\”`, `\"`, `\’`, `\'`, `\“`, `\‘`) is dropped too.
    static func collapsed(_ text: TextView, _ range: Range<Int>, unescapingQuotes: Bool) -> String {
        String(unsafeUninitializedCapacity: range.count) { out in
            write(text, range, unescapingQuotes: unescapingQuotes, escapingJSON: false, to: out.baseAddress!)
        }
    }

    /// Appends the segment text of `range` (as `collapsed(_:_:unescapingQuotes: true)` makes it) to `out`,
    /// escaped for a JSON string, in one pass over the source.
    static func appendJSONEscapedText(_ text: TextView, _ range: Range<Int>, to out: inout [UInt8]) {
        // Grow `out` by the worst case (every byte a six-byte \u escape), write through a pointer, trim.
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: range.count * 6))
        let written = out.withUnsafeMutableBufferPointer { buffer in
            write(text, range, unescapingQuotes: true, escapingJSON: true, to: buffer.baseAddress! + start)
        }
        out.removeLast(range.count * 6 - written)
    }

    /// The one collapsing loop: writes the text of `range` to `base` (room for `range.count` bytes, six times
    /// that with `escapingJSON`) and returns how many bytes it wrote. Eight plain ASCII bytes at a time are
    /// copied as they are; whitespace runs become one space; scraped quote escapes are undone on request;
    /// quotes, backslashes and control characters are escaped for JSON on request.
    private static func write(
        _ text: TextView, _ range: Range<Int>, unescapingQuotes: Bool, escapingJSON: Bool,
        to base: UnsafeMutablePointer<UInt8>
    ) -> Int {
        let raw = UnsafeRawBufferPointer(text.bytes)
        var count = 0
        var index = range.lowerBound
        var pendingSpace = false
        while index < range.upperBound {
            if !pendingSpace && index + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if ASCIIWords.isPlainText(word, afterSpace: count > 0 && base[count - 1] == 0x20)
                    && !(escapingJSON && ASCIIWords.contains(word, 0x22))
                {
                    UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
                    count += 8
                    index += 8
                    continue
                }
            }
            let space = text.whitespaceLength(at: index)
            if space > 0 {
                pendingSpace = true
                index += space
                continue
            }
            if pendingSpace {
                if count > 0 && base[count - 1] != 0x20 {
                    base[count] = 0x20
                    count += 1
                }
                pendingSpace = false
            }
            let byte = text[index]
            index += 1
            if unescapingQuotes && byte == 0x5C && index < range.upperBound && Quotes.isQuote(text, at: index) {
                continue
            }
            if escapingJSON && (byte == 0x22 || byte == 0x5C) {
                base[count] = 0x5C
                base[count + 1] = byte
                count += 2
            } else if escapingJSON && byte < 0x20 {
                let hex: StaticString = "0123456789abcdef"
                base[count] = 0x5C
                base[count + 1] = UInt8(ascii: "u")
                base[count + 2] = 0x30
                base[count + 3] = 0x30
                base[count + 4] = hex.utf8Start[Int(byte >> 4)]
                base[count + 5] = hex.utf8Start[Int(byte & 15)]
                count += 6
            } else {
                base[count] = byte
                count += 1
            }
        }
        return count
    }
}

/// Quotation marks and brackets as segmentation sees them.
enum Quotes {
    /// Whether the character at `index` is any quotation mark (straight, curly, guillemet, low-9).
    static func isQuote(_ text: TextView, at index: Int) -> Bool {
        quoteLength(text, at: index) > 0
    }

    /// Length of the quotation mark at `index`, or 0.
    static func quoteLength(_ text: TextView, at index: Int) -> Int {
        let byte = text[index]
        if byte == 0x22 || byte == 0x27 { return 1 }
        if byte == 0xC2 && index + 1 < text.count && (text[index + 1] == 0xAB || text[index + 1] == 0xBB) { return 2 }
        if byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 {
            let last = text[index + 2]
            if last >= 0x98 && last <= 0x9F { return 3 }
        }
        return 0
    }

    /// Length of a quotation mark that can only close (`”`, `’`, `»`), or 0.
    static func closingQuoteLength(_ text: TextView, at index: Int) -> Int {
        let byte = text[index]
        if byte == 0xC2 && index + 1 < text.count && text[index + 1] == 0xBB { return 2 }
        if byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80
            && (text[index + 2] == 0x9D || text[index + 2] == 0x99)
        {
            return 3
        }
        return 0
    }

    /// Length of a quotation mark that can open (`“`, `‘`, `„`, `«`, `"`, `'`), or 0.
    static func openingQuoteLength(_ text: TextView, at index: Int) -> Int {
        let byte = text[index]
        if byte == 0x22 || byte == 0x27 { return 1 }
        if byte == 0xC2 && index + 1 < text.count && text[index + 1] == 0xAB { return 2 }
        if byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 {
            let last = text[index + 2]
            if last == 0x9C || last == 0x98 || last == 0x9E { return 3 }
        }
        return 0
    }
}
