import Foundation

/// A BCP 47 language tag (RFC 5646), as found in TMX `xml:lang`, `srclang` and `adminlang` attributes.
///
/// `parse` checks a tag the way TMXValidator does: it must be well-formed, every language, extended language,
/// script, region and variant subtag must be in the IANA Language Subtag Registry (shipped as the
/// `language-subtags.txt` resource, see `scripts/make-language-subtags.py`), and no variant or extension may be
/// repeated. A valid tag that uses deprecated subtags (`in`, `iw`) or a deprecated grandfathered tag
/// (`i-klingon`) parses, and carries a warning in `deprecation`. Case is not significant (`EN-us` is valid);
/// `canonical` is the form padan writes.
///
/// Two tags are equal when they are written the same; compare `canonical` to compare what they mean.
public struct LanguageTag: Sendable, Hashable {
    /// The tag as written.
    public let text: String
    /// The canonical form (RFC 5646 §4.5): grandfathered and deprecated redundant tags and deprecated subtags
    /// replaced by their preferred values, `zh-yue` as `yue`, extensions in singleton order, and the §2.1.1
    /// case (`en-US`, `zh-Hant-TW`, `sr-Latn-RS`, `de-CH-1996`).
    public let canonical: String
    /// The warning for a valid tag that uses a deprecated subtag or is a deprecated tag, with the canonical
    /// form as its suggestion when the registry names a replacement; `nil` for a current tag.
    public let deprecation: Problem?

    /// The first subtag of the canonical form, lowercase: the primary language (`id` for `in-ID`), or `x` for a
    /// private-use tag and `i` for the grandfathered `i-default` and `i-mingo`.
    public var language: String {
        String(canonical.prefix { $0 != "-" })
    }

    /// The File-Date of the registry that subtags are checked against, or `nil` when the resource could not be
    /// read and tags are only checked for well-formedness.
    public static var registryDate: String? {
        Registry.shared.fileDate
    }

    /// Parses and checks `text`; fails with an error-level problem when the tag is malformed or invalid.
    ///
    /// Allocates little (the canonical form, and arrays only for variants and extensions), so it is cheap
    /// enough to call per distinct attribute value of a large TMX file.
    public static func parse(_ text: String) -> Result<LanguageTag, Problem> {
        let registry = Registry.shared
        if text.utf8.count <= registry.longestTag, let record = registry.tags[text.lowercased()] {
            var canonical = record.form
            var deprecation: Problem?
            if case .deprecated(let replacement) = record.status {
                canonical = replacement ?? record.form
                deprecation = Problem(
                    tag: text, kind: .deprecated(record.form, record.kind, replacement: replacement),
                    suggestion: replacement)
            }
            return .success(LanguageTag(text: text, canonical: canonical, deprecation: deprecation))
        }
        var bytes = text
        return bytes.withUTF8 { buffer in
            Subtags.scan(buffer, tag: text).flatMap { $0.check(buffer, tag: text, against: registry) }
        }
    }

    /// The canonical form of `text`, or `text` as written when it is not a valid tag (`*all*`, `english`):
    /// what TMX merge and statistics use to bring `EN-us` and `en-US`, or `in` and `id`, together.
    public static func canonicalForm(of text: String) -> String {
        (try? parse(text).get())?.canonical ?? text
    }

    /// RFC 4647 basic filtering: whether the language range `range` (`en`, `zh-Hant`, or `*` for everything)
    /// selects this tag, case-insensitively. `en` matches `en` and `en-US` but not `eng`. The range is compared
    /// with the tag as written and with its canonical form, so `id` also selects a tag written `in`.
    public func matches(_ range: String) -> Bool {
        range == "*" || Self.filter(range, selects: text) || Self.filter(range, selects: canonical)
    }

