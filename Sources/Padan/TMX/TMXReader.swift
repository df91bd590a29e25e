/// Reads a TMX document (versions 1.1 to 1.4) one unit at a time with libxml2's `xmlTextReader`.
///
/// The header is read when the reader is created; `next()` then returns each `<tu>` in order, with every
/// attribute, note, prop and inline element kept, so a unit can be written back unchanged. TMX 1.1's `lang`
/// attribute is read as the variant's language. Memory holds one unit at a time, whatever the file's size.
/// Input is parsed as untrusted: no network, no DTD loading, no entities (see `XMLStreamReader`), so a TMX that
/// names `tmx14.dtd` or any other DTD is read without fetching it.
public final class TMXReader {
    /// The file name used in errors.
    public var path: String { xml.path }
    /// The header.
    public private(set) var header = TMXHeader(attributes: [])
    /// The `version` attribute of `<tmx>` (`1.4`, `1.1`…), if present.
    public private(set) var version: String?
    private let xml: XMLStreamReader
    private var finished = false

    /// A reader that streams the file at `path` (`-` for standard input).
    public convenience init(path: String) throws(PadanError) {
        try self.init(xml: XMLStreamReader(path: path))
    }

    /// A reader over the complete bytes of a file.
    public convenience init(bytes: [UInt8], path: String) throws(PadanError) {
        try self.init(xml: XMLStreamReader(bytes: bytes, path: path))
    }

    private init(xml: XMLStreamReader) throws(PadanError) {
        self.xml = xml
        try readPrologue()
    }

    /// The next unit, or nil after the last one.
    public func next() throws(PadanError) -> TMXUnit? {
        guard !finished else { return nil }
        while try xml.read() {
            switch xml.nodeType {
            case .element where xml.localName == "tu": return try readUnit()
            case .element:
                throw xml.malformed("<\(xml.localName)> is not allowed in <body>", remedy: "<body> holds <tu> elements only")
            case .endElement where xml.localName == "body":
                finished = true
                try readEpilogue()
                return nil
            default: continue
            }
        }
        throw xml.malformed("the document ends inside <body>", remedy: "check that the file is complete")
    }

    /// Reads up to the first unit: `<tmx>`, the header and `<body>`.
    private func readPrologue() throws(PadanError) {
        var sawHeader = false
        while try xml.read() {
            guard xml.nodeType == .element else { continue }
            switch xml.localName {
            case "tmx" where xml.depth == 0:
                version = xml.attribute(named: "version")
            case "header":
                header = try readHeader()
                sawHeader = true
            case "body":
                guard sawHeader else {
                    throw xml.malformed("<body> comes before <header>", remedy: "a TMX file has <header> then <body>")
                }
                if xml.isEmptyElement { finished = true }
                return
            default:
                if xml.depth == 0 {
                    throw xml.malformed(
                        "the root element is <\(xml.localName)>, not <tmx>", remedy: "pass a TMX file")
                }
                throw xml.malformed("<\(xml.localName)> is not allowed in <tmx>", remedy: "<tmx> holds <header> and <body>")
            }
        }
        throw xml.malformed("the document has no <body>", remedy: "check that this is a complete TMX file")
    }

    /// Checks nothing but well-formedness follows `</body>`.
    private func readEpilogue() throws(PadanError) {
        while try xml.read() {
            if xml.nodeType == .element {
                throw xml.malformed("<\(xml.localName)> after </body>", remedy: "<tmx> ends after <body>")
            }
        }
    }

    private func attributes() -> [TMXAttribute] {
        xml.attributes().map { TMXAttribute($0.name, $0.value) }
    }

    private func readHeader() throws(PadanError) -> TMXHeader {
        var header = TMXHeader(attributes: attributes())
        if xml.isEmptyElement { return header }
        let depth = xml.depth
        while try xml.read() {
            switch xml.nodeType {
            case .element:
                switch xml.localName {
                case "note", "prop": header.annotations.append(try readAnnotation())
                case "ude": header.userDefinedEncodings.append(try readElement())
                default:
                    throw xml.malformed("<\(xml.localName)> is not allowed in <header>", remedy: "<header> holds <note>, <prop> and <ude>")
                }
            case .endElement where xml.depth == depth: return header
            default: continue
            }
        }
        throw xml.malformed("the document ends inside <header>", remedy: "check that the file is complete")
    }

    private func readAnnotation() throws(PadanError) -> TMXAnnotation {
        let kind: TMXAnnotation.Kind = xml.localName == "note" ? .note : .prop
        let attributes = attributes()
        return TMXAnnotation(kind, attributes: attributes, text: try xml.readElementText())
    }

    private func readUnit() throws(PadanError) -> TMXUnit {
        var unit = TMXUnit(attributes: attributes(), line: xml.line)
        if xml.isEmptyElement { return unit }
        let depth = xml.depth
        while try xml.read() {
            switch xml.nodeType {
            case .element:
                switch xml.localName {
                case "note", "prop": unit.annotations.append(try readAnnotation())
                case "tuv": unit.variants.append(try readVariant())
                default:
                    throw xml.malformed("<\(xml.localName)> is not allowed in <tu>", remedy: "<tu> holds <note>, <prop> and <tuv>")
                }
            case .endElement where xml.depth == depth: return unit
            default: continue
            }
        }
        throw xml.malformed("the document ends inside <tu>", remedy: "check that the file is complete")
    }

    private func readVariant() throws(PadanError) -> TMXVariant {
        let line = xml.line
        var language = ""
        var others: [TMXAttribute] = []
        for attribute in attributes() {
            // TMX 1.4 writes xml:lang; TMX 1.1 wrote lang.
            if attribute.name == "xml:lang" || (attribute.name == "lang" && language.isEmpty) {
                language = attribute.value
            } else {
                others.append(attribute)
            }
        }
        var variant = TMXVariant(language: language, attributes: others, segment: [], line: line)
        if xml.isEmptyElement { return variant }
        let depth = xml.depth
        while try xml.read() {
            switch xml.nodeType {
            case .element:
                switch xml.localName {
                case "note", "prop": variant.annotations.append(try readAnnotation())
                case "seg": variant.segment = try readInline()
                default:
                    throw xml.malformed("<\(xml.localName)> is not allowed in <tuv>", remedy: "<tuv> holds <note>, <prop> and <seg>")
                }
            case .endElement where xml.depth == depth: return variant
            default: continue
            }
        }
        throw xml.malformed("the document ends inside <tuv>", remedy: "check that the file is complete")
    }

    /// Reads the current element and its whole subtree as an inline element.
    private func readElement() throws(PadanError) -> TMXInline {
        let name = xml.localName
        let attributes = attributes()
        return .element(name: name, attributes: attributes, content: try readInline())
    }

    /// Reads the content of the current element (text and inline elements) up to its end tag.
    private func readInline() throws(PadanError) -> [TMXInline] {
        if xml.isEmptyElement { return [] }
        let depth = xml.depth
        var content: [TMXInline] = []
        while try xml.read() {
            switch xml.nodeType {
            case .text, .cdata, .whitespace:
                let text = xml.value ?? ""
                if case .text(let previous) = content.last {
                    content[content.count - 1] = .text(previous + text)
                } else {
                    content.append(.text(text))
                }
            case .element: content.append(try readElement())
            case .endElement where xml.depth == depth: return content
            default: continue
            }
        }
        throw xml.malformed("the document ends inside an element", remedy: "check that the file is complete")
    }
}
