import Foundation

/// Normalises terms and queries so that look-ups forgive case, diacritics, punctuation and quote styles.
///
/// `"Korea-Utara"`, `"korea utara"` and `"KOREA UTARA"` all normalise to `korea utara`; apostrophes and
/// hyphens become spaces, so `negara-negara` is two tokens (reduplication is handled by `IndonesianMorphology`).
public enum TermNormalizer {
    /// Lower-cased, without diacritics, punctuation turned into single spaces, trimmed.
    public static func normalize(_ text: String) -> String {
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

    /// The normalised tokens of `text`.
    public static func tokens(_ text: String) -> [String] {
        normalize(text).split(separator: " ").map(String.init)
    }
}
