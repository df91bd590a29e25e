/// The kinds of evidence, besides length, that a source and a target sentence translate each other.
public enum AnchorKind: String, Sendable, CaseIterable {
    /// A glossary concept found in both: an Indonesian term in the source, one of its English terms in the
    /// target.
    case terms
    /// The same number, read in each language's convention (`1.500` = `1,500`, `2,5` = `2.5`, `tiga` = `three`,
    /// `2,5 triliun` = `2.5 trillion`).
    case numbers
    /// The same day and month, month or weekday (`Senin (21/10)` = `Monday (Oct. 21)`).
    case dates
    /// The same word in both, such as a name (`Zinoviev`), a place or an acronym.
    case tokens
}
