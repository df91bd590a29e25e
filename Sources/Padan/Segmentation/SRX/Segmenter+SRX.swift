extension Segmenter {
    /// A segmenter that applies the SRX rules `srx` maps to `language`'s code, instead of the built-in rules.
    ///
    /// This segments exactly as a CAT tool configured with the same rule file would (up to the regular
    /// expression engine: both should be ICU). Boilerplate marking stays padan's own. When no language map of
    /// `srx` matches, there are no rules and
    /// the whole text is one segment.
    public init(language: SegmentationLanguage, srx: SRXRuleSet) {
        self.init(language: language, finder: SRXBoundaryFinder(rules: srx.rules(for: language.rawValue)))
    }
}
