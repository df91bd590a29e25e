internal import CLibXML2
import Glibc

/// Reads an XML document node by node with libxml2's `xmlTextReader`, safely.
///
/// padan reads SRX, TMX and TBX files that come from anywhere, so the reader is locked down: no network
/// access (`XML_PARSE_NONET`), no entity substitution, no external DTD loading and no DTD default attributes
/// (never `XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR` or `XML_PARSE_HUGE`). A document that
/// declares entities or uses an entity reference other than the five predefined ones (`&amp;` …) is refused,
/// so a hostile file can neither read local files (XXE) nor expand into gigabytes (billion laughs).
///
/// The input is either the complete raw bytes of a small file or an open file (`init(path:)`), which libxml2
/// reads in blocks, so a multi-gigabyte TMX is read in flat memory. libxml2 detects the encoding from the byte
/// order mark or the XML declaration, so UTF-16 files work. Streaming keeps memory proportional to the deepest
/// element, not to the document. Every error is a `PadanError(.malformed)` with the file and libxml2's line and
/// column.
public final class XMLStreamReader {
    /// The kinds of node the reader stops at.
    public enum NodeType: Sendable, Equatable {
        /// A start tag (`<x>` or `<x/>`; see `isEmptyElement`).
        case element
        /// An end tag (`</x>`); not reported for `<x/>`.
        case endElement
        /// Character data.
        case text
        /// A CDATA section's content.
        case cdata
        /// Whitespace-only character data.
        case whitespace
        /// A comment.
        case comment
        /// A processing instruction.
        case processingInstruction
        /// The `<!DOCTYPE …>` declaration.
        case documentType
        /// Anything else libxml2 reports (never an entity reference: those are errors).
        case other
    }

    /// Parser options on top of the fixed safe ones.
    public struct Options: OptionSet, Sendable {
        public let rawValue: Int
        /// Creates options from their raw value.
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Drop whitespace-only text between elements (`XML_PARSE_NOBLANKS`), for formats without mixed
        /// content.
        public static let dropBlankText = Options(rawValue: 1)
    }

    /// The file name used in error messages.
    public let path: String
    private let buffer: UnsafeMutableBufferPointer<CChar>?
    private let descriptor: Int32?
    /// The underlying `xmlTextReaderPtr`, for format code in this module that needs libxml2 directly.
    private(set) var reader: OpaquePointer?
    /// Errors libxml2 raised while reading; code in this module that calls libxml2's validation functions
    /// during the read drains its own messages from here.
    let log = LibXML.ErrorLog()
    /// The kind of the current node (meaningful after `read()` returned true).
    public private(set) var nodeType: NodeType = .other

