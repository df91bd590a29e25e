import Foundation

extension SRXRuleSet {
    /// The name of the language rule holding padan's built-in rules for `language`.
    public static func builtInRuleName(for language: SegmentationLanguage) -> String {
        switch language {
        case .indonesian: return "Indonesian (padan)"
        case .english: return "English (padan)"
        }
    }

    /// padan's built-in rules for `language` as SRX 2.0, mapped from the language's codes (`id.*`, `en.*`).
    ///
    /// The rules are generated from `LanguageRules`, so the abbreviations, titles and sentence openers a CAT
    /// tool sees are the ones padan uses. Segmenting with them (`Segmenter(language:srx:)`) gives the built-in
    /// engine's segments except where a decision needs more than a rule can see: whether a whole document is
    /// hard-wrapped, and whether the line before ran on into this one (both are guessed from neighbouring lines).
    /// The patterns are valid ICU and Java regular expressions.
    public static func builtIn(for language: SegmentationLanguage) -> SRXRuleSet {
        builtIn(languages: [language])
    }

    /// padan's built-in rules for every language it knows, one language rule each, in one file.
    public static func builtIn() -> SRXRuleSet {
        builtIn(languages: SegmentationLanguage.allCases)
    }

    private static func builtIn(languages: [SegmentationLanguage]) -> SRXRuleSet {
        var languageRules: [SRXLanguageRule] = []
        var maps: [SRXLanguageMap] = []
        for language in languages {
            let name = builtInRuleName(for: language)
            languageRules.append(SRXLanguageRule(name: name, rules: SRXBuiltInRules(rules: language.rules).make()))
            // The pattern is a constant and always compiles; `try?` only satisfies the initialiser's signature.
            if let map = try? SRXLanguageMap(languagePattern: language.rawValue + ".*", languageRuleName: name) {
                maps.append(map)
            }
        }
        // Every map names a rule made just above, so validation cannot fail.
        return (try? SRXRuleSet(
            segmentSubflows: true, cascade: false, formatHandles: SRXFormatHandle.defaults,
            languageRules: languageRules, languageMaps: maps))
            ?? SRXRuleSet(unchecked: languageRules, maps: maps)
    }

    private init(unchecked languageRules: [SRXLanguageRule], maps: [SRXLanguageMap]) {
        segmentSubflows = true
        cascade = false
        formatHandles = SRXFormatHandle.defaults
        self.languageRules = languageRules
        self.languageMaps = maps
    }

    /// The rule set as an SRX 2.0 document (UTF-8, indented).
    public func xmlBytes() throws(PadanError) -> [UInt8] {
        let writer = try XMLWriter()
        try write(with: writer)
        return writer.bytes
    }

    /// Writes the rule set as an SRX 2.0 file at `path`, replacing it atomically.
    public func write(to path: String) throws(PadanError) {
        try write(with: XMLWriter(path: path))
    }

    private func write(with writer: XMLWriter) throws(PadanError) {
        try writer.startDocument()
        try writer.startElement("srx", namespace: SRXRuleSet.namespace)
        try writer.attribute("version", "2.0")
        try writer.startElement("header")
        try writer.attribute("segmentsubflows", segmentSubflows ? "yes" : "no")
        try writer.attribute("cascade", cascade ? "yes" : "no")
        for handle in formatHandles {
            try writer.startElement("formathandle")
            try writer.attribute("type", handle.kind.rawValue)
            try writer.attribute("include", handle.include ? "yes" : "no")
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("body")
        try writer.startElement("languagerules")
        for languageRule in languageRules {
            try writer.startElement("languagerule")
            try writer.attribute("languagerulename", languageRule.name)
            for rule in languageRule.rules {
                if let note = rule.note {
                    // Continuation lines line up under the first; "--" may not appear in an XML comment.
                    let text = note.replacingOccurrences(of: "--", with: "-")
                        .replacingOccurrences(of: "\n", with: "\n" + String(repeating: " ", count: 13))
                    try writer.comment(" " + text + " ")
                }
                try writer.startElement("rule")
                try writer.attribute("break", rule.isBreak ? "yes" : "no")
                if let before = rule.beforeBreak { try writer.element("beforebreak", text: before) }
                if let after = rule.afterBreak { try writer.element("afterbreak", text: after) }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("maprules")
        for map in languageMaps {
            try writer.startElement("languagemap")
            try writer.attribute("languagepattern", map.languagePattern)
            try writer.attribute("languagerulename", map.languageRuleName)
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
        try writer.finish()
    }
}
