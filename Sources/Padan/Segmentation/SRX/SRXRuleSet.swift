/// One SRX break or no-break rule: a regular expression for the text before a position and one for the text
/// after it.
///
/// SRX (Segmentation Rules eXchange, LISA/GALA) is the format CAT tools exchange sentence-segmentation rules
/// in. A rule matches at a position between two characters when `beforeBreak` matches text ending there and
/// `afterBreak` matches text starting there; the first matching rule of a language decides whether the
/// position is a segment boundary. Both patterns use ICU regular expression syntax. Creating a rule compiles
/// its patterns, so an invalid pattern is reported when the rule is made, not when text is segmented.
public struct SRXRule: Sendable, Hashable {
    /// `true` for `break="yes"` (the default in SRX), `false` for an exception (`break="no"`).
    public let isBreak: Bool
    /// The `<beforebreak>` pattern, or nil when the rule has none (it then matches anywhere).
    public let beforeBreak: String?
    /// The `<afterbreak>` pattern, or nil when the rule has none.
    public let afterBreak: String?
    /// `(?:before)(?=after)`: a match ends exactly at the position the rule describes. Nil only for a
    /// generated rule whose pattern failed to compile (a bug the tests catch); such a rule never matches.
    let matcher: SRXRegex?
    /// What the rule is for, written as an XML comment before it when the rule set is exported (not part of
    /// SRX, so not read back and not compared).
    var note: String?

    /// A rule; throws `.malformed` when neither pattern is given or a pattern is not a valid ICU expression.
    public init(isBreak: Bool, beforeBreak: String?, afterBreak: String?) throws(PadanError) {
        guard beforeBreak != nil || afterBreak != nil else {
            throw PadanError(
                .malformed, message: "a rule needs a <beforebreak> or an <afterbreak> pattern",
                remedy: "add the pattern, or delete the rule")
        }
        if let beforeBreak { _ = try SRXRegex(beforeBreak, what: "<beforebreak>") }
        if let afterBreak { _ = try SRXRegex(afterBreak, what: "<afterbreak>") }
        self.isBreak = isBreak
        self.beforeBreak = beforeBreak
        self.afterBreak = afterBreak
        self.matcher = try SRXRegex(
            SRXRule.combinedPattern(before: beforeBreak, after: afterBreak), what: "the rule's patterns together")
    }

    /// A rule padan generates itself (the SRX export of the built-in rules), with a note for the exported file.
    init(generated isBreak: Bool, before: String?, after: String?, note: String) {
        self.isBreak = isBreak
        self.beforeBreak = before
        self.afterBreak = after
        self.matcher = try? SRXRegex(SRXRule.combinedPattern(before: before, after: after), what: "a generated rule")
        self.note = note
    }

    static func combinedPattern(before: String?, after: String?) -> String {
        var pattern = ""
        if let before, !before.isEmpty { pattern += "(?:" + before + ")" }
        if let after, !after.isEmpty { pattern += "(?=" + after + ")" }
        return pattern
    }

    /// Rules are equal when their break value and patterns are.
    public static func == (lhs: SRXRule, rhs: SRXRule) -> Bool {
        lhs.isBreak == rhs.isBreak && lhs.beforeBreak == rhs.beforeBreak && lhs.afterBreak == rhs.afterBreak
    }

    /// Hashes the break value and patterns.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(isBreak)
        hasher.combine(beforeBreak)
        hasher.combine(afterBreak)
    }
}

/// A named, ordered list of rules (`<languagerule>`), usually for one language.
public struct SRXLanguageRule: Sendable, Hashable {
    /// The `languagerulename` that `<languagemap>` elements refer to.
    public var name: String
    /// The rules, in priority order.
    public var rules: [SRXRule]

    /// Creates a language rule.
    public init(name: String, rules: [SRXRule]) {
        self.name = name
        self.rules = rules
    }
}

/// One `<languagemap>`: language codes matching `languagePattern` use the language rule `languageRuleName`.
public struct SRXLanguageMap: Sendable, Hashable {
    /// An ICU regular expression matched against the whole language code, ignoring case (`id.*`, `EN.*`).
    public let languagePattern: String
    /// The name of the `SRXLanguageRule` to apply.
    public let languageRuleName: String
    let matcher: SRXRegex

    /// A map; throws `.malformed` when `languagePattern` is not a valid ICU expression.
    public init(languagePattern: String, languageRuleName: String) throws(PadanError) {
        self.languagePattern = languagePattern
        self.languageRuleName = languageRuleName
        self.matcher = try SRXRegex(
            "(?:" + languagePattern + ")", caseInsensitive: true, what: "the languagepattern")
    }

    /// Whether the map applies to `languageCode` (BCP 47 codes are case-insensitive, so is the match).
    public func matches(_ languageCode: String) -> Bool {
        matcher.matchesWhole(languageCode)
    }

