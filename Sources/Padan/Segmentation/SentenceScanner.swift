/// Finds sentence boundaries inside one block of text (line breaks in a block are plain whitespace).
///
/// A boundary can only follow `.`, `?`, `!` or `…` (plus the closing quotes, brackets and footnote markers that
/// belong to the sentence). Whether it is one depends on what comes before (an abbreviation, an initial, a list
/// number) and what comes after (a lower-case word, a digit, an opening quote). The rules are those of the gold
/// conventions; `LanguageRules` holds the word lists.
struct SentenceScanner {
    let text: TextView
    let rules: LanguageRules

    /// What follows a candidate boundary, after the whitespace.
    private enum Next {
        case lower, upper, digit, openingQuote, openingBracket, dashOrBullet, other
    }

    /// Appends the sentences of `block` to `spans`.
    func split(_ block: Range<Int>, into spans: inout [Range<Int>]) {
        let end = block.upperBound
        var sentenceStart = block.lowerBound
        var index = block.lowerBound
        let raw = UnsafeRawBufferPointer(text.bytes)
        while index < end {
            // Most bytes cannot end a sentence: `.` `?` `!` and the lead byte of `…` are all that stop the loop,
            // and eight bytes without them are skipped at once.
            if index + 8 <= end {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                if !(ASCIIWords.contains(word, 0x2E) || ASCIIWords.contains(word, 0x3F)
                    || ASCIIWords.contains(word, 0x21) || ASCIIWords.contains(word, 0xE2))
                {
                    index += 8
                    continue
                }
            }
            let byte = text[index]
            guard byte == 0x2E || byte == 0x3F || byte == 0x21 || (byte == 0xE2 && text.matches("…", at: index))
            else {
                index += 1
                continue
            }
            var terminal = Terminal(start: index)
            var position = index
            scan: while position < end {
                switch text[position] {
                case 0x2E: terminal.periods += 1; position += 1
                case 0x3F: terminal.question = true; position += 1
                case 0x21: terminal.exclamation = true; position += 1
                case 0xE2 where text.matches("…", at: position): terminal.ellipsis = true; position += 3
                default: break scan
                }
            }
            let closed = absorbClosers(from: position, to: end, terminal: &terminal)
            if closed < end && isBoundary(terminal, closedAt: closed, blockEnd: end, sentenceStart: sentenceStart) {
                spans.append(sentenceStart..<closed)
                sentenceStart = text.skipWhitespace(from: closed, to: end)
            }
            index = max(closed, index + 1)
        }
        if sentenceStart < end { spans.append(sentenceStart..<end) }
    }

    /// A run of sentence-final punctuation and what closes it.
    private struct Terminal {
        var start: Int
        var periods = 0
        var question = false
        var exclamation = false
        var ellipsis = false
        var closedByQuote = false
        var closedByBracket = false
        var isEllipsis: Bool { ellipsis || periods >= 2 }
    }

    /// Moves past closing quotes, brackets, scraped `\”` escapes and footnote markers (`[1]`) glued to the
    /// punctuation: they belong to the sentence they close.
    private func absorbClosers(from start: Int, to end: Int, terminal: inout Terminal) -> Int {
        var position = start
        while position < end {
            let byte = text[position]
            if byte == 0x29 || byte == 0x5D || byte == 0x7D {
                terminal.closedByBracket = true
                position += 1
                continue
            }
            let curly = Quotes.closingQuoteLength(text, at: position)
            if curly > 0 {
                terminal.closedByQuote = true
                position += curly
                continue
            }
            if byte == 0x5C, position + 1 < end, Quotes.isQuote(text, at: position + 1) {
                let length = 1 + Quotes.quoteLength(text, at: position + 1)
                if Quotes.closingQuoteLength(text, at: position + 1) > 0 || endsToken(at: position + length, end) {
                    terminal.closedByQuote = true
                    position += length
                    continue
                }
                return position
            }
            if (byte == 0x22 || byte == 0x27) && endsToken(at: position + 1, end) {
                terminal.closedByQuote = true
                position += 1
                continue
            }
            if byte == 0x5B, let close = footnoteEnd(from: position, to: end) {
                position = close
                continue
            }
            return position
        }
        return position
    }

