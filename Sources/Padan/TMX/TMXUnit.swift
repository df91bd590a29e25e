/// One attribute of a TMX element, kept in document order so that a unit read and written again keeps its
/// attributes as the producing tool wrote them.
public struct TMXAttribute: Sendable, Hashable {
    /// The qualified name (`tuid`, `xml:lang`, `o-encoding`).
    public var name: String
    /// The value, unescaped.
    public var value: String

    /// Creates an attribute.
    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}

extension [TMXAttribute] {
    /// The value of the attribute `name`, or nil.
    public subscript(name: String) -> String? {
        first(where: { $0.name == name })?.value
    }

    /// Sets, replaces or (with nil) removes the attribute `name`, keeping the others in order.
    public mutating func set(_ name: String, _ value: String?) {
        if let index = firstIndex(where: { $0.name == name }) {
            if let value { self[index].value = value } else { remove(at: index) }
        } else if let value {
            append(TMXAttribute(name, value))
        }
    }
}

/// A `<note>` or a `<prop>` of a header, unit or variant. TMX lets them come in any order, so they share one
/// list that keeps the order they were written in.
public struct TMXAnnotation: Sendable, Hashable {
    /// Which of the two elements this is.
    public enum Kind: String, Sendable, Hashable {
        /// `<note>`: free text for people.
        case note
        /// `<prop type="…">`: a tool-specific property.
        case prop
    }

    /// Note or prop.
    public var kind: Kind
    /// All attributes (`type` for a prop, `xml:lang`, `o-encoding`).
    public var attributes: [TMXAttribute]
    /// The text content.
    public var text: String

    /// Creates a note or prop.
    public init(_ kind: Kind, attributes: [TMXAttribute] = [], text: String) {
        self.kind = kind
        self.attributes = attributes
        self.text = text
    }

    /// A `<prop type="type">text</prop>`.
    public static func prop(_ type: String, _ text: String) -> TMXAnnotation {
        TMXAnnotation(.prop, attributes: [TMXAttribute("type", type)], text: text)
    }

    /// A `<note>text</note>`.
    public static func note(_ text: String) -> TMXAnnotation {
        TMXAnnotation(.note, text: text)
    }
}

/// Content of a `<seg>` (and of inline elements): text and the inline elements `bpt`, `ept`, `it`, `ph`,
/// `hi`, `ut` and `sub`, nested as in the file. Keeping the tree instead of flattening it to text is what lets
/// `padan tmx merge` write formatting codes back exactly as it read them.
public indirect enum TMXInline: Sendable, Hashable {
    /// Character data.
    case text(String)
    /// An inline element with its attributes and content.
    case element(name: String, attributes: [TMXAttribute], content: [TMXInline])
}

extension [TMXInline] {
    /// The translatable text: character data outside codes, including the text of `hi` highlights and of
    /// `sub` sub-flows, without the native codes held by `bpt`, `ept`, `it`, `ph` and `ut`.
    public var plainText: String {
        var text = ""
        appendPlainText(to: &text, insideCode: false)
        return text
    }

    private func appendPlainText(to text: inout String, insideCode: Bool) {
        for item in self {
            switch item {
            case .text(let string): if !insideCode { text += string }
            case .element(let name, _, let content):
                switch name {
                case "hi": content.appendPlainText(to: &text, insideCode: false)
                case "sub": content.appendPlainText(to: &text, insideCode: false)
                default: content.appendPlainText(to: &text, insideCode: true)
                }
            }
        }
    }
}

/// One `<tuv>`: a segment in one language.
public struct TMXVariant: Sendable, Hashable {
    /// The language tag as written (`xml:lang`, or `lang` in TMX 1.1).
    public var language: String
    /// The other attributes (`creationdate`, `creationid`, …), in order.
    public var attributes: [TMXAttribute]
    /// Notes and props, in order.
    public var annotations: [TMXAnnotation]
    /// The segment's content.
    public var segment: [TMXInline]
    /// 1-based line of the `<tuv>` in the file it was read from (0 when built in memory).
    public var line: Int

    /// Creates a variant.
    public init(
        language: String, attributes: [TMXAttribute] = [], annotations: [TMXAnnotation] = [],
        segment: [TMXInline], line: Int = 0
    ) {
        self.language = language
        self.attributes = attributes
        self.annotations = annotations
        self.segment = segment
        self.line = line
    }

    /// A variant holding plain text.
    public init(language: String, text: String) {
        self.init(language: language, segment: text.isEmpty ? [] : [.text(text)])
    }
}

/// One `<tu>`: a translation unit, its properties and its variants.
public struct TMXUnit: Sendable, Hashable {
    /// All attributes (`tuid`, `srclang`, `creationdate`, …), in order.
    public var attributes: [TMXAttribute]
    /// Notes and props, in order.
    public var annotations: [TMXAnnotation]
    /// The variants, in order.
    public var variants: [TMXVariant]
    /// 1-based line of the `<tu>` in the file it was read from (0 when built in memory).
    public var line: Int

    /// Creates a unit.
    public init(
        attributes: [TMXAttribute] = [], annotations: [TMXAnnotation] = [], variants: [TMXVariant] = [],
        line: Int = 0
    ) {
        self.attributes = attributes
        self.annotations = annotations
        self.variants = variants
        self.line = line
    }

    /// The unit's `tuid`, if it has one.
    public var id: String? { attributes["tuid"] }

    /// A hash of what the unit says, ignoring its id, props, notes and the order of its variants: each variant's
    /// language (case-insensitively) and segment (inline codes included). Exact duplicate units have the same
    /// hash; `padan tmx merge --dedupe` drops by it and `padan tmx stats` counts by it.
    public var contentHash: Int {
        var hasher = Hasher()
        for variant in variants.sorted(by: { $0.language.lowercased() < $1.language.lowercased() }) {
            hasher.combine(variant.language.lowercased())
            hasher.combine(variant.segment)
        }
        return hasher.finalize()
    }

    /// The first variant whose language equals `language`, ignoring case (BCP 47 tags are case-insensitive).
    public func variant(in language: String) -> TMXVariant? {
        variants.first { $0.language.caseInsensitiveEquals(language) }
    }
}

/// The `<header>` of a TMX document.
public struct TMXHeader: Sendable, Hashable {
    /// All attributes, in order.
    public var attributes: [TMXAttribute]
    /// Notes and props, in order.
    public var annotations: [TMXAnnotation]
    /// `<ude>` user-defined encodings, kept as elements so they are written back as read.
    public var userDefinedEncodings: [TMXInline]

    /// Creates a header.
    public init(
        attributes: [TMXAttribute], annotations: [TMXAnnotation] = [], userDefinedEncodings: [TMXInline] = []
    ) {
        self.attributes = attributes
        self.annotations = annotations
        self.userDefinedEncodings = userDefinedEncodings
    }

    /// The source language (`srclang`), or nil when missing.
    public var sourceLanguage: String? { attributes["srclang"] }
}

extension String {
    /// ASCII case-insensitive equality, the comparison BCP 47 tags and TMX language codes need.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let left = utf8
        let right = other.utf8
        guard left.count == right.count else { return false }
        for (a, b) in zip(left, right) where a != b {
            let lowerA = a >= 0x41 && a <= 0x5A ? a | 0x20 : a
            let lowerB = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            if lowerA != lowerB { return false }
        }
        return true
    }
}
