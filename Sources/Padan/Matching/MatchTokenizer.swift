import Foundation

/// One word of a sentence as the matcher sees it.
struct MatchToken {
    /// UTF-8 byte range of the word in the sentence.
    var range: Range<Int>
    /// Where the word's key is in `MatchTokens.keys`: the normalised form the glossary is indexed by (NFC,
    /// case-folded, diacritics and apostrophes removed).
    var key: Range<Int>
    /// Whether the word has no lower-case letter, so it may match an abbreviation written in capitals.
    var isCapitalized: Bool
    /// Whether a hyphen joins this word to the previous one (`negara-negara`, `KPK-nya`, `Korea-Rusia`).
    var followsHyphen: Bool
}

/// The words of a text and their keys, the keys stored back to back in one byte array so that tokenising a
/// sentence allocates nothing per word.
struct MatchTokens {
    var tokens: [MatchToken] = []
    var keys: [UInt8] = []

    var count: Int { tokens.count }
    subscript(index: Int) -> MatchToken { tokens[index] }

    /// The key of word `index` as a string.
    func key(_ index: Int) -> String { String(decoding: keys[tokens[index].key], as: UTF8.self) }
}

/// Splits text into words for term matching, on bytes.
///
/// A word is a run of letters, digits and combining marks; an apostrophe between letters stays inside it
/// (`Jum'at`, `Qur’an`), and the key drops it so that both spellings meet. Hyphens separate words but are
/// remembered, so that reduplication and hyphenated clitics can be recognised. Everything else (spaces, line
/// breaks, punctuation, quotes) only separates, which is why a term never matches inside a longer word.
enum MatchTokenizer {
    /// The words of `bytes`, in order.
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>) -> MatchTokens {
        var result = MatchTokens()
        let text = TextView(bytes: bytes)
        result.keys.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        var hyphenBefore = false
        while index < count {
            let length = wordCharacterLength(text, at: index)
            if length == 0 {
                let hyphen = hyphenLength(text, at: index)
                hyphenBefore = hyphen > 0 && result.tokens.last?.range.upperBound == index
                index += hyphen > 0 ? hyphen : bytes[index] < 0xC0 ? 1 : text.scalar(at: index).length
                continue
            }
            let start = index
            var isASCII = true
            var isCapitalized = true
            let keyStart = result.keys.count
            var position = index
            while position < count {
                let byte = bytes[position]
                if byte < 0x80 {
                    if byte >= 0x61 && byte <= 0x7A {
                        isCapitalized = false
                        result.keys.append(byte)
                        position += 1
                        continue
                    }
                    if byte >= 0x41 && byte <= 0x5A {
                        result.keys.append(byte | 0x20)
                        position += 1
                        continue
                    }
                    if byte >= 0x30 && byte <= 0x39 {
                        result.keys.append(byte)
                        position += 1
                        continue
                    }
                }
                let characterLength = wordCharacterLength(text, at: position)
                if characterLength > 0 {
                    isASCII = false
                    if text.characterClass(at: position) == .lower { isCapitalized = false }
                    position += characterLength
                    continue
                }
                let apostrophe = apostropheLength(text, at: position)
                if apostrophe > 0 && position + apostrophe < count && wordCharacterLength(text, at: position + apostrophe) > 0 {
                    position += apostrophe
                    continue
                }
                break
            }
            if !isASCII {
                result.keys.removeSubrange(keyStart...)
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
                result.keys.append(contentsOf: foldedKey(word).utf8)
            }
            result.tokens.append(MatchToken(range: start..<position, key: keyStart..<result.keys.count,
                isCapitalized: isCapitalized, followsHyphen: hyphenBefore))
            hyphenBefore = false
            index = position
        }
        return result
    }

    /// The words of a glossary term, tokenised exactly as text is.
    static func tokens(of term: String) -> MatchTokens {
        var term = term
        return term.withUTF8 { tokens($0) }
    }

    /// Whether `token` of `text` is written as a capitalised abbreviation: at least two letters, none lower-case
    /// (`AS`, `PBB`, `KCNA`; `G20` is not: one letter). The glossary's such words match only in capitals, and
    /// coverage counts such words of a text as names.
    static func isCapitalAbbreviation(_ token: MatchToken, in text: TextView) -> Bool {
        guard token.isCapitalized else { return false }
        var letters = 0
        var index = token.range.lowerBound
        while index < token.range.upperBound {
            if text.characterClass(at: index) == .upper { letters += 1 }
            index += text[index] < 0x80 ? 1 : text.scalar(at: index).length
        }
        return letters >= 2
    }

    /// Unicode folding for words outside ASCII: NFC, case, diacritics and width folded, apostrophes dropped.
    static func foldedKey(_ word: String) -> String {
        let folded = word.precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.unicodeScalars.append(contentsOf: folded.unicodeScalars.filter { !apostrophes.contains($0) })
        return out
    }

    private static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "`", "\u{00B4}"]

    /// Length of the letter, digit or combining mark at `index`, or 0.
    @inline(__always) static func wordCharacterLength(_ text: TextView, at index: Int) -> Int {
        let byte = text[index]
        if byte < 0x80 {
            let lower = byte | 0x20
            return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) ? 1 : 0
        }
        guard byte >= 0xC0 else { return 0 }
        let (scalar, length) = text.scalar(at: index)
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return length }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return length
        default: return 0
        }
    }

    /// Length of the apostrophe at `index` (`'`, `’`, `‘`, `ʼ`), or 0.
    static func apostropheLength(_ text: TextView, at index: Int) -> Int {
        let byte = text[index]
        if byte == 0x27 || byte == 0x60 { return 1 }
        if byte == 0xCA && index + 1 < text.count && text[index + 1] == 0xBC { return 2 }
        if byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0x98 || text[index + 2] == 0x99) {
            return 3
        }
        return 0
    }

    /// Length of the hyphen at `index` (`-`, U+2010 hyphen, U+2011 non-breaking hyphen), or 0.
    private static func hyphenLength(_ text: TextView, at index: Int) -> Int {
        let byte = text[index]
        if byte == 0x2D { return 1 }
        if byte == 0xE2 && index + 2 < text.count && text[index + 1] == 0x80 && (text[index + 2] == 0x90 || text[index + 2] == 0x91) {
            return 3
        }
        return 0
    }
}
