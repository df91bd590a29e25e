/// A read-only view of UTF-8 text with the character tests segmentation needs, working on bytes.
///
/// Segmentation must run at well over 100 MB/s, so it never builds `String`s or `Character`s while scanning:
/// it looks at bytes and decodes a scalar only where a decision depends on it. Whitespace follows Python's
/// `\s` (the definition the gold files use): ASCII spaces and controls 0x09–0x0D, 0x1C–0x1F, NEL, NBSP, and the
/// Unicode space separators.
struct TextView {
    let bytes: UnsafeBufferPointer<UInt8>

    var count: Int { bytes.count }

    @inline(__always) subscript(index: Int) -> UInt8 { bytes[index] }

    /// Length in bytes of the whitespace character at `index`, or 0 when it is not whitespace.
    @inline(__always) func whitespaceLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 {
            return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) || (byte >= 0x1C && byte <= 0x1F) ? 1 : 0
        }
        return multibyteWhitespaceLength(at: index)
    }

    @inline(never) func multibyteWhitespaceLength(at index: Int) -> Int {
        let byte = bytes[index]
        let remaining = bytes.count - index
        if byte == 0xC2 && remaining >= 2 {
            let next = bytes[index + 1]
            return next == 0x85 || next == 0xA0 ? 2 : 0
        }
        guard remaining >= 3 else { return 0 }
        let b1 = bytes[index + 1]
        let b2 = bytes[index + 2]
        switch byte {
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0
        case 0xE2:
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// Length of the line break at `index` (LF, CR, CRLF, U+2028, U+2029), or 0.
    @inline(__always) func lineBreakLength(at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x0A { return 1 }
        if byte == 0x0D { return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1 }
        if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        {
            return 3
        }
        return 0
    }

    /// Index just past the whitespace run starting at `index` (stops at `end`).
    @inline(__always) func skipWhitespace(from index: Int, to end: Int) -> Int {
        var position = index
        while position < end {
            let length = whitespaceLength(at: position)
            if length == 0 { break }
            position += length
        }
        return position
    }

    /// Index of the first byte of the scalar that ends just before `index`.
    @inline(__always) func scalarStart(before index: Int) -> Int {
        var position = index - 1
        while position > 0 && bytes[position] & 0xC0 == 0x80 { position -= 1 }
        return position
    }

    /// Decodes the scalar starting at `index` and returns it with its length in bytes.
    func scalar(at index: Int) -> (value: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        var length = 1
        var value: UInt32
        if lead >= 0xF0 {
            length = 4
            value = UInt32(lead & 0x07)
        } else if lead >= 0xE0 {
            length = 3
            value = UInt32(lead & 0x0F)
        } else {
            length = 2
            value = UInt32(lead & 0x1F)
        }
        guard index + length <= bytes.count else { return ("\u{FFFD}", 1) }
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The coarse class of the character at `index`, for boundary decisions.
    @inline(__always) func characterClass(at index: Int) -> CharacterClass {
        let byte = bytes[index]
        if byte < 0x80 {
            switch byte {
            case 0x41...0x5A: return .upper
            case 0x61...0x7A: return .lower
            case 0x30...0x39: return .digit
            default: return .other
            }
        }
        return nonASCIICharacterClass(at: index)
    }

    @inline(never) private func nonASCIICharacterClass(at index: Int) -> CharacterClass {
        let scalar = scalar(at: index).value
        let properties = scalar.properties
        if properties.isLowercase { return .lower }
        if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
        if properties.isAlphabetic { return .upper }
        if properties.numericType == .decimal { return .digit }
        return .other
    }

    /// Number of Unicode scalars in `range`.
    func scalarCount(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// Whether the bytes at `index` are `opening`.
    func matches(opening: [UInt8], at index: Int) -> Bool {
        guard index + opening.count <= bytes.count else { return false }
        for offset in opening.indices where bytes[index + offset] != opening[offset] { return false }
        return true
    }

    /// Whether the bytes at `index` spell `literal`.
    @inline(__always) func matches(_ literal: StaticString, at index: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard index + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for offset in 0..<length where bytes[index + offset] != pointer[offset] { return false }
        return true
    }
}

/// The classes of characters that boundary rules distinguish.
enum CharacterClass {
    /// An uppercase or titlecase letter, or a letter of a script without case.
    case upper
    /// A lowercase letter.
    case lower
    /// A decimal digit.
    case digit
    /// Anything else: punctuation, symbols, whitespace.
    case other
}
