extension SegmentedDocument {
    /// The document's segments as JSON Lines, one object per segment, boilerplate included and flagged:
    /// `{"file", "index", "start", "end", "text", "boilerplate"}` with UTF-8 byte offsets in the original file.
    ///
    /// This is the machine-readable form of `padan segment --json` and of `Exports/seeds.segments.jsonl`.
    public func jsonLines() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(document.bytes.count + segments.count * 120)
        var file: [UInt8] = []
        JSONLine.appendString(document.path, to: &file)
        var line = JSONLine()
        for segment in segments {
            line.add("file", json: file)
            line.add("index", segment.index)
            line.add("start", segment.span.lowerBound)
            line.add("end", segment.span.upperBound)
            line.add("text", segment.text)
            line.add("boilerplate", segment.isBoilerplate)
            line.finish(into: &out)
        }
        return out
    }
}

extension Segmenter {
    /// Segments `document` and appends its JSON Lines to `out`: the same bytes as
    /// `segment(document).jsonLines()`, written straight from the source without building a `Segment` or a
    /// `String` per sentence. This is the path for large corpora (`padan segment --json`).
    public func appendJSONLines(of document: SourceDocument, to out: inout [UInt8]) {
        var file: [UInt8] = Array(#"{"file":"#.utf8)
        JSONLine.appendString(document.path, to: &file)
        file += Array(#","index":"#.utf8)
        let start = Array(#","start":"#.utf8)
        let end = Array(#","end":"#.utf8)
        let textKey = Array(#","text":""#.utf8)
        let boilerplateTrue = Array(#"","boilerplate":true}"#.utf8) + [0x0A]
        let boilerplateFalse = Array(#"","boilerplate":false}"#.utf8) + [0x0A]
        document.bytes.withUnsafeBufferPointer { buffer in
            let text = TextView(bytes: buffer)
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
                out += boilerplate.isBoilerplate(text, range) ? boilerplateTrue : boilerplateFalse
            }
        }
    }
}
