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
    ///
    /// Runs over every byte of every document, so it looks at eight bytes at a time: a word without a line
    /// break candidate (0x0A, 0x0D, 0xE2) only has its scalars counted.
    func lines() -> [Line] {
        var lines: [Line] = []
        let count = text.count
        let raw = UnsafeRawBufferPointer(text.bytes)
        var start = 0
        var index = 0
        var scalars = 0
        while index < count {
            if index + 8 <= count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !LineLayout.mayHoldLineBreak(word) {
                    let continuation = word & ~(word << 1) & 0x8080_8080_8080_8080
                    scalars &+= 8 - continuation.nonzeroBitCount
                    index += 8
                    continue
                }
            }
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

    /// Whether any byte of `word` is 0x0A, 0x0D or 0xE2 (the bytes a line break starts with).
    @inline(__always) static func mayHoldLineBreak(_ word: UInt64) -> Bool {
        ASCIIWords.contains(word, 0x0A) || ASCIIWords.contains(word, 0x0D) || ASCIIWords.contains(word, 0xE2)
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
        // A boilerplate line never runs into its neighbour; checked last because it is the costly test.
        textContinues(line, into: next, wrapWidth: wrapWidth, opensBlock: opensBlock)
            && !boilerplate.startsBoilerplate(text, next.content) && !boilerplate.isBoilerplate(text, line.content)
    }

    private func textContinues(_ line: Line, into next: Line, wrapWidth: Int?, opensBlock: Bool) -> Bool {
        if Markers.listItemLength(text, at: next.content.lowerBound, end: next.content.upperBound) > 0
            || isByline(next)
        {
            return false
        }
        let ending = lastMeaningfulByte(line.content)
        let nextClass = text.characterClass(at: next.content.lowerBound)
        if ending.isTerminal {
            // In wrapped text the sentence rules decide at the punctuation, as if the break were a space; in
            // unwrapped text only an abbreviation that cannot end a sentence (`NIP.` before a number) goes on.
            if wrapWidth != nil { return true }
            guard let abbreviation = shortLastWord(line.content) else { return false }
            return rules.prefixes.contains(abbreviation)
                || (rules.numberPrefixes.contains(abbreviation) && nextClass == .digit)
        }
        // A wrapped line is full: the next word would not have fitted, or (for wrappers that balance lines)
        // it is at least three quarters of the width. A headline of the same length is not wrapped, unless
        // the next line opens with a bracket that can only continue it.
        let overflows = wrapWidth.map { line.length + 1 + firstWordLength(next.content) > $0 } ?? false
        let nearlyFull = wrapWidth.map { line.length * 4 >= $0 * 3 } ?? false
        if startsLetterBlock(next.content) || hasNoLetters(line.content) { return overflows || nearlyFull }
        if nextClass == .lower {
            // A headline above a line that opens with a lower-case brand (`kumparanNEWS`) is still a headline.
            return wrapWidth != nil || !opensBlock || !looksLikeHeading(line.content) || endsWithConnector(line.content)
        }
        switch ending.byte {
        case UInt8(ascii: ":"): return false
        case UInt8(ascii: ","), UInt8(ascii: ";"): return true
        case UInt8(ascii: "-") where ending.afterLetter: return true
        default: break
        }
        if endsWithConnector(line.content) { return true }
        guard overflows || nearlyFull else { return false }
        // In wrapped text, only a line in title case is taken for a headline: "… Abimanyu menambahkan,
        // Kementerian" / "Keuangan telah …" is one sentence.
        return !(opensBlock && looksLikeHeading(line.content, titleCaseOnly: wrapWidth != nil))
            || text[next.content.lowerBound] == UInt8(ascii: "(")
    }

    /// A short line `By Name` / `Oleh Name` under a headline is a byline, not the headline's continuation.
    private func isByline(_ line: Line) -> Bool {
        guard line.length <= 60 else { return false }
        let start = line.content.lowerBound
        let first = text[start]
        guard first == UInt8(ascii: "B") || first == UInt8(ascii: "O") else { return false }
        for utf8 in LineLayout.bylineOpenings {
            if text.matches(opening: utf8, at: start), start + utf8.count < line.content.upperBound,
                text.characterClass(at: start + utf8.count) == .upper
            {
                return true
            }
        }
        return false
    }

    /// `#1`, `--`, `***`: a line of symbols and digits (a post number, a separator) stands alone.
    private func hasNoLetters(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let kind = text.characterClass(at: index)
            if kind == .upper || kind == .lower { return false }
            index += text.scalar(at: index).length
        }
        return true
    }

    static let bylineOpenings: [[UInt8]] = ["By ", "Oleh ", "Oleh: ", "BY ", "OLEH "].map { Array($0.utf8) }

    /// Signature and address lines of official letters start with lower-case abbreviations (`a.n. BUPATI`,
    /// `u.p. Kepala`, `ttd.`) yet begin a new segment.
    private func startsLetterBlock(_ range: Range<Int>) -> Bool {
        var end = range.lowerBound
        while end < range.upperBound && end - range.lowerBound <= 4 && text.whitespaceLength(at: end) == 0 { end += 1 }
        guard end - range.lowerBound <= 4 else { return false }
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

    /// Whether the line ends with a lower-case conjunction or preposition (`dan`, `yang`, `untuk`), after which
    /// no sentence ends.
    private func endsWithConnector(_ range: Range<Int>) -> Bool {
        var start = range.upperBound
        while start > range.lowerBound && range.upperBound - start <= 12 {
            let byte = text[start - 1]
            guard byte >= 0x61 && byte <= 0x7A else { break }
            start -= 1
        }
        guard start < range.upperBound, start == range.lowerBound || text.whitespaceLength(at: start - 1) > 0
        else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<range.upperBound]), as: UTF8.self)
        return rules.connectors.contains(word)
    }

    /// The line's last word without its final period when it is short enough to be an abbreviation
    /// (`NIP.`, `Dr.`), else nil: most lines end with an ordinary word, and need no string.
    private func shortLastWord(_ range: Range<Int>) -> String? {
        var start = range.upperBound - 1
        while start > range.lowerBound && range.upperBound - start <= 8
            && text.whitespaceLength(at: text.scalarStart(before: start)) == 0
        {
            start = text.scalarStart(before: start)
        }
        guard range.upperBound - start <= 8, start == range.lowerBound
            || text.whitespaceLength(at: text.scalarStart(before: start)) > 0
        else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<range.upperBound - 1]), as: UTF8.self)
    }

    private func firstWordLength(_ range: Range<Int>) -> Int {
        var end = range.lowerBound
        while end < range.upperBound && text.whitespaceLength(at: end) == 0 { end += 1 }
        return text.scalarCount(range.lowerBound..<end)
    }

    /// A short line whose longer words are nearly all capitalised reads as a headline or heading, not wrapped
    /// prose (callers ask only about the first line of a block: inside a paragraph, a line full of names and
    /// places is still prose).
    private func looksLikeHeading(_ range: Range<Int>, titleCaseOnly: Bool = false) -> Bool {
        var words = 0
        var longWords = 0
        var capitalised = 0
        var lowercaseContentWords = 0
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
                if kind == .upper {
                    capitalised += 1
                } else if titleCaseOnly {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<index]), as: UTF8.self)
                    if !rules.connectors.contains(word) { lowercaseContentWords += 1 }
                }
            }
        }
        // Title case keeps function words in lower case ("… Penjara dalam Kasus Dana Desa").
        return words <= 14 && longWords >= 2 && capitalised * 5 >= longWords * 4
            && (!titleCaseOnly || lowercaseContentWords == 0)
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
