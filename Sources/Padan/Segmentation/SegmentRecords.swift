extension Segmenter {
    /// Segments `document` and appends its JSON Lines to `out`, one object per segment, boilerplate included and
    /// flagged: `{"file", "index", "start", "end", "text", "boilerplate"}` with UTF-8 byte offsets in the original
    /// file. The values are those of `segment(document)`, written straight from the source without building a
    /// `Segment` or a `String` per sentence, so large corpora stream (`padan segment --json`, the main job's
    /// `Exports/seeds.segments.jsonl`). Returns how many segments were written and how many are boilerplate.
    @discardableResult
    public func appendJSONLines(of document: SourceDocument, to out: inout [UInt8]) -> (segments: Int, boilerplate: Int) {
        let ranges = document.bytes.withUnsafeBufferPointer { finder.segmentRanges(in: TextView(bytes: $0)) }
        return appendJSONLines(document, ranges, to: &out) { text, _, range in boilerplate.isBoilerplate(text, range) }
    }

    /// The same JSON Lines for a document already segmented (by `segment(_:)`), without segmenting it again.
    @discardableResult
    public func appendJSONLines(of segmented: SegmentedDocument, to out: inout [UInt8]) -> (segments: Int, boilerplate: Int) {
        appendJSONLines(segmented.document, segmented.textRanges, to: &out) { _, index, _ in
            segmented.segments[index].isBoilerplate
        }
    }

    private func appendJSONLines(
        _ document: SourceDocument, _ ranges: [Range<Int>], to out: inout [UInt8],
        isBoilerplate: (TextView, Int, Range<Int>) -> Bool
    ) -> (segments: Int, boilerplate: Int) {
        var file: [UInt8] = Array(#"{"file":"#.utf8)
        JSONLine.appendString(document.path, to: &file)
        file += Array(#","index":"#.utf8)
        let start = Array(#","start":"#.utf8)
        let end = Array(#","end":"#.utf8)
        let textKey = Array(#","text":""#.utf8)
        let boilerplateTrue = Array(#"","boilerplate":true}"#.utf8) + [0x0A]
        let boilerplateFalse = Array(#"","boilerplate":false}"#.utf8) + [0x0A]
        return document.bytes.withUnsafeBufferPointer { buffer in
            let text = TextView(bytes: buffer)
            var boilerplateCount = 0
            out.reserveCapacity(out.count + buffer.count + ranges.count * (file.count + 64))
            for (index, range) in ranges.enumerated() {
                out += file
                JSONLine.appendDigits(index, to: &out)
                out += start
                JSONLine.appendDigits(document.originalOffset(range.lowerBound), to: &out)
                out += end
                JSONLine.appendDigits(document.originalOffset(range.upperBound), to: &out)
                out += textKey
                SegmentText.appendJSONEscapedText(text, range, to: &out)
                let boilerplateSegment = isBoilerplate(text, index, range)
                if boilerplateSegment { boilerplateCount += 1 }
                out += boilerplateSegment ? boilerplateTrue : boilerplateFalse
            }
            return (ranges.count, boilerplateCount)
        }
    }
}
