/// Reads the anchors of a sentence in one language: numbers, dates and words (glossary concepts are added by
/// the aligner, which owns the term matchers).
///
/// Numbers are read in the sentence's own convention (Indonesian `1.500` and `2,5`, English `1,500` and `2.5`);
/// a number that the other convention reads differently (`1.500`, which an Indonesian text copied from English
/// may mean as 1.5) keeps that reading as an alternative. A scale word multiplies (`2,5 triliun` = 2.5e12 =
/// `2.5 trillion`), and small number words count (`tiga` = `three` = 3). Dates become day-and-month anchors
/// (`21 Oktober`, `(21/10/2024)`, `Oct. 21`), with the year a number; a month or weekday alone is an anchor too.
/// Capitalised words of three letters or more, and acronyms, are word anchors: names, places and
/// institutions that translations keep as written (`Zinoviev`, `Seoul`, `NATO`).
struct AnchorReader: Sendable {
    /// The language of the sentences read.
    let language: GlossaryLanguage
    /// The kinds of anchor to read.
    let kinds: Set<AnchorKind>

    private enum Token {
        case word(String, capitalized: Bool, allCapitals: Bool)
        case number(String)
    }

    private static let numberKind: UInt8 = 1
    private static let dateKind: UInt8 = 2
    private static let monthKind: UInt8 = 3
    private static let weekdayKind: UInt8 = 5

    /// The number, date and word anchors of `text`.
    func anchors(in text: String) -> [Anchor] {
        var anchors: [Anchor] = []
        read(text) { anchor, _ in anchors.append(anchor) }
        return anchors
    }

    /// The number anchors of `text` with the words they were read from (`1.500`, `2,5 triliun`, `tiga`).
    func numbers(in text: String) -> [(text: String, anchor: Anchor)] {
        var numbers: [(text: String, anchor: Anchor)] = []
        read(text) { anchor, written in
            if anchor.kind == .numbers { numbers.append((written, anchor)) }
        }
        return numbers
    }

    /// Reads every anchor of `text`, passing each with the text it was read from.
    private func read(_ text: String, _ emit: (Anchor, String) -> Void) {
        let wantsNumbers = kinds.contains(.numbers)
        let wantsDates = kinds.contains(.dates)
        let wantsTokens = kinds.contains(.tokens)
        guard wantsNumbers || wantsDates || wantsTokens else { return }
        let tokens = AnchorReader.tokens(of: text)
        var consumed = [Bool](repeating: false, count: tokens.count)
        let months = CalendarWords.months[language] ?? [:]
        let weekdays = CalendarWords.weekdays[language] ?? [:]
        for (index, token) in tokens.enumerated() {
            guard case .word(let word, let capitalized, _) = token, capitalized else { continue }
            if let month = months[word] {
                consumed[index] = true
                guard wantsDates else { continue }
                if let (dayIndex, day) = day(around: index, in: tokens, consumed) {
                    consumed[dayIndex] = true
                    emit(Anchor(kind: .dates, key: Anchor.key(AnchorReader.dateKind, UInt64(month * 32 + day))), word)
                } else {
                    emit(Anchor(kind: .dates, key: Anchor.key(AnchorReader.monthKind, UInt64(month))), word)
                }
            } else if let weekday = weekdays[word] {
                consumed[index] = true
                if wantsDates { emit(Anchor(kind: .dates, key: Anchor.key(AnchorReader.weekdayKind, UInt64(weekday))), word) }
            }
        }
        let scales = CalendarWords.scales[language] ?? [:]
        let numberWords = CalendarWords.numbers[language] ?? [:]
        for (index, token) in tokens.enumerated() where !consumed[index] {
            switch token {
            case .number(let raw):
                if raw.contains("/") {
                    if wantsDates || wantsNumbers {
                        for anchor in slashDate(raw, wantsDates: wantsDates, wantsNumbers: wantsNumbers) { emit(anchor, raw) }
                    }
                    continue
                }
                guard wantsNumbers, var readings = readings(of: raw) else { continue }
                var written = raw
                if index + 1 < tokens.count, case .word(let next, _, _) = tokens[index + 1], let scale = scales[next] {
                    readings = readings.map { $0 * scale }
                    consumed[index + 1] = true
                    written += " " + next
                }
                emit(Anchor(kind: .numbers, key: numberKey(readings[0]), alternatives: readings.dropFirst().map(numberKey)), written)
            case .word(let word, let capitalized, let allCapitals):
                if let value = numberWords[word] {
                    if wantsNumbers { emit(Anchor(kind: .numbers, key: numberKey(Double(value))), word) }
                } else if wantsTokens, allCapitals && word.unicodeScalars.count >= 2 || capitalized && word.unicodeScalars.count >= 3 {
                    emit(Anchor(kind: .tokens, key: Anchor.key(word: word.utf8)), word)
                }
            }
        }
    }

    /// The day (1–31) written next to a month word: before it in Indonesian (`21 Oktober`), after it in
    /// English (`Oct. 21`), else on the other side.
    private func day(around index: Int, in tokens: [Token], _ consumed: [Bool]) -> (Int, Int)? {
        let order = language == .indonesian ? [index - 1, index + 1] : [index + 1, index - 1]
        for position in order where position >= 0 && position < tokens.count && !consumed[position] {
            if case .number(let raw) = tokens[position], raw.allSatisfy(\.isASCIIDigitCharacter), raw.count <= 2,
                let day = Int(raw), (1...31).contains(day)
            {
                return (position, day)
            }
        }
        return nil
    }

