/// One sentence (or one piece of page furniture) of a document.
///
/// Segments are lossless: their spans are in document order, never overlap, and together cover every
/// non-whitespace byte of the input. `span` is in bytes of the original file, so a segment can always be traced
/// back to exactly what the author wrote.
public struct Segment: Sendable, Hashable {
    /// 0-based position among all segments of the document, boilerplate included.
    public var index: Int
    /// UTF-8 byte offsets of the segment in the original file (`start..<end`).
    public var span: Range<Int>
    /// The sentence as a translator sees it: scraped escapes (`\”`) undone, whitespace runs collapsed.
    public var text: String
    /// Whether this is web page furniture (ad inserts, comment forms, source lines, desk sign-offs) rather
    /// than article text; such segments stay out of translation memories.
    public var isBoilerplate: Bool

    /// Creates a segment.
    public init(index: Int, span: Range<Int>, text: String, isBoilerplate: Bool) {
        self.index = index
        self.span = span
        self.text = text
        self.isBoilerplate = isBoilerplate
    }
}

/// A segmented document: the source and its segments, with the source spans rendered on demand.
public struct SegmentedDocument: Sendable {
    /// The document that was segmented.
    public let document: SourceDocument
    /// Its segments, in order.
    public let segments: [Segment]
    /// Byte ranges of the segments in `document.bytes` (which differ from `Segment.span` by a BOM or
    /// transcoding).
    public let textRanges: [Range<Int>]

    /// The segment's source text with every whitespace run collapsed to one space and nothing else changed:
    /// the format of the gold files and of `padan segment --raw`.
    public func rawText(of index: Int) -> String {
        document.bytes.withUnsafeBufferPointer { buffer in
            SegmentText.collapsed(TextView(bytes: buffer), textRanges[index], unescapingQuotes: false)
        }
    }
}
