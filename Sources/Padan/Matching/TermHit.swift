/// One occurrence of a glossary term in a sentence.
public struct TermHit: Sendable, Hashable {
    /// Index of the concept in the matcher's glossary.
    public var conceptIndex: Int
    /// Index of the matched term among the concept's terms in the matched language.
    public var termIndex: Int
    /// Other concepts that share the matched term (an intended ambiguity such as `PBB`), by index.
    public var alternativeConcepts: [Int]
    /// UTF-8 byte range of the hit in the sentence.
    public var utf8Range: Range<Int>
    /// Unicode scalar (code point) offsets of the hit in the sentence: what JSON consumers index strings by.
    public var start: Int
    /// End of the hit, exclusive, in Unicode scalars.
    public var end: Int
    /// The hit as written in the sentence.
    public var source: String
    /// How it matched.
    public var kind: TermMatchKind
    /// Whether the matched term is deprecated, so reports can flag it.
    public var isDeprecated: Bool
}