    /// Maps are equal when their pattern and rule name are.
    public static func == (lhs: SRXLanguageMap, rhs: SRXLanguageMap) -> Bool {
        lhs.languagePattern == rhs.languagePattern && lhs.languageRuleName == rhs.languageRuleName
    }

    /// Hashes the pattern and rule name.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(languagePattern)
        hasher.combine(languageRuleName)
    }
}

/// Which side of a break inline formatting codes go to (`<formathandle>`); padan segments plain text and only
/// keeps these so that a rule file round-trips.
public struct SRXFormatHandle: Sendable, Hashable {
    /// The kind of format code.
    public enum Kind: String, Sendable, CaseIterable {
        /// An opening code such as `<b>`.
        case start
        /// A closing code such as `</b>`.
        case end
        /// A standalone code such as `<br/>`.
        case isolated
    }

    /// The kind of code this handle is about.
    public var kind: Kind
    /// Whether such a code at a break belongs to the segment being ended.
    public var include: Bool

    /// Creates a format handle.
    public init(kind: Kind, include: Bool) {
        self.kind = kind
        self.include = include
    }

    /// The SRX 2.0 defaults: start codes go to the next segment, end codes stay, isolated codes go.
    public static let defaults: [SRXFormatHandle] = [
        SRXFormatHandle(kind: .start, include: false), SRXFormatHandle(kind: .end, include: true),
        SRXFormatHandle(kind: .isolated, include: false),
    ]
}

/// A complete SRX 2.0 rule file: header options, language rules and the maps that choose them.
///
/// Load one with `SRXRuleSet.load(path:)` (SRX 2.0, and SRX 1.0 files, which are read as the equivalent
/// SRX 2.0 set), pick the rules for a language with `rules(for:)`, and segment with
/// `Segmenter(language:srx:)`. `SRXRuleSet.builtIn(for:)` expresses padan's own rules in SRX so that a CAT tool
/// can segment as padan does.
public struct SRXRuleSet: Sendable, Hashable {
    /// The SRX namespace of version 2.0 files.
    public static let namespace = "http://www.lisa.org/srx20"

    /// `segmentsubflows`: whether text inside inline elements (footnotes) is segmented separately.
    public var segmentSubflows: Bool
    /// `cascade`: whether every matching language map contributes rules (yes) or only the first (no).
    public var cascade: Bool
    /// The `<formathandle>` elements of the header.
    public var formatHandles: [SRXFormatHandle]
    /// The named rule lists.
    public var languageRules: [SRXLanguageRule]
    /// The language maps, in order.
    public var languageMaps: [SRXLanguageMap]

    /// Creates a rule set; throws `.malformed` when a map names a language rule that does not exist or two
    /// language rules share a name.
    public init(
        segmentSubflows: Bool = true, cascade: Bool = false,
        formatHandles: [SRXFormatHandle] = SRXFormatHandle.defaults, languageRules: [SRXLanguageRule],
        languageMaps: [SRXLanguageMap]
    ) throws(PadanError) {
        var names = Set<String>()
        for rule in languageRules where !names.insert(rule.name).inserted {
            throw PadanError(
                .malformed, message: "two <languagerule> elements are named \"\(rule.name)\"",
                remedy: "give each language rule its own languagerulename")
        }
        for map in languageMaps where !names.contains(map.languageRuleName) {
            throw PadanError(
                .malformed, message: "<languagemap> names the unknown language rule \"\(map.languageRuleName)\"",
                remedy: "use one of: " + languageRules.map { "\"\($0.name)\"" }.joined(separator: ", "))
        }
        self.segmentSubflows = segmentSubflows
        self.cascade = cascade
        self.formatHandles = formatHandles
        self.languageRules = languageRules
        self.languageMaps = languageMaps
    }

    /// Reads and parses the SRX file at `path`.
    public static func load(path: String) throws(PadanError) -> SRXRuleSet {
        try parse(bytes: FileInput.read(path), path: path)
    }

    /// Parses SRX 2.0 (or 1.0) from the raw bytes of a file; `path` is used in error messages.
    public static func parse(bytes: [UInt8], path: String) throws(PadanError) -> SRXRuleSet {
        try SRXParser(bytes: bytes, path: path).parse()
    }

    /// The rules that apply to `languageCode` (`id`, `en-US`…), in priority order.
    ///
    /// Maps are tried in order. With `cascade` the rules of every matching map are concatenated, in map order;
    /// without it only the first matching map counts. No matching map means no rules (no breaks at all).
    public func rules(for languageCode: String) -> [SRXRule] {
        var rules: [SRXRule] = []
        for map in languageMaps where map.matches(languageCode) {
            if let languageRule = languageRules.first(where: { $0.name == map.languageRuleName }) {
                rules += languageRule.rules
            }
            if !cascade { break }
        }
        return rules
    }
}
