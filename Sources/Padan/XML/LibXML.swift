internal import CLibXML2

/// Process-wide libxml2 set-up and the error capture that `XMLWriter` and `XMLStreamReader` share.
///
/// libxml2 reports errors through callbacks and, when no callback is installed, prints them to standard error.
/// Library code must not print, so every call into libxml2 that can fail runs inside `capturingErrors`, which
/// routes the messages into a Swift array for the `PadanError` that is thrown instead.
enum LibXML {
    /// One libxml2 error as padan reports it.
    struct Failure: Sendable {
        /// libxml2's `xmlParserErrors` code.
        var code: Int32
        /// `XML_ERR_WARNING` (1), `XML_ERR_ERROR` (2) or `XML_ERR_FATAL` (3).
        var level: Int32
        /// The message without its trailing newline.
        var message: String
        /// 1-based line, when libxml2 knows it.
        var line: Int?
        /// 1-based column, when libxml2 knows it.
        var column: Int?

        /// Whether this is an error (not a warning).
        var isError: Bool { level >= 2 }
    }

    /// Collects the errors raised while it is installed.
    final class ErrorLog {
        var failures: [Failure] = []

        /// The first error (not warning) recorded, if any.
        var firstError: Failure? { failures.first(where: \.isError) }

        func record(_ error: xmlError) {
            var message = error.message.map { String(cString: $0) } ?? "unknown libxml2 error"
            while message.last == "\n" || message.last == " " { message.removeLast() }
            failures.append(
                Failure(
                    code: Int32(error.code), level: Int32(error.level.rawValue), message: message,
                    line: error.line > 0 ? Int(error.line) : nil, column: error.int2 > 0 ? Int(error.int2) : nil))
        }
    }

    /// Initialises libxml2 once per process (`xmlInitParser` must run before threads use the library).
    static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// The structured error callback: `context` is an unretained `ErrorLog`.
    static let structuredHandler: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        Unmanaged<ErrorLog>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
    }

    /// Runs `body` with libxml2's thread-local structured error handler pointing at `log`, then restores the
    /// previous handler. Errors that libxml2 raises without a parser context (writer and I/O errors) land in
    /// `log` instead of on standard error. When the handler already points at `log` (a caller captures around a
    /// whole document and each call inside captures again), `body` just runs: one check instead of installing
    /// and restoring the handler for every node or element.
    static func capturingErrors<Result>(into log: ErrorLog, _ body: () throws(PadanError) -> Result)
        throws(PadanError) -> Result
    {
        _ = initialized
        let context = Unmanaged.passUnretained(log).toOpaque()
        let savedContext = __xmlStructuredErrorContext()?.pointee
        let savedHandler = __xmlStructuredError()?.pointee
        let install = savedContext != context
        if install { xmlSetStructuredErrorFunc(context, structuredHandler) }
        defer { if install { xmlSetStructuredErrorFunc(savedContext ?? nil, savedHandler ?? nil) } }
        return try withExtendedLifetime(log) { () throws(PadanError) -> Result in try body() }
    }

    /// The value of the attribute `name` (in the namespace whose prefix is `prefix`, e.g. `xml` for `xml:lang`;
    /// nil for an attribute without prefix) of an element node the reader has built, as libxml2 holds it: no
    /// copy, valid while the node is. Nil when the element has no such attribute.
    static func attributeValue(of node: xmlNodePtr, _ name: String, prefix: String? = nil) -> UnsafePointer<xmlChar>? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let attributeName = current.pointee.name, xmlStrEqual(attributeName, name) == 1 {
                let attributePrefix = current.pointee.ns?.pointee.prefix
                let prefixMatches = prefix.map { wanted in attributePrefix.map { xmlStrEqual($0, wanted) == 1 } ?? false }
                    ?? (attributePrefix == nil)
                if prefixMatches {
                    // An attribute written as name="" has no text child.
                    return UnsafePointer(current.pointee.children?.pointee.content) ?? emptyString.utf8Start
                }
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// A NUL-terminated empty string with static storage, for an attribute whose value is empty.
    static let emptyString: StaticString = ""

    /// Calls `body` with `string` as a NUL-terminated `xmlChar` pointer.
    static func withXMLString<Result>(_ string: String, _ body: (UnsafePointer<xmlChar>) -> Result) -> Result {
        string.withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: string.utf8.count + 1, body)
        }
    }

    /// Like `withXMLString`, passing nil for a nil string.
    static func withOptionalXMLString<Result>(_ string: String?, _ body: (UnsafePointer<xmlChar>?) -> Result)
        -> Result
    {
        guard let string else { return body(nil) }
        return withXMLString(string) { body($0) }
    }

    /// A Swift string from a libxml2 string that libxml2 keeps ownership of.
    static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    /// Whether XML 1.0 can carry the scalar: not a C0 control other than tab, line feed and carriage return,
    /// and not the non-characters U+FFFE and U+FFFF.
    static func isXMLCharacter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return !((value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE || value == 0xFFFF)
    }

    /// The character XML 1.0 cannot carry that starts at `bytes[index]` (UTF-8), or nil: a byte scan, so that
    /// text that is all right costs one comparison per byte.
    static func nonXMLCharacter(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar? {
        let byte = bytes[index]
        if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return Unicode.Scalar(byte) }
        // U+FFFE and U+FFFF are EF BF BE and EF BF BF in UTF-8.
        if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE {
            return Unicode.Scalar(0xFF00 | UInt32(bytes[index + 2]))
        }
        return nil
    }

    /// The scalar as `U+0001`, for messages about characters XML cannot carry.
    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// The first character of `string` that XML 1.0 cannot carry, or nil.
    static func firstNonXMLCharacter(in string: String) -> Unicode.Scalar? {
        if let found = string.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.indices.lazy.compactMap { nonXMLCharacter(in: bytes, at: $0) }.first
        }) {
            return found
        }
        return string.unicodeScalars.first { !isXMLCharacter($0) }
    }
}
