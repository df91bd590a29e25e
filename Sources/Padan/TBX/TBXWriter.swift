/// Writes a glossary as TBX: v3 TBX-Basic (DCA style) for current tools, or TBX 2008 (`<martif>`) for OmegaT
/// and translate-toolkit, which read only that.
///
/// Output is deterministic (concepts in glossary order, every term with explicit type and status), so export →
/// import → export gives the same bytes.
public enum TBXWriter {
    /// The two TBX generations padan writes.
    public enum Format: Sendable {
        /// ISO 30042:2019, TBX-Basic dialect, DCA style, namespace `urn:iso:std:iso:30042:ed-2`.
        case v3
        /// ISO 30042:2008 `<martif type="TBX">` with TBX-Basic data categories.
        case tbx2008
    }

    /// Writes `glossary` to `path` (atomically).
    public static func write(_ glossary: Glossary, format: Format, to path: String) throws(PadanError) {
        let writer = try XMLWriter(path: path)
        try emit(glossary, format: format, into: writer)
        try writer.finish()
    }

    /// The TBX document as bytes.
    public static func bytes(_ glossary: Glossary, format: Format) throws(PadanError) -> [UInt8] {
        let writer = try XMLWriter()
        try emit(glossary, format: format, into: writer)
        try writer.finish()
        return writer.bytes
    }

    private static func emit(_ glossary: Glossary, format: Format, into writer: XMLWriter) throws(PadanError) {
        let v3 = format == .v3
        try writer.startDocument()
        if v3 {
            try writer.startElement("tbx", namespace: TBXVocabulary.namespace)
            try writer.attribute("type", "TBX-Basic")
            try writer.attribute("style", "dca")
        } else {
            try writer.startElement("martif")
            try writer.attribute("type", "TBX-Basic")
        }
        try writer.attribute("xml:lang", "en")
        try writer.startElement(v3 ? "tbxHeader" : "martifHeader")
        try writer.startElement("fileDesc")
        try writer.startElement("sourceDesc")
        try writer.element("p", text: "padan Indonesian-English termbase, \(glossary.concepts.count) concepts")
        try writer.endElement()
        try writer.endElement()
        if !v3 {
            try writer.startElement("encodingDesc")
            try writer.startElement("p")
            try writer.attribute("type", "XCSURI")
            try writer.text("TBXBasicXCSV02.xcs")
            try writer.endElement()
            try writer.endElement()
        }
        try writer.endElement()
        try writer.startElement("text")
        try writer.startElement("body")
        for concept in glossary.concepts {
            try writer.startElement(v3 ? "conceptEntry" : "termEntry")
            try writer.attribute("id", concept.id)
            try writer.startElement("descrip")
            try writer.attribute("type", "subjectField")
            try writer.text(concept.domain)
            try writer.endElement()
            if !concept.note.isEmpty { try writer.element("note", text: concept.note) }
            if !concept.source.isEmpty {
                try writer.startElement("admin")
                try writer.attribute("type", "source")
                try writer.text(concept.source)
                try writer.endElement()
            }
            for language in GlossaryLanguage.allCases {
                try writer.startElement(v3 ? "langSec" : "langSet")
                try writer.attribute("xml:lang", language.rawValue)
                for term in concept.terms(language) {
                    try writer.startElement(v3 ? "termSec" : "tig")
                    try writer.element("term", text: term.text)
                    try termNote(writer, "termType", TBXVocabulary.termType(term.type))
                    try termNote(writer, "administrativeStatus", TBXVocabulary.status(term.status))
                    if let partOfSpeech = term.partOfSpeech { try termNote(writer, "partOfSpeech", partOfSpeech.rawValue) }
                    try writer.endElement()
                }
                try writer.endElement()
            }
            try writer.endElement()
        }
        try writer.endElement()
        try writer.endElement()
        try writer.endElement()
        try writer.endDocument()
    }

    private static func termNote(_ writer: XMLWriter, _ type: String, _ value: String) throws(PadanError) {
        try writer.startElement("termNote")
        try writer.attribute("type", type)
        try writer.text(value)
        try writer.endElement()
    }
}