    private static func filter(_ range: String, selects tag: String) -> Bool {
        guard !range.isEmpty else { return false }
        var tagBytes = tag.utf8.makeIterator()
        for rangeByte in range.utf8 {
            guard let tagByte = tagBytes.next(), ASCII.lowercase(tagByte) == ASCII.lowercase(rangeByte) else {
                return false
            }
        }
        guard let next = tagBytes.next() else { return true }
        return next == ASCII.hyphen
    }
}

extension LanguageTag {
    /// The part of a tag a problem is about.
    public enum SubtagKind: Sendable, Hashable {
        /// The primary language subtag (`id`, `en`).
        case language
        /// An extended language subtag (`yue` in `zh-yue`).
        case extlang
        /// A script subtag (`Latn`, `Hant`).
        case script
        /// A region subtag (`US`, `419`).
        case region
        /// A variant subtag (`1996`, `rozaj`).
        case variant
        /// The single-character subtag that starts an extension (`u` in `de-u-co-phonebk`).
        case singleton
        /// A whole grandfathered tag (`i-klingon`, `en-GB-oed`).
        case grandfathered
        /// A whole redundant tag (`zh-cmn-Hans`).
        case redundant

        /// How messages name this kind of subtag.
        var noun: String {
            switch self {
            case .language: return "language subtag"
            case .extlang: return "extended language subtag"
            case .script: return "script subtag"
            case .region: return "region subtag"
            case .variant: return "variant subtag"
            case .singleton: return "extension singleton"
            case .grandfathered: return "grandfathered tag"
            case .redundant: return "redundant tag"
            }
        }
    }

    /// Why a tag is not valid, or why a valid one should be replaced; the deprecated case is a warning, every
    /// other case an error.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// What kind of problem it is.
        public enum Kind: Sendable, Hashable {
            /// Not well-formed RFC 5646 syntax (`en_US`, `en-`, `123`); `reason` says what is wrong.
            case malformed(reason: String)
            /// Well-formed, but a subtag is not in the registry (`xx`, `ind`, `en-ZX`).
            case unknown(String, SubtagKind)
            /// A variant or extension singleton appears twice (`de-DE-1901-1901`, `en-a-bbb-a-ccc`).
            case repeated(String, SubtagKind)
            /// A registered extended language subtag that does not directly follow its prefix (`en-yue`).
            case misplacedExtlang(String, prefix: String)
            /// A deprecated subtag or tag, with its registered replacement if it has one (`in` → `id`).
            case deprecated(String, SubtagKind, replacement: String?)
        }

        /// The tag as written.
        public let tag: String
        /// What is wrong.
        public let kind: Kind
        /// A corrected tag to write instead, when one follows from the problem (`en-US` for `en_US`, the
        /// canonical form for a deprecated tag).
        public let suggestion: String?

        /// `.warning` for a deprecated but valid tag, `.error` otherwise.
        public var severity: Finding.Severity {
            if case .deprecated = kind { return .warning }
            return .error
        }

        /// What is wrong, as one sentence naming the tag and the subtag.
        public var message: String {
            switch kind {
            case .malformed(let reason):
                return "\"\(tag)\" is not a well-formed BCP 47 language tag: \(reason)"
            case .unknown(let subtag, let part):
                return "\(about(subtag)) is unknown: no such \(part.noun) in the IANA Language Subtag Registry"
            case .repeated(let subtag, let part):
                return "\"\(tag)\" repeats the \(part.noun) \"\(subtag)\""
            case .misplacedExtlang(let subtag, let prefix):
                return "\(about(subtag)) is an \(SubtagKind.extlang.noun) that may only directly follow \"\(prefix)\""
            case .deprecated(let subtag, let part, _):
                return "\(about(subtag)) is a deprecated \(part.noun)"
            }
        }

        /// What to do about it.
        public var remedy: String {
            if let suggestion { return "write \"\(suggestion)\"" }
            switch kind {
            case .malformed:
                return "write a tag such as id, en-US or zh-Hant-TW (RFC 5646)"
            case .unknown(_, let part):
                return Self.unknownRemedy(part)
            case .repeated(_, let part):
                return part == .variant ? "write each variant once" : "merge the two extensions into one"
            case .misplacedExtlang(let subtag, let prefix):
                return "write \"\(subtag)\" as the primary language, or \"\(prefix)-\(subtag)\""
            case .deprecated:
                return "the registry names no replacement; choose a current subtag"
            }
        }

