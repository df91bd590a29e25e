extension Segmenter {
    /// Takes a document that is already segmented, one segment per line, as hunalign and other aligners accept
    /// it: segment `k` is line `k + 1`, so indices stay line numbers.
    ///
    /// Each segment's span is its line without surrounding whitespace. A blank line is kept as an empty
    /// boilerplate segment (nothing to align, but its index still counts); other lines are classified as
    /// page furniture by the same rules as `segment(_:)`. A final line break does not start another line.
    public func lines(_ document: SourceDocument) -> SegmentedDocument {
        document.bytes.withUnsafeBufferPointer { buffer in
            let text = TextView(bytes: buffer)
            var segments: [Segment] = []
            var ranges: [Range<Int>] = []
            var lineStart = 0
            while lineStart < text.count {
                var lineEnd = lineStart
                while lineEnd < text.count && text.lineBreakLength(at: lineEnd) == 0 { lineEnd += 1 }
                let range = trimmed(text, lineStart..<lineEnd)
                let start = document.originalOffset(range.lowerBound)
                let end = document.originalOffset(range.upperBound)
                segments.append(
                    Segment(
                        index: segments.count, span: start..<end,
                        text: range.isEmpty ? "" : SegmentText.collapsed(text, range, unescapingQuotes: true),
                        isBoilerplate: range.isEmpty || boilerplate.isBoilerplate(text, range)))
                ranges.append(range)
                lineStart = lineEnd < text.count ? lineEnd + text.lineBreakLength(at: lineEnd) : lineEnd
            }
            return SegmentedDocument(document: document, segments: segments, textRanges: ranges)
        }
    }

    /// `range` without leading and trailing whitespace; an all-blank range becomes empty at its start.
    private func trimmed(_ text: TextView, _ range: Range<Int>) -> Range<Int> {
        let start = text.skipWhitespace(from: range.lowerBound, to: range.upperBound)
        var end = range.upperBound
        while end > start {
            let scalarStart = text.scalarStart(before: end)
            guard text.whitespaceLength(at: scalarStart) > 0 else { break }
            end = scalarStart
        }
        return start < end ? start..<end : range.lowerBound..<range.lowerBound
    }
}
