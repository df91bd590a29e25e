/// Groups a document's lines into runs of text that may hold several sentences ("blocks").
///
/// Headlines, bylines, captions and list items end without punctuation, so a line break usually ends a segment;
/// but scraped pages are often hard-wrapped at a fixed width, and there a sentence runs on across line breaks.
/// `LineLayout` decides each break from the document's own line-length profile (is the text wrapped, and was
/// this line full?), the case of the next line, and whether the line could end a sentence at all.
struct LineLayout {
    /// A line's content, without its line break and without surrounding whitespace.
    struct Line {
        var content: Range<Int>
        var length: Int
        var isBlank: Bool { content.isEmpty }
    }

    let text: TextView
    let rules: LanguageRules
    let boilerplate: BoilerplateClassifier

    /// The blocks of the document, in order; each is trimmed and non-empty.
    func blocks() -> [Range<Int>] {
        let lines = self.lines()
        let width = wrapWidth(lines)
        var blocks: [Range<Int>] = []
        var index = 0
        while index < lines.count {
            if lines[index].isBlank {
                index += 1
                continue
            }
            var last = index
            while last + 1 < lines.count && !lines[last + 1].isBlank
                && continues(lines[last], into: lines[last + 1], wrapWidth: width, opensBlock: last == index)
            {
                last += 1
            }
            blocks.append(lines[index].content.lowerBound..<lines[last].content.upperBound)
            index = last + 1
        }
        return blocks
    }

    /// Splits the text into lines at LF, CR, CRLF, U+2028 and U+2029.
    func lines() -> [Line] {
        var lines: [Line] = []
        let count = text.count
        var start = 0
        var index = 0
        var scalars = 0
        while index < count {
            let byte = text[index]
            if byte == 0x0A || byte == 0x0D || byte == 0xE2 {
                let length = text.lineBreakLength(at: index)
                if length > 0 {
                    lines.append(line(start..<index, scalars: scalars))
                    index += length
                    start = index
                    scalars = 0
                    continue
                }
            }
            scalars &+= byte & 0xC0 != 0x80 ? 1 : 0
            index += 1
        }
        if start < count { lines.append(line(start..<count, scalars: scalars)) }
        return lines
    }

    private func line(_ range: Range<Int>, scalars: Int) -> Line {
        var lower = range.lowerBound
        var length = scalars
        while lower < range.upperBound {
            let space = text.whitespaceLength(at: lower)
            if space == 0 { break }
            lower += space
            length -= 1
        }
        var upper = range.upperBound
        while upper > lower {
            let start = text.scalarStart(before: upper)
            if text.whitespaceLength(at: start) == 0 { break }
            upper = start
            length -= 1
        }
        return Line(content: lower..<upper, length: max(0, length))
    }

    /// The width the document is hard-wrapped at, or nil when it is not wrapped.
    ///
    /// A wrapped document has many lines that are followed by more text of the same paragraph and whose lengths
    /// crowd just below one maximum; unwrapped text (one paragraph per line) has lines of every length.
    func wrapWidth(_ lines: [Line]) -> Int? {
        var lengths: [Int] = []
        for index in lines.indices.dropLast() where !lines[index].isBlank && !lines[index + 1].isBlank {
            lengths.append(lines[index].length)
        }
        guard lengths.count >= 3, let widest = lengths.max(), widest >= 30, widest <= 200 else { return nil }
        let near = lengths.filter { $0 >= widest - max(12, widest / 6) }.count
        return near >= 3 && near * 5 >= lengths.count * 2 ? widest : nil
    }

    /// Whether the sentence on `line` may go on on `next` (the line break is then only whitespace).
    /// `opensBlock` says `line` is the first line of its block: only such a line can be a headline.
    func continues(_ line: Line, into next: Line, wrapWidth: Int?, opensBlock: Bool) -> Bool {
        if boilerplate.isBoilerplate(text, line.content) || boilerplate.startsBoilerplate(text, next.content) {
            return false
        }
        if Markers.listItemLength(text, at: next.content.lowerBound, end: next.content.upperBound) > 0
            || isByline(next)
        {
            return false
        }
        let ending = lastMeaningfulByte(line.content)
        let nextClass = text.characterClass(at: next.content.lowerBound)
        let last = lastWord(line.content)
        if ending.isTerminal {
            // In wrapped text the sentence rules decide at the punctuation, as if the break were a space; in
            // unwrapped text only an abbreviation that cannot end a sentence (`NIP.` before a number) goes on.
            if wrapWidth != nil { return true }
            let abbreviation = String(last.dropLast())
            return rules.prefixes.contains(abbreviation)
                || (rules.numberPrefixes.contains(abbreviation) && nextClass == .digit)
        }
        // A wrapped line is full: the next word would not have fitted, or (for wrappers that balance lines)
        // it is at least three quarters of the width. A headline of the same length is not wrapped, unless
        // the next line opens with a bracket that can only continue it.
        let overflows = wrapWidth.map { line.length + 1 + firstWordLength(next.content) > $0 } ?? false
        let nearlyFull = wrapWidth.map { line.length * 4 >= $0 * 3 } ?? false
        if startsLetterBlock(next.content) { return overflows || nearlyFull }
        if nextClass == .lower { return true }
        switch ending.byte {
        case UInt8(ascii: ":"): return false
        case UInt8(ascii: ","), UInt8(ascii: ";"): return true
        case UInt8(ascii: "-") where ending.afterLetter: return true
        default: break
        }
        if last.allSatisfy({ $0.isLowercase }) && rules.connectors.contains(last) { return true }
        guard overflows || nearlyFull else { return false }
        return !(opensBlock && looksLikeHeading(line.content)) || text[next.content.lowerBound] == UInt8(ascii: "(")
    }

