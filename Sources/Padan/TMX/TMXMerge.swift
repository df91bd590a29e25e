/// Merges translation memories into one TMX 1.4b file, streaming: one unit in memory at a time.
///
/// Every unit keeps its attributes, notes, props and inline codes. Language tags are written in their
/// canonical BCP 47 form (`EN-US` → `en-US`, TMX 1.1 `lang="in"` → `xml:lang="id"`) so that units from
/// different tools agree. A unit whose source language differs from the output header's gets its own
/// `srclang`. `tuid`s that an earlier input already used are renamed (`-2`, `-3`…) so the result stays valid.
public struct TMXMerge: Sendable {
    /// Drop a unit whose variants (language and segment, inline codes included) equal an earlier unit's.
    public var dropDuplicates = false
    /// Keep only variants whose language matches one of these BCP 47 ranges (`en` keeps `en-GB`); nil keeps all.
    public var languages: [String]?
    /// The output's `srclang`; nil takes the first input's.
    public var sourceLanguage: String?
    /// The output's `creationdate` (`YYYYMMDDThhmmssZ`).
    public var creationDate: String

    /// What the merge did.
    public struct Summary: Sendable, Equatable {
        /// Units read from each input, in order.
        public var unitsRead: [String: Int] = [:]
        /// Units written.
        public var unitsWritten = 0
        /// Units dropped as exact duplicates (`--dedupe`).
        public var duplicatesDropped = 0
        /// Variants dropped by the language filter.
        public var variantsDropped = 0
        /// Units dropped because the language filter left no variant in their source language.
        public var unitsEmptied = 0
        /// `tuid`s renamed because an earlier unit used them.
        public var identifiersRenamed = 0
        /// Header props dropped because they lack the `type` TMX requires.
        public var headerPropsDropped = 0
    }

    /// Creates a merge with the given options.
    public init(dropDuplicates: Bool = false, languages: [String]? = nil, sourceLanguage: String? = nil, creationDate: String) {
        self.dropDuplicates = dropDuplicates
        self.languages = languages
        self.sourceLanguage = sourceLanguage
        self.creationDate = creationDate
    }

    /// Merges `inputs` (paths, `-` for standard input) into the TMX at `output`, replaced only on success.
    public func merge(_ inputs: [String], into output: String) throws(PadanError) -> Summary {
        guard let first = inputs.first else {
            throw PadanError(.usage, message: "no input TMX files", remedy: "name at least one TMX file to merge")
        }
        var summary = Summary()
        let firstReader = try TMXReader(path: first)
        let outputSource = LanguageTag.canonicalForm(of: sourceLanguage ?? firstReader.header.sourceLanguage ?? "*all*")
        var header = TMXWriter.header(
            sourceLanguage: outputSource, creationDate: creationDate,
            dataType: firstReader.header.attributes["datatype"] ?? "unknown")
        header.annotations.append(.note("Merged by padan from \(inputs.count) file\(inputs.count == 1 ? "" : "s"): \(inputs.joined(separator: ", "))"))
        let writer = try TMXWriter(path: output, header: header)
        var identifiers = Set<String>()
        var seen = Set<Int>()
        for (index, input) in inputs.enumerated() {
            let reader = index == 0 ? firstReader : try TMXReader(path: input)
            let inputSource = reader.header.sourceLanguage.map(LanguageTag.canonicalForm) ?? outputSource
            var read = 0
            while var unit = try reader.next() {
                read += 1
                let unitSource = unit.attributes["srclang"].map(LanguageTag.canonicalForm) ?? inputSource
                for variantIndex in unit.variants.indices {
                    unit.variants[variantIndex].language = LanguageTag.canonicalForm(of: unit.variants[variantIndex].language)
                }
                if let languages {
                    let before = unit.variants.count
                    unit.variants.removeAll { variant in !languages.contains { matches(variant.language, $0) } }
                    summary.variantsDropped += before - unit.variants.count
                    let keepsSource = unitSource == "*all*" ? !unit.variants.isEmpty : unit.variant(in: unitSource) != nil
                    if !keepsSource {
                        summary.unitsEmptied += 1
                        continue
                    }
                }
                if dropDuplicates, !seen.insert(unit.contentHash).inserted {
                    summary.duplicatesDropped += 1
                    continue
                }
                unit.attributes.set("srclang", unitSource.caseInsensitiveEquals(outputSource) ? nil : unitSource)
                if let id = unit.id, !identifiers.insert(id).inserted {
                    var suffix = 2
                    while identifiers.contains("\(id)-\(suffix)") { suffix += 1 }
                    unit.attributes.set("tuid", "\(id)-\(suffix)")
                    identifiers.insert("\(id)-\(suffix)")
                    summary.identifiersRenamed += 1
                }
                try writer.write(unit)
                summary.unitsWritten += 1
            }
            summary.unitsRead[input] = read
        }
        try writer.finish()
        return summary
    }

    private func matches(_ language: String, _ range: String) -> Bool {
        switch LanguageTag.parse(language) {
        case .success(let tag): return tag.matches(range)
        case .failure: return language.caseInsensitiveEquals(range)
        }
    }
}
