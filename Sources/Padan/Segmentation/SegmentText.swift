/// Turns a source span into segment text.
enum SegmentText {
    /// The span with whitespace runs collapsed to single spaces; with `unescapingQuotes`, the backslash of
    /// scraped escapes (`\”`, `\"`, `\’`, `\'`, `\“`, `\‘`) is dropped too.
    static func collapsed(_ text: TextView, _ range: Range<Int>, unescapingQuotes: Bool) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var index = range.lowerBound
        var pendingSpace = false
        while index < range.upperBound {
            let space = text.whitespaceLength(at: index)
            if space > 0 {
                pendingSpace = true
                index += space
                continue
            }
            if pendingSpace {
                if !out.isEmpty { out.append(0x20) }
                pendingSpace = false
            }
            let byte = text[index]
            if unescapingQuotes && byte == 0x5C && index + 1 < range.upperBound && Quotes.isQuote(text, at: index + 1) {
                index += 1
                continue
            }
            out.append(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
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
