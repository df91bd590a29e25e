/// How a glossary term was found in a sentence, from closest to loosest.
///
/// A hit takes the loosest kind that applies: a variant written with a clitic (`Kemlu-nya`) is `inflected`.
public enum TermMatchKind: String, Sendable, CaseIterable, Comparable {
    /// Written exactly as the concept's preferred term (line breaks count as spaces).
    case exact
    /// The preferred term in another case, quote, apostrophe or hyphen style.
    case normalized
    /// Another term of the concept: an abbreviation, short form, variant spelling or deprecated term.
    case variant
    /// With a clitic (`-nya -lah -kah -pun -ku -mu`) or reduplicated (`negara-negara`).
    case inflected
    /// An affixed form of a verb term (`pengiriman pasukan` for `mengirim pasukan`); only for terms marked `verb`.
    case derived

    private var rank: Int { TermMatchKind.allCases.firstIndex(of: self) ?? 0 }

    public static func < (lhs: TermMatchKind, rhs: TermMatchKind) -> Bool { lhs.rank < rhs.rank }
}