        /// The message and the remedy, separated by `; `.
        public var description: String {
            message + "; " + remedy
        }

        private func about(_ subtag: String) -> String {
            subtag.count == tag.count ? "\"\(tag)\"" : "\"\(subtag)\" in \"\(tag)\""
        }

        private static func unknownRemedy(_ part: SubtagKind) -> String {
            switch part {
            case .language:
                return "use an ISO 639 code, not a name: the two-letter code where there is one (id and en, not "
                    + "ind or english), else the three-letter code; qaa to qtz are for private use"
            case .extlang:
                return "a three-letter subtag after the language is read as an extended language; "
                    + "regions are two letters (US) or three digits (419)"
            case .script:
                return "use an ISO 15924 script code such as Latn or Hant"
            case .region:
                return "use an ISO 3166-1 two-letter code (US, ID) or a UN M.49 three-digit code (419)"
            default:
                return "use a registered subtag, or put private information after -x-"
            }
        }
    }
}

/// ASCII byte classes and case mapping for the byte-level scan.
private enum ASCII {
    static let hyphen = UInt8(ascii: "-")
    static let x = UInt8(ascii: "x")

    static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
    static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    static func lowercase(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
    static func uppercase(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte & ~0x20 : byte }

    /// A distinct bit for each of the 35 extension singletons (a letter other than x, or a digit).
    static func singletonBit(_ byte: UInt8) -> UInt64 {
        let lower = lowercase(byte)
        return 1 << (isDigit(lower) ? UInt64(lower - UInt8(ascii: "0")) + 26 : UInt64(lower - UInt8(ascii: "a")))
    }

    /// A subtag of letters and digits (at most 8) packed into one integer, case-folded: the registry's key.
    static func key<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64(lowercase($1)) }
    }
}

/// The subtags of a well-formed tag, as byte ranges into it (RFC 5646 §2.1 `langtag` or `privateuse`).
private struct Subtags {
    var language = 0..<0
    var extlangs: [Range<Int>] = []
    var script: Range<Int>?
    var region: Range<Int>?
    var variants: [Range<Int>] = []
    /// Each extension from its singleton to its last subtag.
    var extensions: [Range<Int>] = []
    /// From the `x` singleton to the end of the tag.
    var privateUse: Range<Int>?

    /// Where in the `langtag` order the scan is; a subtag may only fill its own position or a later one.
    private enum Position: Int, Comparable {
        case language, extlang, script, region, variant, `extension`, privateUse

