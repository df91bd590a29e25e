import Foundation

/// Normalises terms and queries so that look-ups forgive case, diacritics, punctuation and quote styles.
///
/// `"Korea-Utara"`, `"korea utara"` and `"KOREA UTARA"` all normalise to `korea utara`; apostrophes and
/// hyphens become spaces, so `negara-negara` is two tokens (reduplication is handled by `IndonesianMorphology`).
public enum TermNormalizer {
    /// Lower-cased, without diacritics, punctuation turned into single spaces, trimmed.
    public static func normalize(_ text: String) -> String {
        if let ascii = normalizeASCII(text) { return ascii }
        let folded = text.precomposedStringWithCanonicalMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// The common case, ASCII text, without Foundation's Unicode folding.
    private static func normalizeASCII(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for byte in text.utf8 {
            guard byte < 0x80 else { return nil }
            let isLetter = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
            if isLetter || (byte >= 0x30 && byte <= 0x39) {
                if pendingSpace && !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(isLetter ? byte | 0x20 : byte)
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The normalised tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
    }
}
