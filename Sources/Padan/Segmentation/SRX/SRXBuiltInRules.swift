/// padan's built-in segmentation rules written as SRX rules, generated from `LanguageRules` (and the
/// boilerplate and domain lists of the built-in engine) so that every word list lives in one place.
///
/// The rules reproduce `SentenceScanner` (sentence-final punctuation inside a block of text) and `LineLayout`
/// (which line breaks end a segment). The sentence rules break right after the punctuation and what closes it
/// (quotes, brackets, footnotes); the line rules break right after a line break; the two never claim the same
/// position, so a line break is a boundary when either side says so, as in the built-in engine.
///
/// What SRX cannot express is approximated, and the approximations are named in the notes: whether a document
/// is hard-wrapped (the built-in engine measures all its lines; a rule sees the line, the one before and the one
/// after), whether a line opens a block (the built-in engine knows whether the line before ran on), and whether
/// a list number starts a sentence (a rule cannot know whether the previous period was a boundary).
///
/// Speed: every rule costs ICU a pass over the text, so rules are few and each is an alternation of cases. Every
/// case starts by consuming its anchor (a line start, a line break, the punctuation), so that ICU skips to the
/// next candidate at once; cheap tests come before look-behinds, which ICU runs slowly; and counted
/// repetitions inside look-behinds are avoided or written out.
struct SRXBuiltInRules {
    let rules: LanguageRules

    /// One case of a rule: the text before the position, the text after it, and what it is for.
    struct Case {
        var before: String
        var after: String?
        var note: String
    }

    /// All rules, in priority order. Line cases claim positions right after a line break, sentence cases right
    /// after punctuation and its closers, so they never compete; cases of both kinds with the same break value
    /// share a rule (a pass of ICU over the text) when their order allows.
    func make() -> [SRXRule] {
        let lines = lineCases()
        let sentences = sentenceCases()
        return [
            rule(true, "A line break ends a segment", start: SRXPatterns.lineStart, lines.lineStartBreaks),
            rule(
                false,
                "Hard-wrapped text (approximation: the built-in engine measures the whole document, these cases one "
                    + "line and the next)",
                start: SRXPatterns.lineStart, lines.wrapped),
            rule(false, "No break: a line that goes on, a period inside a sentence", lines.goesOn + sentences.noBreaks),
            rule(true, "Sentence ends, and every other line break", sentences.breaks + lines.otherBreaks),
        ]
    }

    /// An SRX rule from cases with the same break value. Every rule costs ICU a pass over the text, so cases
    /// become one alternation (each case's afterbreak moves into a look-ahead). Cases of one rule match at
    /// positions of different kinds, or end at the same position, so no case hides another.
    /// `start` is written once before the alternation: a rule that starts with `^` lets ICU jump from line to
    /// line, which it cannot do when every alternative starts with it.
    private func rule(_ isBreak: Bool, _ summary: String, start: String = "", _ cases: [Case]) -> SRXRule {
        let note = ([summary] + cases.map { "- " + $0.note }).joined(separator: "\n")
        if cases.count == 1, let only = cases.first {
            return SRXRule(generated: isBreak, before: start + only.before, after: only.after, note: note)
        }
        let before =
            start + "(?:" + cases.map { $0.before + ($0.after.map { "(?=" + $0 + ")" } ?? "") }.joined(separator: "|")
            + ")"
        return SRXRule(generated: isBreak, before: before, after: nil, note: note)
    }