    /// A short line `By Name` / `Oleh Name` under a headline is a byline, not the headline's continuation.
    private func isByline(_ line: Line) -> Bool {
        guard line.length <= 60 else { return false }
        let start = line.content.lowerBound
        for opening in ["By ", "Oleh ", "Oleh: ", "BY ", "OLEH "] {
            let utf8 = Array(opening.utf8)
            if text.matches(opening: utf8, at: start), start + utf8.count < line.content.upperBound,
                text.characterClass(at: start + utf8.count) == .upper
            {
                return true
            }
        }
        return false
    }

    /// Signature and address lines of official letters start with lower-case abbreviations (`a.n. BUPATI`,
    /// `u.p. Kepala`, `ttd.`) yet begin a new segment.
    private func startsLetterBlock(_ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound && text.whitespaceLength(at: end) == 0 { end += 1 }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[range.lowerBound..<end]), as: UTF8.self)
        return LineLayout.letterBlockOpenings.contains(word)
    }

    /// First words of letter-block lines.
    static let letterBlockOpenings: Set<String> = ["a.n.", "u.p.", "u.b.", "ttd.", "ttd", "d.a.", "c.q.", "an.", "Plt.", "Plh."]

    private func lastMeaningfulByte(_ range: Range<Int>) -> (byte: UInt8, isTerminal: Bool, afterLetter: Bool) {
        var end = range.upperBound
        while end > range.lowerBound {
            let start = text.scalarStart(before: end)
            let byte = text[start]
            let isCloser = byte == 0x29 || byte == 0x5D || Quotes.closingQuoteLength(text, at: start) > 0
                || byte == 0x22 || byte == 0x27
            if !isCloser || start == range.lowerBound {
                let isEllipsis = text.matches("…", at: start)
                let terminal = byte == 0x2E || byte == 0x3F || byte == 0x21 || isEllipsis
                let afterLetter = start > range.lowerBound
                    && text.characterClass(at: text.scalarStart(before: start)) != .other
                return (byte, terminal, afterLetter)
            }
            end = start
        }
        return (0, false, false)
    }

    private func lastWord(_ range: Range<Int>) -> String {
        var start = range.upperBound
        while start > range.lowerBound && text.whitespaceLength(at: text.scalarStart(before: start)) == 0 {
            start = text.scalarStart(before: start)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<range.upperBound]), as: UTF8.self)
    }

    private func firstWordLength(_ range: Range<Int>) -> Int {
        var end = range.lowerBound
        while end < range.upperBound && text.whitespaceLength(at: end) == 0 { end += 1 }
        return text.scalarCount(range.lowerBound..<end)
    }

    /// A short line whose longer words are nearly all capitalised reads as a headline or heading, not wrapped
    /// prose (callers ask only about the first line of a block: inside a paragraph, a line full of names and
    /// places is still prose).
    private func looksLikeHeading(_ range: Range<Int>) -> Bool {
        var words = 0
        var longWords = 0
        var capitalised = 0
        var index = range.lowerBound
        while index < range.upperBound {
            index = text.skipWhitespace(from: index, to: range.upperBound)
            let start = index
            while index < range.upperBound && text.whitespaceLength(at: index) == 0 { index += 1 }
            guard index > start else { continue }
            words += 1
            guard index - start > 3 else { continue }
            let kind = text.characterClass(at: start)
            if kind == .upper || kind == .lower {
                longWords += 1
                if kind == .upper { capitalised += 1 }
            }
        }
        return words <= 14 && longWords >= 2 && capitalised * 5 >= longWords * 4
    }
}

/// Line-initial markers: list numbers and bullets.
enum Markers {
    /// Length of a list marker with its following space at `index` (`1. `, `2) `, `a. `, `IV. `, `• `, `- `),
    /// or 0.
    static func listItemLength(_ text: TextView, at index: Int, end: Int) -> Int {
        var position = index
        if text[position] == UInt8(ascii: "-") || text[position] == UInt8(ascii: "*")
            || text.matches("•", at: position) || text.matches("–", at: position) || text.matches("·", at: position)
            || text.matches("▪", at: position) || text.matches("►", at: position)
        {
            position += text.scalar(at: position).length
            let space = position < end ? text.whitespaceLength(at: position) : 0
            return space > 0 ? position + space - index : 0
        }
        let start = position
        while position < end && position - start < 3 && text.characterClass(at: position) == .digit { position += 1 }
        var closers: [UInt8] = [UInt8(ascii: "."), UInt8(ascii: ")")]
        if position == start {
            // A lower-case letter (`a.`, `b)`), an upper-case one only with `)` (`A.` is an initial), or a
            // Roman numeral of two or more letters (`II.`, `IV)`).
            while position < end && position - start < 4 && text[position] < 0x80
                && (text.characterClass(at: position) == .upper || text.characterClass(at: position) == .lower)
            {
                position += 1
            }
            let letters = text.bytes[start..<position]
            if letters.count == 1 && text.characterClass(at: start) == .upper {
                closers = [UInt8(ascii: ")")]
            } else if letters.count != 1 && !(letters.count > 1 && letters.allSatisfy({ "IVX".utf8.contains($0) })) {
                return 0
            }
        }
        guard position < end, closers.contains(text[position]) else {
            return 0
        }
        position += 1
        let space = position < end ? text.whitespaceLength(at: position) : 0
        return space > 0 ? position + space - index : 0
    }
}