    /// Whether a straight quote just before `index` closes: it is followed by the end, whitespace, or more
    /// closing punctuation.
    private func endsToken(at index: Int, _ end: Int) -> Bool {
        if index >= end || text.whitespaceLength(at: index) > 0 { return true }
        let byte = text[index]
        return byte == 0x29 || byte == 0x5D || byte == 0x2C || byte == 0x2E || byte == 0x3B || byte == 0x3A
            || byte == 0x3F || byte == 0x21 || Quotes.closingQuoteLength(text, at: index) > 0
    }

    /// The end of a footnote marker `[1]`, `[12]`, `[a]` starting at `start`, or nil.
    private func footnoteEnd(from start: Int, to end: Int) -> Int? {
        var position = start + 1
        while position < end && position - start <= 4 && text[position] < 0x80
            && text.characterClass(at: position) != .other
        {
            position += 1
        }
        guard position > start + 1, position < end, text[position] == 0x5D else { return nil }
        return position + 1
    }

    private func isBoundary(_ terminal: Terminal, closedAt closed: Int, blockEnd end: Int, sentenceStart: Int)
        -> Bool
    {
        if text.whitespaceLength(at: closed) == 0 {
            return isGluedBoundary(terminal, next: closed, end: end, sentenceStart: sentenceStart)
        }
        let nextStart = text.skipWhitespace(from: closed, to: end)
        guard nextStart < end else { return false }
        let next = classify(at: nextStart, end: end)
        if terminal.question || terminal.exclamation {
            switch next {
            case .lower:
                // `"Apa maksud Anda?" tanya wartawan itu.`: a lower-case word after a closed quotation attributes
                // it; `(benarkah?) dan` goes on too. Otherwise `?` ends the sentence even before lower case.
                return !terminal.closedByQuote && !terminal.closedByBracket
            case .other: return false
            default: return true
            }
        }
        if next == .lower {
            // An ellipsis or a closed quotation before lower case goes on (`Utara... tidak`,
            // `"Sudah kami identifikasi." katanya`); so does an abbreviation. A lower-case title (`dr. Fajar`)
            // or, in sloppy Indonesian text, a word after an ordinary word (`yg putus. trus cek`) starts anew.
            if terminal.isEllipsis || terminal.closedByQuote { return false }
            if !startsWithLowercaseTitle(at: nextStart, end: end)
                && !(rules.lowercaseSentenceStarts && isOrdinaryWord(before: terminal.start, sentenceStart: sentenceStart))
            {
                return false
            }
        }
        if next == .other { return false }
        if terminal.isEllipsis { return true }
        return periodEndsSentence(terminal, sentenceStart: sentenceStart, nextStart: nextStart, next: next, end: end)
    }

