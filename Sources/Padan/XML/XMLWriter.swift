internal import CLibXML2
import Glibc

/// Streams an XML document through libxml2's `xmlTextWriter`, to a file or to memory.
///
/// padan writes SRX, TMX and TBX; all of them go through this one type so that escaping, encoding (UTF-8,
/// XML 1.0) and error handling are done once and by libxml2 rather than by string concatenation. Output is
/// indented with two spaces because line-oriented TMX tools expect one element per line.
///
/// A file is written through an `AtomicFile`: libxml2 hands its output buffer to a write callback as it
/// fills, so memory stays flat however large the document, and the file only replaces the destination when
/// `finish()` succeeds. A writer that is abandoned (an error was thrown, or it was never finished) leaves the
/// destination untouched.
///
/// Every call checks libxml2's return code and throws `PadanError(.unwritable)` naming the output; libxml2's
/// own message, if it has one, becomes the error's `cause`. The type owns the `xmlTextWriterPtr` (and, through
/// it, the output buffer) for its whole life, like swift-markdown owns its cmark nodes: it is freed exactly
/// once, by `finish()` or by `deinit`.
public final class XMLWriter {
    /// Where libxml2's output goes; the write callback's context.
    private final class Sink {
        let file: AtomicFile?
        let toStandardOutput: Bool
        var bytes: [UInt8] = []
        var error: PadanError?

        init(file: AtomicFile?, toStandardOutput: Bool = false) {
            self.file = file
            self.toStandardOutput = toStandardOutput
        }

        func write(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
            guard error == nil else { return false }
            if toStandardOutput {
                if AtomicFile.writeAll(UnsafeRawBufferPointer(buffer), to: STDOUT_FILENO) { return true }
                error = PadanError(
                    .unwritable, file: "<stdout>", message: "writing to standard output failed",
                    remedy: "check the pipe or file standard output goes to", cause: String(cString: strerror(errno)))
                return false
            }
            guard let file else {
                bytes.append(contentsOf: buffer)
                return true
            }
            do {
                try file.write(buffer)
                return true
            } catch {
                self.error = error
                return false
            }
        }
    }

    /// The destination path, or `<memory>` for an in-memory writer; used in error messages.
    public let path: String
    private let sink: Sink
    private var writer: OpaquePointer?
    private let log = LibXML.ErrorLog()
    private var openElements: [String] = []
    private var finished = false
    private let indent: Bool

    /// A writer that streams into `path`, replacing it atomically when `finish()` succeeds; `-` streams to
    /// standard output.
    /// Indents nested elements unless `indent` is false (mixed content such as HTML paragraphs must not be
    /// indented: the whitespace would show).
    public convenience init(path: String, indent: Bool = true) throws(PadanError) {
        if path == "-" {
            try self.init(path: "<stdout>", sink: Sink(file: nil, toStandardOutput: true), indent: indent)
        } else {
            try self.init(path: path, sink: Sink(file: AtomicFile(path: path)), indent: indent)
        }
    }

    /// A writer that collects the document in memory; read it with `bytes` after `finish()`.
    public convenience init(indent: Bool = true) throws(PadanError) {
        try self.init(path: "<memory>", sink: Sink(file: nil), indent: indent)
    }