        static func < (lhs: Position, rhs: Position) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Splits `bytes` at hyphens and assigns every subtag its role, or reports why the tag is malformed or
    /// repeats a variant or singleton.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, tag: String) -> Result<Subtags, LanguageTag.Problem> {
        typealias Scanned = Result<Subtags, LanguageTag.Problem>
        func problem(_ kind: LanguageTag.Problem.Kind, suggestion: String? = nil) -> Scanned {
            .failure(LanguageTag.Problem(tag: tag, kind: kind, suggestion: suggestion))
        }
        func failure(_ reason: String, suggestion: String? = nil) -> Scanned {
            problem(.malformed(reason: reason), suggestion: suggestion)
        }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        if bytes.isEmpty { return failure("the tag is empty") }
        if let bad = tag.unicodeScalars.first(where: {
            !$0.isASCII || !(ASCII.isLetter(UInt8($0.value)) || ASCII.isDigit(UInt8($0.value)) || $0 == "-")
        }) {
            if bad == "_" {
                let hyphenated = tag.replacingOccurrences(of: "_", with: "-")
                let suggestion = (try? LanguageTag.parse(hyphenated).get())?.canonical ?? hyphenated
                return failure("underscores are not allowed", suggestion: suggestion)
            }
            let character = bad.escaped(asASCII: true)
            return failure("\"\(character)\" is not allowed; only ASCII letters, digits and hyphens are")
        }
        var subtags = Subtags()
        var position = Position.language
        var singletons: UInt64 = 0
        var sectionStart = 0
        var sectionHasSubtag = false
        func emptyExtension() -> Scanned {
            failure("extension \"\(text(sectionStart..<sectionStart + 1))\" has no subtags")
        }
        var start = 0
        while start <= bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != ASCII.hyphen { end += 1 }
            let range = start..<end
            start = end + 1
            if range.isEmpty { return failure("empty subtag (a hyphen at the start or end, or two in a row)") }
            if range.count > 8 { return failure("subtag \"\(text(range))\" is longer than 8 characters") }
            let letters = bytes[range].allSatisfy(ASCII.isLetter)
            let digits = bytes[range].allSatisfy(ASCII.isDigit)
            if position == .privateUse {
                sectionHasSubtag = true
            } else if position == .language {
                if range.count == 1 && ASCII.lowercase(bytes[range.lowerBound]) == ASCII.x {
                    position = .privateUse
                    subtags.privateUse = range.lowerBound..<bytes.count
                } else if letters && range.count >= 2 {
                    subtags.language = range
                    position = range.count <= 3 ? .extlang : .script
                } else {
                    return failure("it must start with a language subtag of 2 to 8 letters, or x- for private use")
                }
            } else if range.count == 1 {
                if position == .extension {
                    if !sectionHasSubtag { return emptyExtension() }
                    subtags.extensions.append(sectionStart..<range.lowerBound - 1)
                }
                sectionStart = range.lowerBound
                sectionHasSubtag = false
                if ASCII.lowercase(bytes[range.lowerBound]) == ASCII.x {
                    position = .privateUse
                    subtags.privateUse = range.lowerBound..<bytes.count
                } else {
                    let bit = ASCII.singletonBit(bytes[range.lowerBound])
                    if singletons & bit != 0 { return problem(.repeated(text(range), .singleton)) }
                    singletons |= bit
                    position = .extension
                }
            } else if position == .extension {
                sectionHasSubtag = true
            } else if position == .extlang && letters && range.count == 3 && subtags.extlangs.count < 3 {
                subtags.extlangs.append(range)
            } else if position <= .script && letters && range.count == 4 {
                subtags.script = range
                position = .region
            } else if position <= .region && (letters && range.count == 2 || digits && range.count == 3) {
                subtags.region = range
                position = .variant
            } else if position <= .variant
                && (range.count >= 5 || range.count == 4 && ASCII.isDigit(bytes[range.lowerBound]))
            {
                let key = ASCII.key(bytes[range])
                if subtags.variants.contains(where: { ASCII.key(bytes[$0]) == key }) {
                    return problem(.repeated(text(range), .variant))
                }
                subtags.variants.append(range)
                position = .variant
            } else {
                return failure("\"\(text(range))\" cannot stand here; the order is "
                    + "language-extlang-Script-REGION-variant-extensions-x-private")
            }
        }
        if position == .extension {
            if !sectionHasSubtag { return emptyExtension() }
            subtags.extensions.append(sectionStart..<bytes.count)
        }
        if position == .privateUse && !sectionHasSubtag { return failure("x must be followed by a private-use subtag") }
        return .success(subtags)
    }

    /// Checks every subtag against `registry` and builds the canonical form.
    func check(
        _ bytes: UnsafeBufferPointer<UInt8>, tag: String, against registry: Registry
    ) -> Result<LanguageTag, LanguageTag.Problem> {
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        }
        func problem(_ kind: LanguageTag.Problem.Kind) -> Result<LanguageTag, LanguageTag.Problem> {
            .failure(LanguageTag.Problem(tag: tag, kind: kind, suggestion: nil))
        }
        var output = Canonical(capacity: bytes.count + 8)
        var deprecated: (subtag: String, kind: LanguageTag.SubtagKind, replacement: String?)?
        /// Appends a subtag in `letterCase`, or its replacement; `false` if the registry does not have it.
        func emit(
            _ range: Range<Int>, _ kind: LanguageTag.SubtagKind, _ table: [UInt64: Registry.Status],
            _ letterCase: Canonical.Case
        ) -> Bool {
            var replacement: String?
            if registry.isLoaded {
                guard let status = table[ASCII.key(bytes[range])] else { return false }
                if case .deprecated(let preferred) = status {
                    replacement = preferred
                    if deprecated == nil { deprecated = (text(range), kind, preferred) }
                }
            }
            output.append(replacement, else: bytes[range], case: letterCase)
            return true
        }

        let isPrivateUseTag = privateUse?.lowerBound == 0
        if !isPrivateUseTag {
            var language = language
            var languageKind = LanguageTag.SubtagKind.language
            var extlangs = extlangs[...]
            if registry.isLoaded, let first = extlangs.first {
                guard registry.languages[ASCII.key(bytes[language])] != nil else {
                    return problem(.unknown(text(language), .language))
                }
                for extlang in extlangs {
                    guard let prefix = registry.extlangPrefixes[ASCII.key(bytes[extlang])] else {
                        return problem(.unknown(text(extlang), .extlang))
                    }
                    guard extlang == first, ASCII.key(prefix.utf8) == ASCII.key(bytes[language]) else {
                        return problem(.misplacedExtlang(text(extlang), prefix: prefix))
                    }
                }
                language = first
                languageKind = .extlang
                extlangs = []
            }
            guard emit(language, languageKind, registry.languages, .lower) else {
                return problem(.unknown(text(language), languageKind))
            }
            for extlang in extlangs { output.append(nil, else: bytes[extlang], case: .lower) }
            if let script, !emit(script, .script, registry.scripts, .title) {
                return problem(.unknown(text(script), .script))
            }
            if let region, !emit(region, .region, registry.regions, .upper) {
                return problem(.unknown(text(region), .region))
            }
            for variant in variants where !emit(variant, .variant, registry.variants, .lower) {
                return problem(.unknown(text(variant), .variant))
            }
            let singleton = { (section: Range<Int>) in ASCII.lowercase(bytes[section.lowerBound]) }
            for section in extensions.sorted(by: { singleton($0) < singleton($1) }) {
                output.append(nil, else: bytes[section], case: .lower)
            }
        }
        if let privateUse { output.append(nil, else: bytes[privateUse], case: .lower) }

        let canonical = output.string(reusing: tag)
        let deprecation = deprecated.map {
            LanguageTag.Problem(
                tag: tag, kind: .deprecated($0.subtag, $0.kind, replacement: $0.replacement),
                suggestion: canonical.lowercased() == tag.lowercased() ? nil : canonical)
        }
        return .success(LanguageTag(text: tag, canonical: canonical, deprecation: deprecation))
    }
}