    /// `21/10/2024` (day/month/year in Indonesian; an English text may mean month/day, so both are kept) as a
    /// date and a year.
    private func slashDate(_ raw: String, wantsDates: Bool, wantsNumbers: Bool) -> [Anchor] {
        let parts = raw.split(separator: "/").compactMap { Int($0) }
        guard parts.count == 2 || parts.count == 3 else { return [] }
        var anchors: [Anchor] = []
        if wantsDates {
            let dayFirst = (1...31).contains(parts[0]) && (1...12).contains(parts[1])
            let monthFirst = (1...12).contains(parts[0]) && (1...31).contains(parts[1])
            var keys: [UInt64] = []
            if dayFirst { keys.append(Anchor.key(AnchorReader.dateKind, UInt64(parts[1] * 32 + parts[0]))) }
            if monthFirst && language == .english || monthFirst && !dayFirst {
                keys.append(Anchor.key(AnchorReader.dateKind, UInt64(parts[0] * 32 + parts[1])))
            }
            if let first = keys.first { anchors.append(Anchor(kind: .dates, key: first, alternatives: Array(keys.dropFirst()))) }
        }
        if wantsNumbers, parts.count == 3 {
            let year = parts[2] < 100 ? parts[2] + 2000 : parts[2]
            anchors.append(Anchor(kind: .numbers, key: numberKey(Double(year))))
        }
        return anchors
    }

    private func numberKey(_ value: Double) -> UInt64 { Anchor.key(AnchorReader.numberKind, value.bitPattern) }

    /// The value of a digit group string in this language's convention first, then the other convention's
    /// when it differs; nil when neither reads it.
    private func readings(of raw: String) -> [Double]? {
        let own = language == .indonesian ? AnchorReader.value(raw, thousands: ".", decimal: ",") : AnchorReader.value(raw, thousands: ",", decimal: ".")
        let other = language == .indonesian ? AnchorReader.value(raw, thousands: ",", decimal: ".") : AnchorReader.value(raw, thousands: ".", decimal: ",")
        switch (own, other) {
        case (let own?, let other?) where own != other: return [own, other]
        case (let own?, _): return [own]
        case (nil, let other?): return [other]
        default: return nil
        }
    }

    /// Reads `1.500.000` or `2,5` with the given separators: thousands separators only between groups of
    /// three digits, at most one decimal separator, after them.
    static func value(_ raw: String, thousands: Character, decimal: Character) -> Double? {
        var mantissa = 0.0
        var fractionDigits = 0
        var inFraction = false
        var groupLength = 0
        var sawThousands = false
        for character in raw {
            if let digit = character.wholeNumberValue, character.isASCII {
                mantissa = mantissa * 10 + Double(digit)
                if inFraction { fractionDigits += 1 }
                groupLength += 1
            } else if character == thousands {
                guard !inFraction, groupLength > 0, !sawThousands || groupLength == 3 else { return nil }
                if !sawThousands && groupLength > 3 { return nil }
                sawThousands = true
                groupLength = 0
            } else if character == decimal {
                guard !inFraction, !sawThousands || groupLength == 3 else { return nil }
                inFraction = true
                groupLength = 0
            } else {
                return nil
            }
        }
        if sawThousands && !inFraction && groupLength != 3 { return nil }
        var divisor = 1.0
        for _ in 0..<fractionDigits { divisor *= 10 }
        return mantissa / divisor
    }

    /// Words (letters, lower-cased, with whether they were capitalized or all capitals) and numbers (digits
    /// with inner `.`, `,` or `/`). Works on UTF-8 bytes and decodes a scalar only outside ASCII.
    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let (isLetter, isUpper, length) = letter(bytes, at: index)
                if isLetter {
                    let start = index
                    var capitals = 0
                    var ascii = true
                    var lowered: [UInt8] = []
                    var position = index
                    while position < bytes.count {
                        let (letterHere, upperHere, lengthHere) = AnchorReader.letter(bytes, at: position)
                        guard letterHere else { break }
                        if upperHere { capitals += 1 }
                        if lengthHere == 1 {
                            lowered.append(upperHere ? bytes[position] | 0x20 : bytes[position])
                        } else {
                            ascii = false
                        }
                        position += lengthHere
                    }
                    let letters = ascii ? position - start : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self).unicodeScalars.count
                    let word = ascii ? String(decoding: lowered, as: UTF8.self)
                        : String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self).lowercased()
                    tokens.append(.word(word, capitalized: isUpper, allCapitals: capitals == letters))
                    index = position
                } else if bytes[index] >= 0x30 && bytes[index] <= 0x39 {
                    var end = index + 1
                    while end < bytes.count {
                        let byte = bytes[end]
                        if byte >= 0x30 && byte <= 0x39 {
                            end += 1
                        } else if (byte == 0x2E || byte == 0x2C || byte == 0x2F) && end + 1 < bytes.count
                            && bytes[end + 1] >= 0x30 && bytes[end + 1] <= 0x39
                        {
                            end += 2
                        } else {
                            break
                        }
                    }
                    tokens.append(.number(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)))
                    index = end
                } else {
                    index += length
                }
            }
        }
        return tokens
    }

    /// Whether the character at `index` is a letter (or a combining mark inside a word), whether it is upper
    /// case, and its length in bytes.
    @inline(__always) private static func letter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Bool, Int) {
        let byte = bytes[index]
        if byte < 0x80 {
            let folded = byte | 0x20
            return (folded >= 0x61 && folded <= 0x7A, byte >= 0x41 && byte <= 0x5A, 1)
        }
        var length = 1
        while index + length < bytes.count && bytes[index + length] & 0xC0 == 0x80 { length += 1 }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]), as: UTF8.self).unicodeScalars.first
        else { return (false, false, length) }
        let properties = scalar.properties
        return (properties.isAlphabetic || properties.generalCategory == .nonspacingMark, properties.isUppercase, length)
    }
}

extension Character {
    /// An ASCII digit.
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