    /// The word before a single period decides: abbreviations, initials and list numbers do not end sentences.
    private func periodEndsSentence(_ terminal: Terminal, sentenceStart: Int, nextStart: Int, next: Next, end: Int)
        -> Bool
    {
        let token = previousToken(before: terminal.start, notBefore: sentenceStart)
        guard !token.core.isEmpty else { return true }
        if token.start == sentenceStart && Markers.listItemLength(text, at: token.start, end: end) > 0 {
            return false
        }
        // A long word without inner periods is no abbreviation: by far the most common case.
        if token.core.count > rules.longestAbbreviation && !text.bytes[token.core].contains(0x2E) { return true }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[token.core]), as: UTF8.self)
        if rules.prefixes.contains(word) { return false }
        if next == .openingBracket && rules.enumerationEnders.contains(word) && nextStart + 1 < end
            && text.characterClass(at: nextStart + 1) == .digit
        {
            return false
        }
        if rules.numberPrefixes.contains(word) {
            // `No. 5`, `Vol. II` continue; `berbasis NIK. Skema ini` ends.
            return next != .digit && !isRomanNumeral(nextToken(at: nextStart, end: end))
        }
        if rules.degrees.contains(word) {
            // `S.H. (45) mengatakan`, `Tbk. (BBRI)`: an age or a ticker in brackets continues the sentence.
            let nextWord = nextToken(at: nextStart, end: end)
            if next == .openingBracket || rules.calendarWords.contains(nextWord) { return false }
            if rules.sentenceStarters.contains(nextWord) { return true }
            return !(rules.degrees.contains(nextWord) || looksLikeAbbreviation(nextWord) || isInitialsWord(nextWord)
                || isShortAcronym(nextWord))
        }
        if isInitials(token.core) || rules.ambiguous.contains(word) {
            return rules.sentenceStarters.contains(nextToken(at: nextStart, end: end))
        }
        if looksLikeAbbreviation(word) {
            let nextWord = nextToken(at: nextStart, end: end)
            return !(rules.degrees.contains(nextWord) || looksLikeAbbreviation(nextWord) || isInitialsWord(nextWord))
        }
        return true
    }

    /// A period glued to the next character ends a sentence only in scrape damage such as `kembali.***kps` or
    /// `katanya.Sementara`: never in numbers (`1.500`), domains (`Kompas.com`) or abbreviations (`S.H.`).
    private func isGluedBoundary(_ terminal: Terminal, next: Int, end: Int, sentenceStart: Int) -> Bool {
        if text[next] == UInt8(ascii: "*") { return true }
        var letter = next
        let quote = Quotes.openingQuoteLength(text, at: next)
        if quote > 0 { letter += quote }
        guard letter + 1 < end, text.characterClass(at: letter) == .upper else { return false }
        if terminal.isEllipsis && quote == 0 { return false }
        let token = previousToken(before: terminal.start, notBefore: sentenceStart)
        let previous = text.bytes[token.core]
        guard previous.count >= 3, previous.allSatisfy({ $0 >= 0x80 || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) })
        else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: previous), as: UTF8.self)
        if rules.prefixes.contains(word) || rules.numberPrefixes.contains(word) || rules.degrees.contains(word)
            || rules.ambiguous.contains(word)
        {
            return false
        }
        if quote > 0 { return true }
        let following = text.scalar(at: letter).length + letter
        guard following < end, text.characterClass(at: following) == .lower else { return false }
        let nextWord = nextToken(at: letter, end: end).lowercased()
        return !SentenceScanner.domainSuffixes.contains(nextWord)
    }

    /// Words after a period that mark a domain name rather than a new sentence (`Kompas.Com`).
    static let domainSuffixes: Set<String> = [
        "com", "co", "id", "net", "org", "go", "ac", "or", "web", "info", "tv", "news", "biz", "gov", "edu", "my",
        "sg", "io", "html", "htm", "php", "asp", "aspx", "pdf",
    ]

    /// The whitespace-delimited token ending at `end`, and its core without opening or closing punctuation.
    private func previousToken(before end: Int, notBefore floor: Int) -> (start: Int, core: Range<Int>) {
        var start = end
        while start > floor {
            let previous = text.scalarStart(before: start)
            if text.whitespaceLength(at: previous) > 0 { break }
            start = previous
        }
        var lower = start
        while lower < end {
            let byte = text[lower]
            if byte == 0x28 || byte == 0x5B || byte == 0x7B || byte == 0x5C {
                lower += 1
            } else if case let quote = Quotes.quoteLength(text, at: lower), quote > 0 {
                lower += quote
            } else {
                break
            }
        }
        var upper = end
        while upper > lower {
            let previous = text.scalarStart(before: upper)
            let byte = text[previous]
            if byte == 0x29 || byte == 0x5D || Quotes.quoteLength(text, at: previous) > 0 {
                upper = previous
            } else {
                break
            }
        }
        return (start, lower..<upper)
    }

    /// The token starting at `start` without opening punctuation and without a final `.`/`,`/`;`/`:`.
    private func nextToken(at start: Int, end: Int) -> String {
        var lower = start
        while lower < end {
            let quote = Quotes.openingQuoteLength(text, at: lower)
            if quote > 0 {
                lower += quote
            } else if text[lower] == 0x28 || text[lower] == 0x5B || text[lower] == 0x5C {
                lower += 1
            } else {
                break
            }
        }
        var upper = lower
        while upper < end && text.whitespaceLength(at: upper) == 0 { upper += 1 }
        while upper > lower {
            let byte = text[upper - 1]
            if byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x29 || byte == 0x22 {
                upper -= 1
            } else if upper - lower >= 3, Quotes.closingQuoteLength(text, at: upper - 3) == 3 {
                upper -= 3
            } else {
                break
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: text.bytes[lower..<upper]), as: UTF8.self)
    }

    /// Whether a lower-case title that opens sentences (`dr. Fajar`, `drg. Sinta`) starts at `start`.
    private func startsWithLowercaseTitle(at start: Int, end: Int) -> Bool {
        var upper = start
        while upper < end && upper - start < 4 && text.characterClass(at: upper) == .lower { upper += 1 }
        guard upper < end, upper > start, text[upper] == UInt8(ascii: ".") else { return false }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text.bytes[start..<upper]), as: UTF8.self)
        return rules.lowercaseTitles.contains(word)
    }

    private func classify(at index: Int, end: Int) -> Next {
        switch text.characterClass(at: index) {
        case .lower: return .lower
        case .upper: return .upper
        case .digit: return .digit
        case .other: break
        }
        let byte = text[index]
        if byte == 0x5C, index + 1 < end, Quotes.isQuote(text, at: index + 1) { return .openingQuote }
        if Quotes.openingQuoteLength(text, at: index) > 0 { return .openingQuote }
        if byte == 0x28 || byte == 0x5B || byte == 0x7B { return .openingBracket }
        if byte == 0x2D || byte == 0x2A || byte == 0x23 || text.matches("–", at: index) || text.matches("—", at: index)
            || text.matches("•", at: index) || text.matches("·", at: index) || text.matches("►", at: index)
            || text.matches("▪", at: index)
        {
            return .dashOrBullet
        }
        return .other
    }

    /// Whether the word before a period is an ordinary word (letters only, not an abbreviation): sloppy text
    /// starts sentences in lower case after such words (`ada yg putus. trus cek`).
    private func isOrdinaryWord(before end: Int, sentenceStart: Int) -> Bool {
        let token = previousToken(before: end, notBefore: sentenceStart)
        let bytes = text.bytes[token.core]
        if token.core.count > rules.longestAbbreviation {
            return bytes.allSatisfy { $0 >= 0x80 || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
        }
        // A shorter lower-case word counts when no list knows it as an abbreviation (`putus`, `skrg`).
        guard token.core.count >= 4, bytes.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return false }
        return !rules.isAbbreviation(String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self))
    }

    /// `II`, `IV`, `XII`: a Roman numeral after `No.` or `Vol.`.
    private func isRomanNumeral(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.count <= 6 && word.utf8.allSatisfy { "IVXLC".utf8.contains($0) }
    }

    /// One capital letter, or capitals separated by periods (`B`, `B.J`, `U.S`): initials of a name.
    private func isInitials(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var expectLetter = true
        for index in range {
            let byte = text[index]
            if expectLetter {
                guard byte >= 0x41 && byte <= 0x5A else { return false }
            } else {
                guard byte == 0x2E else { return false }
            }
            expectLetter.toggle()
        }
        return !expectLetter
    }

    /// `MH`, `WIB`, `EST`: two to four capitals, a degree written without periods or a time zone.
    private func isShortAcronym(_ word: String) -> Bool {
        let utf8 = word.utf8
        return utf8.count >= 2 && utf8.count <= 4 && utf8.allSatisfy { $0 >= 0x41 && $0 <= 0x5A }
    }

    private func isInitialsWord(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        return utf8.count == 1 && utf8[0] >= 0x41 && utf8[0] <= 0x5A
    }

    /// `S.Sos`, `M.Si`, `a.l`: short letter groups joined by periods, written like an abbreviation.
    private func looksLikeAbbreviation(_ word: String) -> Bool {
        guard word.contains(".") else { return false }
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isLetter) }
    }
}