/// The canonical form being built: subtags joined by hyphens, in their RFC 5646 §2.1.1 case.
private struct Canonical {
    enum Case { case lower, upper, title }

    private var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends `replacement` (already in canonical case) if there is one, else `original` in `letterCase`.
    mutating func append(
        _ replacement: String?, else original: Slice<UnsafeBufferPointer<UInt8>>, case letterCase: Case
    ) {
        if !bytes.isEmpty { bytes.append(ASCII.hyphen) }
        if let replacement {
            bytes.append(contentsOf: replacement.utf8)
            return
        }
        for (offset, byte) in zip(0..., original) {
            switch letterCase {
            case .lower: bytes.append(ASCII.lowercase(byte))
            case .upper: bytes.append(ASCII.uppercase(byte))
            case .title: bytes.append(offset == 0 ? ASCII.uppercase(byte) : ASCII.lowercase(byte))
            }
        }
    }

    /// The canonical form; `tag` itself when it is already canonical, so no new string is made.
    func string(reusing tag: String) -> String {
        tag.utf8.elementsEqual(bytes) ? tag : String(decoding: bytes, as: UTF8.self)
    }
}

/// The IANA Language Subtag Registry, read once from the `language-subtags.txt` resource.
private final class Registry: Sendable {
    /// Whether a subtag or tag is current or deprecated (with its Preferred-Value, if any).
    enum Status: Sendable, Hashable {
        case current
        case deprecated(replacement: String?)
    }