    private init(path: String, sink: Sink, indent: Bool) throws(PadanError) {
        self.path = path
        self.indent = indent
        self.sink = sink
        let context = Unmanaged.passUnretained(sink).toOpaque()
        let writer = try LibXML.capturingErrors(into: log) { () throws(PadanError) -> OpaquePointer? in
            let output = xmlOutputBufferCreateIO(
                { context, buffer, length in
                    guard let context, let buffer, length >= 0 else { return -1 }
                    let sink = Unmanaged<Sink>.fromOpaque(context).takeUnretainedValue()
                    let bytes = UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self)
                    return sink.write(UnsafeBufferPointer(start: bytes, count: Int(length))) ? length : -1
                },
                { _ in 0 }, context, nil)
            guard let output else { return nil }
            // On success the text writer owns the output buffer and closes it in xmlFreeTextWriter.
            guard let writer = xmlNewTextWriter(output) else {
                xmlOutputBufferClose(output)
                return nil
            }
            return writer
        }
        guard let writer else { throw failure("libxml2 could not create an XML writer") }
        self.writer = writer
        try check("setting the indentation") { xmlTextWriterSetIndent($0, indent ? 1 : 0) }
        try check("setting the indentation") { writer in
            LibXML.withXMLString("  ") { xmlTextWriterSetIndentString(writer, $0) }
        }
    }

    deinit {
        if let writer {
            _ = try? LibXML.capturingErrors(into: log) { () throws(PadanError) in xmlFreeTextWriter(writer) }
        }
    }

    /// The document written to an in-memory writer (empty for a file writer or before `finish()`).
    public var bytes: [UInt8] { finished ? sink.bytes : [] }

    /// Writes the XML declaration: version 1.0, encoding UTF-8.
    public func startDocument() throws(PadanError) {
        try check("starting the document") { writer in
            LibXML.withXMLString("UTF-8") { xmlTextWriterStartDocument(writer, "1.0", $0, nil) }
        }
    }

    /// Writes `<!DOCTYPE name PUBLIC "publicID" "systemID">` (or `SYSTEM "systemID"` without a public id),
    /// as TMX files carry `<!DOCTYPE tmx SYSTEM "tmx14.dtd">`.
    public func docType(name: String, publicID: String? = nil, systemID: String?) throws(PadanError) {
        try validate(name, what: "the DOCTYPE name")
        // With indentation on, libxml2 breaks the line before SYSTEM; line-oriented readers want one line.
        try check("writing the DOCTYPE") { xmlTextWriterSetIndent($0, 0) }
        try check("writing the DOCTYPE") { writer in
            LibXML.withXMLString(name) { name in
                LibXML.withOptionalXMLString(publicID) { publicID in
                    LibXML.withOptionalXMLString(systemID) { systemID in
                        xmlTextWriterStartDTD(writer, name, publicID, systemID)
                    }
                }
            }
        }
        try check("writing the DOCTYPE") { [indent] in xmlTextWriterSetIndent($0, indent ? 1 : 0) }
        try check("writing the DOCTYPE") { xmlTextWriterEndDTD($0) }
    }

    /// Opens element `name`. With `namespace`, the element declares it (`xmlns="…"`, or `xmlns:prefix="…"`
    /// with `prefix`, written after the element's other attributes); children without a namespace argument
    /// inherit it as usual in XML.
    public func startElement(_ name: String, namespace: String? = nil, prefix: String? = nil) throws(PadanError) {
        try validate(name, what: "an element name")
        if namespace == nil && prefix == nil {
            try check("opening <\(name)>") { writer in
                LibXML.withXMLString(name) { xmlTextWriterStartElement(writer, $0) }
            }
        } else {
            try check("opening <\(name)>") { writer in
                LibXML.withOptionalXMLString(prefix) { prefix in
                    LibXML.withXMLString(name) { name in
                        LibXML.withOptionalXMLString(namespace) { namespace in
                            xmlTextWriterStartElementNS(writer, prefix, name, namespace)
                        }
                    }
                }
            }
        }
        openElements.append(prefix.map { "\($0):\(name)" } ?? name)
    }

    /// Adds an attribute to the element just opened; the value is escaped (`&`, `<`, `"`, line breaks).
    public func attribute(_ name: String, _ value: String) throws(PadanError) {
        try validate(name, what: "an attribute name")
        try validate(value, what: "the value of attribute \(name)")
        try check("writing attribute \(name)") { writer in
            LibXML.withXMLString(name) { name in
                LibXML.withXMLString(value) { xmlTextWriterWriteAttribute(writer, name, $0) }
            }
        }
    }

    /// Writes character data; `&`, `<`, `>` and `"` are escaped, everything else (any Unicode text) is written
    /// as UTF-8.
    public func text(_ text: String) throws(PadanError) {
        try validate(text, what: "text")
        try check("writing text") { writer in
            LibXML.withXMLString(text) { xmlTextWriterWriteString(writer, $0) }
        }
    }

    /// Writes `<!--comment-->`; the comment must not contain `--`, which XML forbids there.
    public func comment(_ comment: String) throws(PadanError) {
        try validate(comment, what: "a comment")
        if comment.contains("--") || comment.hasSuffix("-") {
            throw PadanError(
                .unwritable, file: path, message: "an XML comment cannot contain \"--\" or end with \"-\"",
                remedy: "this is a bug in padan; please report it with the command you ran")
        }
        try check("writing a comment") { writer in
            LibXML.withXMLString(comment) { xmlTextWriterWriteComment(writer, $0) }
        }
    }

    /// Writes an element holding only text: `<name>text</name>`.
    public func element(_ name: String, text: String) throws(PadanError) {
        try startElement(name)
        try self.text(text)
        try endElement()
    }

    /// Opens an element with mixed content (a TMX `<seg>` with inline codes) on its own line and stops
    /// indenting inside it: a line break before a child element would change the segment's text.
    public func startMixedElement(_ name: String) throws(PadanError) {
        try startElement(name)
        try check("opening <\(name)>") { xmlTextWriterSetIndent($0, 0) }
    }

    /// Closes the element `startMixedElement` opened, as `</x>`, and indents again after it.
    public func endMixedElement() throws(PadanError) {
        try check("closing an element") { [indent] in xmlTextWriterSetIndent($0, indent ? 1 : 0) }
        // libxml2 indents an end tag unless text was written last; an empty text marks that, so the end tag
        // stays on the content's line and the line ends after it.
        try text("")
        try endElement(full: true)
    }

    /// Closes the innermost open element: as `<x/>` when nothing was written inside it, or always as `</x>`
    /// with `full` (HTML reads `<div/>` as an opening tag).
    public func endElement(full: Bool = false) throws(PadanError) {
        guard let name = openElements.popLast() else {
            throw PadanError(
                .unwritable, file: path, message: "endElement() without an open element",
                remedy: "this is a bug in padan; please report it with the command you ran")
        }
        try check("closing <\(name)>") { full ? xmlTextWriterFullEndElement($0) : xmlTextWriterEndElement($0) }
    }

    /// Closes every open element and ends the document.
    public func endDocument() throws(PadanError) {
        try check("ending the document") { xmlTextWriterEndDocument($0) }
        openElements.removeAll()
    }

    /// Flushes everything, frees the libxml2 writer and, for a file, renames it into place. Nothing can be
    /// written afterwards.
    public func finish() throws(PadanError) {
        guard let writer else { throw closedError() }
        if !openElements.isEmpty { try endDocument() }
        try check("flushing the output") { xmlTextWriterFlush($0) }
        self.writer = nil
        // Frees the output buffer too, which flushes its last bytes through the write callback.
        try LibXML.capturingErrors(into: log) { () throws(PadanError) in xmlFreeTextWriter(writer) }
        if let error = sink.error { throw error }
        if let failure = log.firstError { throw self.failure("writing failed", cause: failure.message) }
        try sink.file?.commit()
        finished = true
    }

    /// Runs `body`, which makes many writer calls, with libxml2's error handler installed once around all of
    /// them instead of around each call: writing a million TMX units is several times faster.
    public func withErrorCapture<Result>(_ body: () throws(PadanError) -> Result) throws(PadanError) -> Result {
        try LibXML.capturingErrors(into: log, body)
    }

    /// Runs one libxml2 writer call and turns a negative return code into a `PadanError`.
    private func check(_ what: @autoclosure () -> String, _ call: (OpaquePointer) -> Int32) throws(PadanError) {
        guard let writer else { throw closedError() }
        let result = try LibXML.capturingErrors(into: log) { () throws(PadanError) -> Int32 in call(writer) }
        if result < 0 {
            if let error = sink.error { throw error }
            throw failure("\(what()) failed", cause: log.firstError?.message)
        }
    }

    private func validate(_ string: String, what: @autoclosure () -> String) throws(PadanError) {
        if let scalar = LibXML.firstNonXMLCharacter(in: string) {
            throw PadanError(
                .unwritable, file: path, message: "\(what()) contains \(LibXML.codePoint(scalar)), which XML 1.0 cannot represent",
                remedy: "remove control characters from the input (for example with tr -d '\\000-\\010')")
        }
    }

    private func failure(_ message: String, cause: String? = nil) -> PadanError {
        PadanError(
            .unwritable, file: path, message: message,
            remedy: "check free disk space and permissions; the existing file was left as it was", cause: cause)
    }

    private func closedError() -> PadanError {
        PadanError(
            .unwritable, file: path, message: "the XML writer was already finished",
            remedy: "this is a bug in padan; please report it with the command you ran")
    }
}
