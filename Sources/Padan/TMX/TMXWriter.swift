/// Streams a TMX 1.4b document through libxml2's `xmlTextWriter`: the prolog and header first, then one unit
/// at a time, so memory does not grow with the number of units.
///
/// The document carries `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` and is indented one element per line (Perl's
/// XML::TMX and other line-oriented readers see no units in a one-line file). A file is written to a temporary
/// name and renamed into place by `finish()`; a writer abandoned before that leaves any old file untouched.
public final class TMXWriter {
    private let xml: XMLWriter
    /// Units written so far.
    public private(set) var unitCount = 0

    /// A writer that streams into `path`, replacing it when `finish()` succeeds.
    public convenience init(path: String, header: TMXHeader) throws(PadanError) {
        try self.init(xml: XMLWriter(path: path), header: header)
    }

    /// A writer that collects the document in memory; read it with `bytes` after `finish()`.
    public convenience init(header: TMXHeader) throws(PadanError) {
        try self.init(xml: XMLWriter(), header: header)
    }

    private init(xml: XMLWriter, header: TMXHeader) throws(PadanError) {
        self.xml = xml
        try xml.withErrorCapture { () throws(PadanError) in
            try xml.startDocument()
            try xml.docType(name: "tmx", systemID: "tmx14.dtd")
            try xml.startElement("tmx")
            try xml.attribute("version", "1.4")
            try xml.startElement("header")
            for attribute in header.attributes { try xml.attribute(attribute.name, attribute.value) }
            try write(header.annotations)
            try write(header.userDefinedEncodings)
            try xml.endElement()
            try xml.startElement("body")
        }
    }

    /// The standard header padan writes: `creationtool="padan"`, its version, `o-tmf="padan"`,
    /// `adminlang="en"`, `segtype="sentence"` and the given data type, source language and creation date.
    public static func header(
        sourceLanguage: String, creationDate: String, dataType: String = "plaintext",
        annotations: [TMXAnnotation] = []
    ) -> TMXHeader {
        TMXHeader(
            attributes: [
                TMXAttribute("creationtool", "padan"),
                TMXAttribute("creationtoolversion", PadanVersion.current),
                TMXAttribute("datatype", dataType),
                TMXAttribute("segtype", "sentence"),
                TMXAttribute("o-tmf", "padan"),
                TMXAttribute("adminlang", "en"),
                TMXAttribute("srclang", sourceLanguage),
                TMXAttribute("creationdate", creationDate),
            ], annotations: annotations)
    }

    /// Writes one `<tu>` with its notes, props and variants.
    public func write(_ unit: TMXUnit) throws(PadanError) {
        try xml.withErrorCapture { () throws(PadanError) in
            try xml.startElement("tu")
            for attribute in unit.attributes { try xml.attribute(attribute.name, attribute.value) }
            try write(unit.annotations)
            for variant in unit.variants {
                try xml.startElement("tuv")
                try xml.attribute("xml:lang", variant.language)
                for attribute in variant.attributes { try xml.attribute(attribute.name, attribute.value) }
                try write(variant.annotations)
                try xml.startMixedElement("seg")
                try write(variant.segment)
                try xml.endMixedElement()
                try xml.endElement()
            }
            try xml.endElement()
        }
        unitCount += 1
    }

    /// Closes the body and the document and, for a file, renames it into place.
    public func finish() throws(PadanError) {
        try xml.finish()
    }

    /// The document written to an in-memory writer, after `finish()`.
    public var bytes: [UInt8] { xml.bytes }

    private func write(_ annotations: [TMXAnnotation]) throws(PadanError) {
        for annotation in annotations {
            try xml.startElement(annotation.kind.rawValue)
            for attribute in annotation.attributes { try xml.attribute(attribute.name, attribute.value) }
            try xml.text(annotation.text)
            try xml.endElement(full: true)
        }
    }

    private func write(_ content: [TMXInline]) throws(PadanError) {
        for item in content {
            switch item {
            case .text(let text): try xml.text(text)
            case .element(let name, let attributes, let children):
                try xml.startElement(name)
                for attribute in attributes { try xml.attribute(attribute.name, attribute.value) }
                try write(children)
                try xml.endElement()
            }
        }
    }
}
