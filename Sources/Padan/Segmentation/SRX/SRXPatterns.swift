/// The vocabulary of padan's exported SRX rules: character classes and pieces of ICU regular expressions that
/// mirror the built-in engine's byte-level tests (`TextView`, `Quotes`, `SentenceScanner`).
///
/// Everything here is also valid Java regular expression syntax (OmegaT and Okapi use Java or ICU): property
/// names take the `Is` prefix (`\p{IsLowercase}`), look-behinds are bounded without repeated alternations, and
/// characters are written `\x{…}` so that the exported file stays readable.
enum SRXPatterns {
    /// Python's `\s`, as `TextView.whitespaceLength` (ICU's `\s` lacks VT, NEL and the separators 1C–1F).
    static let whitespaceChars =
        #"\x{09}-\x{0D}\x{1C}-\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}"#
    static let ws = "[" + whitespaceChars + "]"
    static let notWS = "[^" + whitespaceChars + "]"
    /// Whitespace that does not break a line.
    static let hs = #"[\x{09}\x{0B}\x{0C}\x{1C}-\x{20}\x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}]"#
    /// One line break: LF, CR, CRLF, U+2028, U+2029 (as `TextView.lineBreakLength`); never the LF of a CRLF on
    /// its own, so that a rule cannot claim the position between CR and LF.
    static let lineBreak = #"(?:\r\n|\r(?!\n)|(?<!\r)\n|[\x{2028}\x{2029}])"#
    static let notLineBreak = #"[^\n\r\x{2028}\x{2029}]"#
    /// The start of a line; VT, FF and NEL, which ICU also treats as line ends, are not line breaks here.
    static let lineStart = #"(?m:^)(?<![\x{0B}\x{0C}\x{85}])"#

    static let terminalChars = #".?!\x{2026}"#
    /// Any quotation mark (`Quotes.quoteLength`).
    static let quoteChars = #""'\x{AB}\x{BB}\x{2018}-\x{201F}"#
    /// Quotation marks that can open (`Quotes.openingQuoteLength`).
    static let openingQuoteChars = #""'\x{AB}\x{201C}\x{2018}\x{201E}"#
    /// Quotation marks that can only close (`Quotes.closingQuoteLength`).
    static let closingQuoteChars = #"\x{201D}\x{2019}\x{BB}"#

    /// A straight quote closes when the token ends after it (`SentenceScanner.endsToken`).
    static let endsToken = "(?=[" + whitespaceChars + #")\],.;:?!"# + closingQuoteChars + "]|$)"
    /// Closers that are quotation marks: curly closing quotes, scraped `\”` escapes, closing straight quotes.
    static let quoteCloser =
        "(?:[" + closingQuoteChars + #"]|\\(?:["# + closingQuoteChars + #"]|["# + quoteChars + "]" + endsToken
        + ")|[\"']" + endsToken + ")"
    /// Closers that are not quotation marks: brackets and footnote markers `[1]`, `[12]`, `[a]`.
    static let otherCloser = #"(?:[)\]}]|\[[A-Za-z0-9]{1,4}\])"#
    /// Everything `SentenceScanner.absorbClosers` keeps with the sentence, possessively.
    static let closers = "(?:" + otherCloser + "|" + quoteCloser + ")*+"

    /// A run of terminal punctuation containing `?` or `!`.
    static let questionRun = #"(?<![.?!\x{2026}])[.\x{2026}]*+[?!][.?!\x{2026}]*+"#
    /// Any run.
    static let anyRun = #"(?<![.?!\x{2026}])[.?!\x{2026}]++"#
    /// A run that is not an ellipsis: no `…` and at most one period.
    static let nonEllipsisRun = #"(?<![.?!\x{2026}])(?=[?!]*+\.?[?!]*+(?![.?!\x{2026}]))[.?!]++"#

    /// Punctuation `SentenceScanner.previousToken` strips from the start of a token…
    static let tokenOpen = #"[(\[{\\"# + quoteChars + "]"
    /// …and from its end.
    static let tokenClose = #"[)\]"# + quoteChars + "]"

    static let upper = #"[\p{IsAlphabetic}&&[^\p{IsLowercase}]]"#
    static let lower = #"\p{IsLowercase}"#
    /// What can start a sentence after a period: an upper-case letter or digit, an opening quote or bracket,
    /// a dash or bullet (`SentenceScanner.classify` other than lower case and "other").
    static let sentenceOpener =
        #"(?:[[\p{IsAlphabetic}\p{Nd}]&&[^\p{IsLowercase}]]|\\["# + quoteChars + "]|[" + openingQuoteChars
        + #"(\[{*#\x{2013}\x{2014}\x{2022}\x{B7}\x{25BA}\x{25AA}\-])"#
    /// After `?` or `!` a lower-case word starts a sentence too.
    static let questionOpener = "(?:" + lower + "|" + sentenceOpener + ")"

    /// Initials `B`, `B.J`, `U.S` (`SentenceScanner.isInitials`), up to six letters.
    static let initials = "[A-Z](?:\\.[A-Z]){0,5}"
    /// Letter groups joined by periods, written like an abbreviation (`S.Sos`, `a.l`), up to five groups. Nested
    /// optional groups rather than `{1,4}`: Java, which CAT tools such as OmegaT use, cannot bound a repeated
    /// variable-length group inside a look-behind.
    static let abbreviationLike =
        #"\p{L}{1,3}\.\p{L}{1,3}(?:\.\p{L}{1,3}(?:\.\p{L}{1,3}(?:\.\p{L}{1,3})?)?)?"#

    /// The token after the whitespace that follows a boundary candidate, when it is one of `words` (opening
    /// quotes and brackets before it and `.,;:)"”’` after it ignored, as `SentenceScanner.nextToken`).
    static func nextWord(_ words: String) -> String {
        ws + "++" + nextToken(words)
    }

    /// `nextWord` without the whitespace before it.
    static func nextToken(_ words: String) -> String {
        "(?!\\\\(?![" + quoteChars + "]))[" + openingQuoteChars + #"(\[\\]*+"# + words
            + #"[.,;:)"\x{201D}\x{2019}]*+(?=["# + whitespaceChars + "]|$)"
    }

    /// The token pattern used inside look-behinds: `core` between token start and the current position.
    static func tokenEndingHere(_ core: String) -> String {
        "(?<!" + notWS + ")" + tokenOpen + "{0,2}" + core + tokenClose + "{0,2}"
    }

    static func words<S: Sequence>(_ words: S) -> String where S.Element == String {
        RegexAlternation.pattern(for: words)
    }
}