    /// A reader over `bytes`, the complete raw content of the file `path`.
    public init(bytes: [UInt8], path: String, options: Options = []) throws(PadanError) {
        self.path = path
        guard !bytes.isEmpty else {
            throw PadanError(
                .malformed, file: path, line: 1, message: "the file is empty; expected an XML document",
                remedy: "check that you passed the right file")
        }
        guard bytes.count < Int(Int32.max) else {
            throw PadanError(
                .malformed, file: path, message: "the file is larger than 2 GB, too large to read at once",
                remedy: "read it with XMLStreamReader(path:), which streams")
        }
        // libxml2 reads from this copy without copying it again; it lives as long as the reader.
        let buffer = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes.lazy.map { CChar(bitPattern: $0) })
        self.buffer = buffer
        descriptor = nil
        let base = buffer.baseAddress
        let count = Int32(bytes.count)
        let flags = XMLStreamReader.flags(options)
        try start { xmlReaderForMemory(base, count, nil, nil, flags) }
    }

    /// A reader that streams the file at `path` (`-` for standard input) from disk in blocks.
    public init(path: String, options: Options = []) throws(PadanError) {
        self.path = path
        buffer = nil
        let descriptor = path == "-" ? STDIN_FILENO : open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw PadanError(
                .unreadable, file: path, message: "cannot open the file",
                remedy: "check that the path is right and that you may read it",
                cause: String(cString: strerror(errno)))
        }
        self.descriptor = descriptor
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            throw PadanError(
                .unreadable, file: path, message: "this is a directory, not an XML file",
                remedy: "pass the XML file itself")
        }
        let flags = XMLStreamReader.flags(options)
        try start { xmlReaderForFd(descriptor, nil, nil, flags) }
    }

    /// Only these options: never NOENT (entity substitution), DTDLOAD, DTDATTR or HUGE.
    private static func flags(_ options: Options) -> Int32 {
        var flags = Int32(XML_PARSE_NONET.rawValue) | Int32(XML_PARSE_BIG_LINES.rawValue)
        if options.contains(.dropBlankText) { flags |= Int32(XML_PARSE_NOBLANKS.rawValue) }
        return flags
    }

    private func start(_ create: () -> OpaquePointer?) throws(PadanError) {
        reader = try LibXML.capturingErrors(into: log) { () throws(PadanError) -> OpaquePointer? in create() }
        guard let reader else {
            throw PadanError(
                .malformed, file: path, message: "libxml2 could not start reading the file",
                remedy: "check that it is an XML document", cause: log.firstError?.message)
        }
        xmlTextReaderSetStructuredErrorHandler(
            reader, LibXML.structuredHandler, Unmanaged.passUnretained(log).toOpaque())
    }

    deinit {
        if let reader { xmlFreeTextReader(reader) }
        buffer?.deallocate()
        if let descriptor, descriptor != STDIN_FILENO { close(descriptor) }
    }

    /// Runs `body`, in which the caller reads the whole document, with libxml2's error handler installed once
    /// instead of once per `read()`: the difference matters when validating gigabytes node by node.
    public func withErrorCapture<Result>(_ body: () throws(PadanError) -> Result) throws(PadanError) -> Result {
        try LibXML.capturingErrors(into: log, body)
    }

    /// Moves to the next node; false at the end of the document. Throws for malformed XML and for entities.
    public func read() throws(PadanError) -> Bool {
        guard let reader else { return false }
        let result = try LibXML.capturingErrors(into: log) { () throws(PadanError) -> Int32 in
            xmlTextReaderRead(reader)
        }
        if !log.failures.isEmpty, let failure = log.firstError { throw error(for: failure) }
        if result < 0 {
            throw PadanError(
                .malformed, file: path, line: parserLine, message: "the file is not well-formed XML",
                remedy: "check it with xmllint --noout FILE")
        }
        if result == 0 {
            nodeType = .other
            return false
        }
        switch xmlTextReaderNodeType(reader) {
        case Int32(XML_READER_TYPE_ELEMENT.rawValue): nodeType = .element
        case Int32(XML_READER_TYPE_END_ELEMENT.rawValue): nodeType = .endElement
        case Int32(XML_READER_TYPE_TEXT.rawValue): nodeType = .text
        case Int32(XML_READER_TYPE_CDATA.rawValue): nodeType = .cdata
        case Int32(XML_READER_TYPE_WHITESPACE.rawValue), Int32(XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue):
            nodeType = .whitespace
        case Int32(XML_READER_TYPE_COMMENT.rawValue): nodeType = .comment
        case Int32(XML_READER_TYPE_PROCESSING_INSTRUCTION.rawValue): nodeType = .processingInstruction
        case Int32(XML_READER_TYPE_DOCUMENT_TYPE.rawValue):
            nodeType = .documentType
            if declaresEntities(reader) { throw entityError(line: parserLine) }
        case Int32(XML_READER_TYPE_ENTITY_REFERENCE.rawValue), Int32(XML_READER_TYPE_ENTITY.rawValue),
            Int32(XML_READER_TYPE_END_ENTITY.rawValue):
            throw entityError(line: line)
        default: nodeType = .other
        }
        return true
    }

    /// The local name of the current element, end element or processing instruction (`seg` for `<tmx:seg>`).
    public var localName: String {
        guard let reader else { return "" }
        return LibXML.string(xmlTextReaderConstLocalName(reader)) ?? ""
    }

    /// The namespace URI of the current node, or nil when it has none.
    public var namespaceURI: String? {
        guard let reader else { return nil }
        return LibXML.string(xmlTextReaderConstNamespaceUri(reader))
    }

    /// The text of a text, CDATA, whitespace, comment or processing-instruction node; nil for elements.
    public var value: String? {
        guard let reader else { return nil }
        return LibXML.string(xmlTextReaderConstValue(reader))
    }

    /// The value of the current element's attribute `name` (in `namespace`, when given), or nil.
    public func attribute(named name: String, namespace: String? = nil) -> String? {
        guard let reader, nodeType == .element else { return nil }
        let found = LibXML.withXMLString(name) { name in
            if let namespace {
                return LibXML.withXMLString(namespace) { xmlTextReaderMoveToAttributeNs(reader, name, $0) }
            }
            return xmlTextReaderMoveToAttribute(reader, name)
        }
        guard found == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return LibXML.string(xmlTextReaderConstValue(reader)) ?? ""
    }

    /// All attributes of the current element as (qualified name, value) pairs, in document order.
    public func attributes() -> [(name: String, value: String)] {
        guard let reader, nodeType == .element, xmlTextReaderHasAttributes(reader) == 1 else { return [] }
        var result: [(name: String, value: String)] = []
        var more = xmlTextReaderMoveToFirstAttribute(reader)
        while more == 1 {
            let name = LibXML.string(xmlTextReaderConstName(reader)) ?? ""
            result.append((name, LibXML.string(xmlTextReaderConstValue(reader)) ?? ""))
            more = xmlTextReaderMoveToNextAttribute(reader)
        }
        xmlTextReaderMoveToElement(reader)
        return result
    }

    /// The 1-based line of the current node: where its start tag (or text) is, else where the parser is
    /// (`xmlTextReaderGetParserLineNumber`).
    public var line: Int {
        guard let reader else { return 0 }
        if let node = xmlTextReaderCurrentNode(reader) {
            let line = xmlGetLineNo(node)
            if line > 0 { return Int(line) }
        }
        return parserLine
    }

    /// The line the parser has reached, which may be ahead of the current node.
    public var parserLine: Int {
        guard let reader else { return 0 }
        return Int(xmlTextReaderGetParserLineNumber(reader))
    }

    /// Nesting depth of the current node (the root element is at depth 0).
    public var depth: Int {
        guard let reader else { return 0 }
        return Int(xmlTextReaderDepth(reader))
    }

    /// Whether the current element is written `<x/>` (no end element follows).
    public var isEmptyElement: Bool {
        guard let reader, nodeType == .element else { return false }
        return xmlTextReaderIsEmptyElement(reader) == 1
    }

    /// Reads the text content of the current element up to its end tag, and stops on that end tag. Comments
    /// and processing instructions are skipped; a child element is an error (formats with inline markup must
    /// walk the nodes themselves).
    public func readElementText() throws(PadanError) -> String {
        guard nodeType == .element else {
            throw PadanError(
                .malformed, file: path, line: line, message: "expected an element here",
                remedy: "this is a bug in padan; please report it with the file")
        }
        if isEmptyElement { return "" }
        let name = localName
        let startDepth = depth
        var text = ""
        while try read() {
            switch nodeType {
            case .text, .cdata, .whitespace: text += value ?? ""
            case .endElement where depth == startDepth: return text
            case .element:
                throw malformed("<\(localName)> is not allowed inside <\(name)>", remedy: "<\(name)> holds text only")
            default: continue
            }
        }
        throw malformed("the document ends inside <\(name)>", remedy: "check that the file is complete")
    }

    /// A `.malformed` error at the current node's line, for format parsers built on this reader.
    public func malformed(_ message: String, remedy: String? = nil) -> PadanError {
        PadanError(.malformed, file: path, line: line, message: message, remedy: remedy)
    }

    /// Whether the DTD node the reader stands on declares general or parameter entities.
    private func declaresEntities(_ reader: OpaquePointer) -> Bool {
        guard let node = xmlTextReaderCurrentNode(reader), node.pointee.type == XML_DTD_NODE else { return false }
        let dtd = UnsafeMutableRawPointer(node).assumingMemoryBound(to: xmlDtd.self).pointee
        for table in [dtd.entities, dtd.pentities] {
            if let table, xmlHashSize(OpaquePointer(table)) > 0 { return true }
        }
        var child = dtd.children
        while let current = child {
            if current.pointee.type == XML_ENTITY_DECL { return true }
            child = current.pointee.next
        }
        return false
    }

    private func entityError(line: Int) -> PadanError {
        PadanError(
            .malformed, file: path, line: line > 0 ? line : nil,
            message: "entity references are not allowed: padan never expands entities in input",
            remedy: "replace each entity with the text it stands for, or with a character reference such as &#233;")
    }

    /// libxml2 error codes that mean the document declares or uses entities.
    private static let entityErrorCodes: Set<Int32> = [17, 21, 26, 27, 28, 29, 30, 88, 89, 90, 104]

    private func error(for failure: LibXML.Failure) -> PadanError {
        if XMLStreamReader.entityErrorCodes.contains(failure.code) {
            // libxml2 may count lines inside the entity's replacement text; the parser's position is in the file.
            var error = entityError(line: parserLine > 0 ? parserLine : failure.line ?? 0)
            error.cause = failure.message
            return error
        }
        return PadanError(
            .malformed, file: path, line: failure.line ?? parserLine, column: failure.column,
            message: "the file is not well-formed XML", remedy: "check it with xmllint --noout FILE",
            cause: failure.message)
    }
}
