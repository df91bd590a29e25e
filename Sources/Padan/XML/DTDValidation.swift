internal import CLibXML2
import Glibc

/// Validates a document against a DTD padan ships, while `XMLStreamReader` streams it.
///
/// libxml2's reader can only validate against the DTD a document names, which would mean loading files the
/// document chooses (`XML_PARSE_DTDLOAD`): exactly what padan refuses for untrusted input. Instead the trusted
/// DTD is parsed once from padan's own resource, and each node the reader reaches is fed to libxml2's
/// streaming validation API (`xmlValidatePushElement`, `xmlValidatePushCData`, `xmlValidatePopElement`,
/// `xmlValidateOneAttribute`), which checks content models with compiled automata and holds one state per open
/// element: memory stays flat however long the document. The messages are libxml2's own (as `xmllint --dtdvalid`
/// prints them). The type owns the DTD, a document shell that carries it, and the validation context, and frees
/// them in `deinit`.
final class DTDValidation {
    private let document: xmlDocPtr
    private let dtd: xmlDtdPtr
    private let context: xmlValidCtxtPtr
    private var openElements: [xmlNodePtr] = []
    /// The #REQUIRED attributes of each declared element, looked up once per element declaration.
    private var requiredAttributes: [UnsafeMutableRawPointer: [(name: String, prefix: String?)]] = [:]

    /// Parses `dtdBytes` (a trusted DTD shipped with padan). `name` is used in errors.
    init(dtdBytes: [UInt8], name: String) throws(PadanError) {
        let log = LibXML.ErrorLog()
        let parsed = try LibXML.capturingErrors(into: log) { () throws(PadanError) -> xmlDtdPtr? in
            dtdBytes.withUnsafeBufferPointer { buffer -> xmlDtdPtr? in
                buffer.withMemoryRebound(to: CChar.self) { chars -> xmlDtdPtr? in
                    guard let input = xmlParserInputBufferCreateMem(chars.baseAddress, Int32(chars.count), XML_CHAR_ENCODING_NONE)
                    else { return nil }
                    // xmlIOParseDTD takes ownership of the input buffer.
                    return xmlIOParseDTD(nil, input, XML_CHAR_ENCODING_NONE)
                }
            }
        }
        guard let parsed, let document = xmlNewDoc(nil), let context = xmlNewValidCtxt() else {
            throw PadanError(
                .malformed, file: name, message: "padan's DTD could not be parsed",
                remedy: "reinstall padan; the file in its resources is damaged", cause: log.firstError?.message)
        }
        parsed.pointee.doc = document
        document.pointee.extSubset = parsed
        self.dtd = parsed
        self.document = document
        self.context = context
    }

    deinit {
        // Elements left open by a document that ended early: pop them so libxml2 frees their automata, with
        // the messages that raises going nowhere.
        if !openElements.isEmpty {
            _ = try? LibXML.capturingErrors(into: LibXML.ErrorLog()) { () throws(PadanError) in
                while let node = openElements.popLast() { _ = xmlValidatePopElement(context, document, node, nil) }
            }
        }
        xmlFreeValidCtxt(context)
        // Frees the DTD too (it is the document's external subset).
        xmlFreeDoc(document)
    }

    /// Checks the element `node` (just read, attributes included) against its parent's content model, its
    /// attributes against their declarations, and that its #REQUIRED attributes are present. libxml2 reports the
    /// problems through the installed error handler. Returns the required attributes that are missing.
    func startElement(_ node: xmlNodePtr) -> [String] {
        guard let name = node.pointee.name else { return [] }
        _ = xmlValidatePushElement(context, document, node, name)
        openElements.append(node)
        var attribute = node.pointee.properties
        while let current = attribute {
            let value = current.pointee.children?.pointee.content
            if let value, current.pointee.children?.pointee.next == nil {
                _ = xmlValidateOneAttribute(context, document, node, current, value)
            } else if let joined = xmlNodeListGetString(document, current.pointee.children, 1) {
                _ = xmlValidateOneAttribute(context, document, node, current, joined)
                free(joined)
            } else {
                _ = xmlValidateOneAttribute(context, document, node, current, LibXML.emptyString.utf8Start)
            }
            attribute = current.pointee.next
        }
        return missingRequiredAttributes(of: node, name: name)
    }

    /// Checks character data against the current element's content model (text is not allowed where only
    /// elements are, nor in EMPTY elements).
    func characters(_ text: UnsafePointer<xmlChar>, length: Int32) {
        _ = xmlValidatePushCData(context, text, length)
    }

    /// Checks that the innermost open element's content is complete.
    func endElement() {
        guard let node = openElements.popLast() else { return }
        _ = xmlValidatePopElement(context, document, node, node.pointee.name)
    }

    private func missingRequiredAttributes(of node: xmlNodePtr, name: UnsafePointer<xmlChar>) -> [String] {
        guard let declaration = xmlGetDtdElementDesc(dtd, name) else { return [] }
        let key = UnsafeMutableRawPointer(declaration)
        let required: [(name: String, prefix: String?)]
        if let known = requiredAttributes[key] {
            required = known
        } else {
            var list: [(name: String, prefix: String?)] = []
            var attribute = declaration.pointee.attributes
            while let current = attribute {
                if current.pointee.def == XML_ATTRIBUTE_REQUIRED, let attributeName = current.pointee.name {
                    list.append((String(cString: attributeName), current.pointee.prefix.map { String(cString: $0) }))
                }
                attribute = current.pointee.nexth
            }
            requiredAttributes[key] = list
            required = list
        }
        var missing: [String] = []
        for attribute in required where LibXML.attributeValue(of: node, attribute.name, prefix: attribute.prefix) == nil {
            missing.append(attribute.prefix.map { "\($0):\(attribute.name)" } ?? attribute.name)
        }
        return missing
    }
}
