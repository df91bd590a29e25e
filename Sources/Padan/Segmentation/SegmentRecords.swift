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