    /// A grandfathered tag or a deprecated redundant tag.
    struct Record: Sendable {
        let kind: LanguageTag.SubtagKind
        /// The tag in the registry's case.
        let form: String
        let status: Status
    }

    /// The registry's File-Date; `nil` when only the syntax is checked.
    let fileDate: String?
    let languages: [UInt64: Status]
    /// Every extended language subtag and the language subtag it must follow.
    let extlangPrefixes: [UInt64: String]
    let scripts: [UInt64: Status]
    let regions: [UInt64: Status]
    let variants: [UInt64: Status]
    /// Whole tags, keyed by their lowercase form.
    let tags: [String: Record]
    /// The length of the longest whole tag, so that longer tags skip the lookup.
    let longestTag: Int

    /// Whether subtags are checked against the registry.
    var isLoaded: Bool { fileDate != nil }

    /// The registry from the resource, or the syntax-only fallback when it is missing or unreadable.
    static let shared: Registry = {
        let text = (try? PadanResources.bytes(named: "language-subtags.txt")).map { String(decoding: $0, as: UTF8.self) } ?? ""
        return Registry(lines: text.split(separator: "\n"))
    }()

    /// The grandfathered tags that RFC 5646's grammar lists by name (`irregular`), because they do not follow
    /// the `langtag` syntax; the list is closed. The fallback without the registry accepts them as written.
    private static let irregular = [
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
    ]

    /// Reads the resource's lines (format in `scripts/make-language-subtags.py`), skipping unrecognised ones.
    /// Without a `file-date` line the registry is the syntax-only fallback: no subtags, and the irregular
    /// grandfathered tags as current tags.
    private init(lines: [Substring]) {
        var fileDate: String?
        var languages: [UInt64: Status] = [:]
        var extlangPrefixes: [UInt64: String] = [:]
        var scripts: [UInt64: Status] = [:]
        var regions: [UInt64: Status] = [:]
        var variants: [UInt64: Status] = [:]
        var tags: [String: Record] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields.count <= 3 else { continue }
            let name = String(fields[1])
            let third = fields.count == 3 ? String(fields[2]) : nil
            let status = third.map { Status.deprecated(replacement: $0 == "-" ? nil : $0) } ?? .current
            let key = ASCII.key(name.utf8.prefix(8))
            switch fields[0] {
            case "file-date": fileDate = name
            case "language": languages[key] = status
            case "extlang": extlangPrefixes[key] = third
            case "script": scripts[key] = status
            case "region": regions[key] = status
            case "variant": variants[key] = status
            case "grandfathered": tags[name.lowercased()] = Record(kind: .grandfathered, form: name, status: status)
            case "redundant": tags[name.lowercased()] = Record(kind: .redundant, form: name, status: status)
            default: continue
            }
        }
        if fileDate == nil {
            languages = [:]
            extlangPrefixes = [:]
            scripts = [:]
            regions = [:]
            variants = [:]
            tags = Dictionary(uniqueKeysWithValues: Self.irregular.map {
                ($0.lowercased(), Record(kind: .grandfathered, form: $0, status: .current))
            })
        }
        self.fileDate = fileDate
        self.languages = languages
        self.extlangPrefixes = extlangPrefixes
        self.scripts = scripts
        self.regions = regions
        self.variants = variants
        self.tags = tags
        longestTag = tags.values.map(\.form.utf8.count).max() ?? 0
    }
}