    /// Sentence-final punctuation (`SentenceScanner`). Every case starts at the punctuation, so ICU only tries
    /// the rule there; what comes before (the token) is checked with bounded look-behinds.
    func sentenceCases() -> (noBreaks: [Case], breaks: [Case]) {
        typealias R = SRXPatterns
        // The lists in the order `SentenceScanner.periodEndsSentence` asks them, each without the words an
        // earlier list already decides.
        let prefixes = rules.prefixes
        let enumerationEnders = rules.enumerationEnders.subtracting(prefixes)
        let numberPrefixes = rules.numberPrefixes.subtracting(prefixes)
        let degrees = rules.degrees.subtracting(prefixes).subtracting(numberPrefixes)
        let ambiguous = rules.ambiguous.subtracting(prefixes).subtracting(numberPrefixes).subtracting(degrees)
        let decidedEarlier = R.words(prefixes.union(numberPrefixes).union(degrees).union(ambiguous))
        let starters = R.words(rules.sentenceStarters)
        let degreeLike = R.words(rules.degrees) + "|" + R.abbreviationLike + "|[A-Z]"
        let period = #"(?<![.?!\x{2026}])\.(?![.?!\x{2026}])"#
        // The same, consuming the period first: a case that starts with a consumed character lets ICU skip to
        // the next period at once; one that starts with alternative look-behinds makes it try every position.
        let dot = #"\.(?<![.?!\x{2026}]\.)(?![.?!\x{2026}])"#
        // Closers without a quotation mark: a closed quotation before a lower-case word never ends a sentence.
        let unquotedClosers = "(?=" + R.otherCloser + "*+(?!" + R.quoteCloser + "))" + R.closers
        // A lower-case title that can open a sentence (`dr. Fajar`).
        let lowercaseTitle = R.words(rules.lowercaseTitles) + #"\."#
        // No-break cases for a single period only matter where a break case would otherwise claim the position:
        // before whitespace and a sentence opener or a lower-case title. Checking that first keeps ICU away from
        // the look-behinds at most periods. And a word ending in four lower-case letters (most sentence ends) is
        // none of the tokens these cases are about, unless it is one of the few abbreviations ending so
        // (Brigjen, Kompol, Nomor): one cheap look-behind spares the others.
        let longLowerEndings = rules.allAbbreviations.filter { word in
            let tail = word.unicodeScalars.suffix(4)
            return tail.count == 4 && tail.allSatisfy { $0.properties.isLowercase }
        }
        let periodGuard =
            dot + "(?:(?<!" + String(repeating: R.lower, count: 4) + #"\.)|(?<="#
            + R.tokenEndingHere(R.words(longLowerEndings)) + #"\.))(?="#
            + R.closers + R.ws + "++(?:" + R.sentenceOpener + "|" + lowercaseTitle + "))"
        // An ordinary word (`SentenceScanner.isOrdinaryWord`): longer than any abbreviation and all letters, or
        // four or more lower-case ASCII letters that no list knows.
        let longest = rules.longestAbbreviation
        let letter = #"[[A-Za-z\x{80}-\x{10FFFF}]&&"# + R.notWS + "]"
        let known = R.words(rules.allAbbreviations + rules.lowercaseTitles)
        let ordinaryWord =
            "(?:(?![" + R.quoteChars + "])" + letter + "{\(longest + 1),40}(?<![" + R.quoteChars + "])|[a-z]{4,"
            + "\(max(4, longest))}"
            + "(?<!" + R.tokenEndingHere(known) + "))"
        // A token glued to the next sentence: at least three letters, not an abbreviation of the lists the
        // built-in engine checks there, not starting or ending in a quote.
        let gluedAbbreviations = R.words(
            rules.prefixes.union(rules.numberPrefixes).union(rules.degrees).union(rules.ambiguous)
                .filter { $0.unicodeScalars.count >= 3 })
        let gluedToken =
            "(?<=(?<!" + R.notWS + ")" + R.tokenOpen + "{0,2}(?![" + R.quoteChars + "])" + letter + "{3,40}(?<!["
            + R.quoteChars + "])(?<!" + R.tokenEndingHere(gluedAbbreviations) + ")" + R.tokenClose + "{0,2})"
        let domains = "(?i:" + R.words(SentenceScanner.domainSuffixes) + ")"
        // The glued cases check the rare part (no space after the period) in a look-ahead before the token.
        let gluedQuoted = "[" + R.openingQuoteChars + "]" + R.upper
        let gluedPlain =
            "(?!" + domains + #"[.,;:)"\x{201D}\x{2019}]*+(?=["# + R.whitespaceChars + "]|$))" + R.upper + R.lower
        // A list marker (`1`, `a`, `II`) at the start of a sentence: of a line, or (approximately: a rule cannot
        // know whether the previous punctuation was a boundary) after `?`, `!`, `…`, `..` or a word that is not
        // an abbreviation and ends in a period. Closers after that punctuation, with at most one footnote (Java
        // cannot bound a repeated alternation in a look-behind, so this is not written as one).
        let closerChar = #"[)\]}"'\\\x{201D}\x{2019}\x{BB}]"#
        let listClosers = closerChar + #"{0,4}(?:\[[A-Za-z0-9]{1,4}\])?"# + closerChar + "{0,2}"
        // Abbreviations that never end a sentence before a number (titles, number prefixes, ambiguous ones), and
        // before a Roman numeral (also degrees: `II` reads as an acronym after them).
        func previousBoundary(_ neverBefore: Set<String>) -> String {
            #"(?:[?!\x{2026}]|\.\.|[\p{L}\p{Nd}]{2}(?<!"# + R.ws + R.words(neverBefore) + #")\.)"# + listClosers + R.ws
                + "{1,4}"
        }
        let beforeNumber = previousBoundary(prefixes.union(rules.numberPrefixes).union(rules.ambiguous))
        let beforeNumeral = previousBoundary(
            prefixes.union(rules.numberPrefixes).union(rules.ambiguous).union(rules.degrees))
        // Only `?` and `!` end a sentence before a lower-case letter.
        let previousQuestion = #"[?!][.?!\x{2026}]{0,6}"# + listClosers + R.ws + "{1,4}"
        let lineStart = R.lineStart + R.hs + "{0,8}"
        // Look-behinds from just after the period.
        let listMarker = #"(?<=(?<!"# + R.notWS + #")(?:\p{Nd}{1,3}|[IVX]{2,4}|[a-z])\.)"#
        let listStart =
            "(?<=(?:(?:" + lineStart + "|" + beforeNumber + #")\p{Nd}{1,3}|(?:"# + lineStart + "|" + beforeNumeral
            + ")[IVX]{2,4}|(?:" + lineStart + "|" + previousQuestion + #")[a-z])\.)"#
        let tokenBefore = { (core: String) in "(?<=" + R.tokenEndingHere(core) + #"\.)"# }
        var breaks = [
            Case(
                before: "[" + R.terminalChars + "]" + R.closers, after: #"\*"#,
                note: "desk tags glued to the final punctuation are their own segment: kembali.|***kps/mpc/bs"),
            Case(
                before: R.questionRun + R.closers, after: R.ws + "++" + R.questionOpener,
                note: "? and ! end a sentence even before a lower-case word: selengkapnya? berikut"),
            Case(
                before: #"(?<![.?!\x{2026}])[.\x{2026}]++"# + R.closers, after: R.ws + "++" + R.sentenceOpener,
                note: "a period or ellipsis before an upper-case letter, digit, quote, bracket or dash; closing "
                    + "quotes, brackets and footnotes stay with the sentence: Juni.” | Dia, wali kota.[1] | Ia"),
        ]
        if !rules.lowercaseTitles.isEmpty {
            breaks.append(
                Case(
                    before: period + unquotedClosers, after: R.ws + "++" + lowercaseTitle,
                    note: "a period before a lower-case title that opens a sentence: … RSUD. | dr. Fajar mengatakan"))
        }
        if rules.lowercaseSentenceStarts {
            breaks.append(
                Case(
                    before: dot + "(?=" + unquotedClosers + R.ws + "++" + R.lower + ")(?<="
                        + R.tokenEndingHere(ordinaryWord) + #"\.)"# + unquotedClosers,
                    after: nil,
                    note: "a period after an ordinary word before lower case (sentences in forum text): yg putus. | "
                        + "trus cek"))
        }
        breaks += [
            Case(
                before: "(?=" + R.anyRun + R.closers + gluedQuoted + ")" + gluedToken + R.anyRun + R.closers,
                after: gluedQuoted, note: "scrape damage, a sentence glued to a quoted one: katanya.\"Kami"),
            Case(
                before: "(?=" + R.nonEllipsisRun + R.closers + gluedPlain + ")" + gluedToken + R.nonEllipsisRun
                    + R.closers,
                after: gluedPlain,
                note: "scrape damage, a sentence glued to the next one (katanya.Sementara), but not a domain "
                    + "(Kompas.Com)"),
        ]
        let noBreaks = [
            Case(
                before: R.questionRun + "(?=" + #"(?:\[[A-Za-z0-9]{1,4}\])*+(?:[)\]}]|"# + R.quoteCloser + "))"
                    + R.closers,
                after: R.ws + "++" + R.lower,
                note: "a question or exclamation closed by a quote or bracket, before lower case: \"Apa?\" "
                    + "tanya dia. | (benarkah?) kata"),
            Case(
                before: periodGuard
                    + "(?:"
                    + [
                        "(?=" + R.ws + ")" + listMarker + listStart,
                        tokenBefore(R.words(prefixes)) + R.closers,
                        tokenBefore(R.words(enumerationEnders)) + R.closers + "(?=" + R.ws
                            + #"++[(\[{]\p{Nd})"#,
                        tokenBefore(R.words(numberPrefixes)) + R.closers + "(?=" + R.ws + #"++(?:\p{Nd}|"#
                            + R.nextToken("[IVXLC]{1,6}") + "))",
                        tokenBefore(R.words(degrees)) + R.closers + "(?=" + R.ws + #"++(?:[(\[{]|"#
                            + R.nextToken(R.words(rules.calendarWords)) + "|(?!" + R.nextToken(starters) + ")"
                            + R.nextToken("(?:" + degreeLike + "|[A-Z]{2,4})") + "))",
                        tokenBefore("(?:" + R.initials + "|" + R.words(ambiguous) + ")") + "(?<!"
                            + R.tokenEndingHere("(?:" + R.words(numberPrefixes.union(degrees)) + ")") + #"\.)"#
                            + R.closers + "(?!" + R.nextWord(starters) + ")",
                        tokenBefore(R.abbreviationLike) + "(?<!"
                            + R.tokenEndingHere("(?:" + R.initials + "|" + decidedEarlier + ")") + #"\.)"#
                            + R.closers + "(?=" + R.nextWord("(?:" + degreeLike + ")") + ")",
                    ].joined(separator: "|") + ")",
                after: nil,
                note: "a period before an upper-case word or a lower-case title, after: a list number starting "
                    + "a sentence (1. Asal Usul; after . ? ! approximated); a title or prefix (Dr. Budi, Jl. "
                    + "Sudirman); an enumeration before a bracketed year (dkk. (2021)); a number abbreviation "
                    + "before a number or Roman numeral (No. 5, Vol. II); a degree or company suffix before a "
                    + "bracket, a day or month, another degree, an initial or an acronym (S.H. (45), Tbk. "
                    + "(BBRI), a.m. Tuesday, S.H. M.H.); initials and ambiguous abbreviations unless a typical "
                    + "sentence opener follows (M. Rizal, U.S. President | U.S. The); an abbreviation-like "
                    + "token before another (S.Sos. M.Si.)"),
        ]
        return (noBreaks, breaks)
    }

    /// Line breaks (`LineLayout.continues`): the cases of the rules at line starts (breaks, and hard-wrapped
    /// text), the cases at line breaks that go on, and those that break.
    func lineCases() -> (lineStartBreaks: [Case], wrapped: [Case], goesOn: [Case], otherBreaks: [Case]) {
        typealias R = SRXPatterns
        // A line break inside look-behinds.
        let anyBreak = #"(?:\r\n|[\n\r\x{2028}\x{2029}])"#
        let openings = R.words(BoilerplateClassifier.openings)
        let listItem =
            #"(?:[\-*\x{2022}\x{2013}\x{B7}\x{25AA}\x{25BA}]|\p{Nd}{1,3}[.)]|[a-z][.)]|[A-Z]\)|[IVX]{2,4}[.)])"# + R.hs
        // `LineLayout.isByline`: a short `By …` / `Oleh …` line.
        let byline =
            "(?=" + R.notLineBreak + "{1,60}+(?!" + R.notLineBreak + "))(?:By|Oleh:?|BY|OLEH) " + R.upper
        // `LineLayout.startsLetterBlock`: signature and address lines of official letters.
        let letterBlock = R.words(LineLayout.letterBlockOpenings) + "(?=" + R.ws + "|$)"
        let letterChar = #"[\p{IsAlphabetic}\p{IsLowercase}\p{IsUppercase}]"#
        let closerChar = #"[)\]"'"# + R.closingQuoteChars + "]"
        let lineEnd = R.hs + "*+" + R.lineBreak
        let endOfLine = "(?![" + #"^\n\r\x{2028}\x{2029}"# + "])"
        // Whether the line ending here (before the line break) ends with one of `chars`, closing quotes and
        // brackets and trailing spaces skipped (`LineLayout.lastMeaningfulByte`). The last character alone
        // decides unless it is a closer or a space: a one-try look-behind instead of thirteen.
        let skipped = #")\]"'"# + R.closingQuoteChars + String(R.hs.dropFirst().dropLast())
        // `over` is what lies between the line's end and the position: nothing, or the line break itself when a
        // case consumes it first (which lets ICU skip from line break to line break).
        func endsWith(_ chars: String, over: String = "") -> String {
            "(?:(?<=[" + chars + "]" + over + ")|(?<=[" + skipped + "]" + over + ")(?<=[" + chars + "]" + closerChar
                + "{0,4}" + R.hs + "{0,8}" + over + "))"
        }
        func notEndsWith(_ chars: String, over: String = "") -> String {
            "(?:(?<![" + chars + skipped + "]" + over + ")|(?<=[" + skipped + "]" + over + ")(?<![" + chars + "]"
                + closerChar + "{0,4}" + R.hs + "{0,8}" + over + "))"
        }
        let endsTerminal = endsWith(R.terminalChars)
        // A next line that is always its own segment: blank, a boilerplate line, a list item, a byline.
        let ownLine = "(?!" + R.hs + "*+(?:" + R.lineBreak + "|$|" + openings + "|" + listItem + "|" + byline + "))"
        // A line that opens a block (`opensBlock`; approximation: the built-in engine knows whether the line
        // before ran on into this one): the first line of the text or one after a blank line; in unwrapped text
        // also one after a line ending in . ? ! or :, or after a short line that does not end in , ; - or a
        // connector (in hard-wrapped text such lines run on).
        // The first line of the text or one after a blank line; the usual spellings of a blank line are tested
        // with a short look-behind, spaces on it with the general one.
        let afterBlankLine =
            #"(?:(?<![\s\S])|(?<=\n\n|\r\r|\n\r\n|[\x{2028}\x{2029}]{2})|(?<="# + R.hs + anyBreak + ")(?<=" + anyBreak
            + R.hs + "{1,8}" + anyBreak + "))"
        let connector = "(?<!" + R.notWS + ")" + R.words(rules.connectors)
        // What a line must end with to go on: , ; a hyphen after a letter or digit, or a connector.
        let continuing =
            "(?:[,;]" + closerChar + "{0,4}|" + #"(?<=[\p{IsAlphabetic}\p{Nd}])-"# + closerChar + "{0,4}|" + connector
            + ")"
        let opensBlock =
            "(?:" + afterBlankLine + "|(?<=[" + R.terminalChars + ":]" + closerChar + "{0,4}" + R.hs + "{0,8}"
            + anyBreak + ")|(?<!" + String(repeating: R.notLineBreak, count: 55) + anyBreak + ")(?<!" + continuing
            + R.hs + "{0,8}" + anyBreak + ")|(?=" + R.hs + "*+" + listItem + "))"
        // A hard-wrapped line has 40–100 characters (counted possessively: a longer line fails without
        // backtracking)…
        // …followed by a line of at most 100 characters…
        let shortNext = R.hs + "*+" + R.notLineBreak + "{1,100}+" + endOfLine
        // …that, after a line ending in . ? !, looks like the rest of a wrapped paragraph: a full line, or a line
        // that ends the paragraph with . ? ! too (in unwrapped text a byline or heading follows instead).
        let wrappedNext =
            R.hs + "*+(?:" + R.notLineBreak + "{55,100}+|" + R.notLineBreak + "{0,96}+" + endsTerminal + ")" + endOfLine
        // Evidence, at the start of a full line, that it belongs to a hard-wrapped paragraph: the line before is
        // full too (55–100 characters), or the next line has a hanging indent, or the line opens a block (after
        // a blank or separator line) and the next line looks wrapped or the line has 68 or more characters, or
        // the line before ended a wrapped paragraph in . ? ! and the next line looks wrapped.
        let noLetter = #"[^\n\r\x{2028}\x{2029}\p{IsAlphabetic}\p{IsLowercase}\p{IsUppercase}]"#
        let afterSeparator = "(?:" + afterBlankLine + "|(?<=" + anyBreak + noLetter + "{1,20}" + anyBreak + "))"
        // (ICU runs a counted repetition inside a look-behind slowly; written out, and anchored at the start of
        // the line before, the test costs a few microseconds, and only lines that passed the cheap tests get it.)
        let previousFull =
            "(?<=(?<![^\\n\\r\\x{2028}\\x{2029}])" + String(repeating: R.notLineBreak, count: 55) + R.notLineBreak
            + "{0,45}" + anyBreak + ")"
        let previousEndsParagraph =
            "(?<=[" + R.terminalChars + "]" + closerChar + "{0,4}" + R.hs + "{0,8}" + anyBreak + ")"
        let nextLooksWrapped = "(?=" + R.notLineBreak + "*+" + R.lineBreak + wrappedNext + ")"
        let wrappedEvidence =
            "(?:" + previousFull + "|(?=" + R.notLineBreak + "*+" + R.lineBreak + #"[\x{20}\t]{2,}"# + R.notWS + ")|"
            + afterSeparator + "(?:" + nextLooksWrapped + "|(?=" + R.notLineBreak + "{68}))|" + previousEndsParagraph
            + nextLooksWrapped + ")"
        // A heading (`LineLayout.looksLikeHeading`): at most 14 words; of those of four or more characters that
        // start with a letter, at least two, and at least 80% capitalised. A rule cannot divide, so the ratio is
        // spelled out for up to three lower-case words (capitalised ≥ 4 × lower case, and 14 words at most);
        // four lower-case words settle it at once (the common case, tried first). Counted word by word with
        // possessive loops, so that a line that fails costs one pass, not a backtrack.
        func atLeast(_ count: Int, _ initial: String) -> String {
            let counted = initial + R.notWS + "{3}"
            return R.hs + "*+(?:(?:(?!" + counted + ")" + R.notWS + "++" + R.hs + "*+)*+" + counted + R.notWS + "*+"
                + R.hs + "*+){\(count)}"
        }
        let fewWords = "(?!" + R.hs + "*+(?:" + R.notWS + "++" + R.hs + "*+){15})"
        let heading =
            fewWords + "(?:" + (0...3).map { lowerCase in
                "(?=" + atLeast(max(2, 4 * lowerCase), R.upper) + ")"
                    + (lowerCase > 0 ? "(?=" + atLeast(lowerCase, R.lower) + ")" : "")
                    + "(?!" + atLeast(lowerCase + 1, R.lower) + ")"
            }.joined(separator: "|") + ")"
        let notHeading = "(?:(?=" + atLeast(4, R.lower) + ")|(?!" + heading + "))"
        // `LineLayout.endsWithConnector`: a lower-case conjunction or preposition ends the line.
        let endsWithConnector = "(?:(?<=" + connector + ")|(?<=" + R.hs + ")(?<=" + connector + R.hs + "{1,20}))"
        // After the line break.
        let endsContinuing =
            "(?<=[,;\\-a-z" + String(closerChar.dropFirst().dropLast()) + String(R.hs.dropFirst().dropLast()) + "]"
            + anyBreak + ")(?:(?<=" + continuing + anyBreak + ")|(?<=" + R.hs + anyBreak + ")(?<=" + continuing + R.hs
            + "{1,20}" + anyBreak + "))"
        // `LineLayout.shortLastWord`: in unwrapped text a line ending in a title (`Dr.`), or a number abbreviation
        // before a line starting with a digit (`NIP.` | `19700101…`), goes on.
        func lastWord(_ words: Set<String>) -> String {
            let word = "(?<!" + R.notWS + ")" + R.words(words) + "[.?!]"
            return "(?:(?<=" + word + anyBreak + ")|(?<=" + R.hs + anyBreak + ")(?<=" + word + R.hs + "{1,8}" + anyBreak
                + "))"
        }
        let lineStartBreaks = [
            Case(
                before: R.hs + "*+" + boilerplateLine() + lineEnd, after: nil,
                note: "after a boilerplate line: Comments, [iklan_2], (gn), ANTARA/Nama/am., URLs"),
            Case(
                // Cheapest tests first: "few lower-case words", which prose fails half-way, then the next
                // line's first letter; the block start, with its look-behinds, last.
                before: "(?!" + atLeast(4, R.lower) + ")(?=" + R.notLineBreak + "*+" + R.lineBreak + R.hs + "*+"
                    + R.lower + ")(?=" + heading + ")" + opensBlock + "(?:(?!" + R.notLineBreak
                    + "{55})|(?="
                    + R.notLineBreak + "*+" + R.lineBreak + "(?!" + R.hs + "*+" + R.notLineBreak + "{55,100}+"
                    + endOfLine + ")))" + R.notLineBreak + "*+" + notEndsWith(R.terminalChars) + "(?!"
                    + endsWithConnector + ")" + R.lineBreak,
                after: R.hs + "*+(?!" + letterBlock + "|" + listItem + ")" + R.lower,
                note: "after a headline opening a block, even before a lower-case line (kumparanNEWS), unless "
                    + "both lines are full, like a hard-wrapped paragraph"),
            Case(
                before: "(?!" + R.notLineBreak + "*?" + letterChar + ")" + R.notLineBreak + "{0,54}+" + R.lineBreak,
                after: nil, note: "after a line without letters: #1, ***, --"),
        ]
        let wrapped = [
            Case(
                before: R.notLineBreak + "{40,100}+" + endsTerminal + R.lineBreak, after: ownLine + wrappedNext,
                note: "a line of 40–100 characters ending in . ? ! is left to the sentence rules when the next "
                    + "line looks like the rest of the paragraph"),
            Case(
                before: afterBlankLine + R.notLineBreak + "{1,39}+" + endsTerminal + R.lineBreak,
                after: R.hs + "*+(?=" + R.notLineBreak + "{55,100}+" + endOfLine + ")" + R.lower,
                note: "so is a short first line ending in . ? ! before a full line in lower case"),
            Case(
                // Each test reads the line once; the cheap ones (length, ending, next line) come first and
                // the heading counts last.
                before: "(?=" + R.notLineBreak + "{55,100}+" + notEndsWith(R.terminalChars + ":")
                    + R.lineBreak + R.hs + "*+(?!" + R.lower + ")" + ownLine + "(?=" + shortNext + "))"
                    + wrappedEvidence
                    + "(?:" + notHeading + "|(?!" + afterBlankLine + ")(?!" + R.notLineBreak + "*+"
                    + R.lineBreak + heading + ")|(?=" + R.notLineBreak + "*+" + R.lineBreak + R.hs + #"*+\())"#
                    + R.notLineBreak + "*+" + R.lineBreak,
                after: nil,
                note: "a full line (55–100 characters) goes on when the next line looks like the rest of the "
                    + "paragraph, or when it opens a paragraph and has 68 or more; not a headline opening a "
                    + "block or followed by another headline"),
        ]
        let goesOn = [
            // Each case consumes the line break first and looks back over it.
            Case(
                before: R.lineBreak + notEndsWith(R.terminalChars, over: anyBreak),
                after: "(?=" + R.hs + "*+" + R.lower + ")(?!" + R.hs + "*+(?:" + listItem + "|" + letterBlock + "))",
                note: "before a lower-case line, unless it ends in . ? ! or the next line is a list item"),
            Case(
                before: R.lineBreak + endsContinuing,
                after: ownLine + "(?!" + R.hs + "*+" + letterBlock + ")",
                note: "after , ; a hyphen, or a conjunction or preposition (dan, yang, di…), unless the next "
                    + "line is blank, boilerplate, a list item or a byline"),
            Case(
                before: R.lineBreak + lastWord(rules.prefixes), after: ownLine,
                note: "after a title that cannot end a sentence (Dr.)"),
            Case(
                before: R.lineBreak + lastWord(rules.numberPrefixes), after: ownLine + R.hs + #"*+\p{Nd}"#,
                note: "after a number abbreviation before a number (NIP. | 19700101…)"),
        ]
        let otherBreaks = [
            Case(
                before: R.lineBreak, after: nil,
                note: "everywhere else: after . ? ! and :, after headlines, bylines and captions, before a blank "
                    + "line, a boilerplate line, a list item or a byline")
        ]
        return (lineStartBreaks, wrapped, goesOn, otherBreaks)
    }

    /// A whole line that `BoilerplateClassifier.isBoilerplate` recognises.
    private func boilerplateLine() -> String {
        typealias R = SRXPatterns
        // Phrases compare case-insensitively, with whitespace runs collapsed and ’ read as '.
        let phrases = RegexAlternation.pattern(for: BoilerplateClassifier.phrases) { scalar in
            if scalar == " " { return R.hs + "++" }
            if scalar == "'" { return #"['\x{2019}]"# }
            return RegexAlternation.escape(scalar)
        }
        let credits = ["foto:", "foto :", "photo:", "ilustrasi:", "sumber foto:", "sumber:", "antara foto"]
        // The built-in engine only looks at lines of up to 160 bytes here; the bounded repetitions approximate
        // that in characters without a scan of every line.
        let alternatives = [
            R.words(BoilerplateClassifier.openings) + R.notLineBreak + "*",
            "(?i:" + phrases + ")",
            #"\["# + R.notWS + #"{0,158}\]"#,
            #"\*\*"# + R.notWS + "{1,158}",
            #"\((?:[\p{Ll}/\-]){1,15}\)"#,
            #"\((?i:"# + R.words(credits) + ")" + R.notLineBreak + #"{0,150}\)"#,
            #"(?:\p{IsUppercase}|"# + R.hs + #"){3,40}/[^/\n\r\x{2028}\x{2029}]{0,110}/\p{IsLowercase}{1,4}\.?"#,
            #"(?:https?://|www\.)"# + R.notWS + "{0,150}",
        ]
        return "(?:" + alternatives.joined(separator: "|") + ")(?<!" + R.hs + ")"
    }
}
