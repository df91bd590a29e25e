extension Segmenter {
    /// Segments `document` and appends its JSON Lines to `out`, one object per segment, boilerplate included and
    /// flagged: `{"file", "index", "start", "end", "text", "boilerplate"}` with UTF-8 byte offsets in the original
    /// file. The values are those of `segment(document)`, written straight from the source without building a
    /// `Segment` or a `String` per sentence, so large corpora stream (`padan segment --json`, the main job's
    /// `Exports/seeds.segments.jsonl`). Returns how many segments were written and how many are boilerplate.
    @discardableResult
    public func appendJSONLines(of document: SourceDocument, to out: inout [UInt8]) -> (segments: Int, boilerplate: Int) {
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
            let ranges = finder.segmentRanges(in: text)
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
                let isBoilerplate = boilerplate.isBoilerplate(text, range)
                if isBoilerplate { boilerplateCount += 1 }
                out += isBoilerplate ? boilerplateTrue : boilerplateFalse
            }
            return (ranges.count, boilerplateCount)
        }
    }
}
