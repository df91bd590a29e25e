/// An error padan reports to a person: what went wrong, where, and what to do about it.
///
/// Every loader and command in padan throws this type (or wraps a lower-level error in it) so that the
/// command-line tool can print one consistent line: `FILE:LINE:COLUMN: message (remedy)`, and choose the exit
/// status from `code`. Modelled on SwiftNIO's `FileSystemError`: a code, a message that says how to remedy the
/// problem, and the underlying cause when there is one.
public struct PadanError: Error, Sendable, CustomStringConvertible {
    /// The broad kind of failure; the command-line tool maps every kind to exit status 2.
    public enum Code: String, Sendable {
        /// A file or directory could not be found, opened or read.
        case unreadable
        /// The input's bytes are not text in the expected encoding, or the file is binary.
        case encoding
        /// The input is text but not of the expected structure (malformed XML, bad SRX, bad TSV).
        case malformed
        /// The caller asked for something impossible (bad option value, unknown language).
        case usage
        /// Writing an output failed; the previous file, if any, is left intact.
        case unwritable
    }

    /// What kind of failure this is.
    public var code: Code
    /// The file the problem is in (`-` for standard input), if any.
    public var file: String?
    /// 1-based line of the problem, if known.
    public var line: Int?
    /// 1-based column (in Unicode scalars) of the problem, if known.
    public var column: Int?
    /// 0-based byte offset of the problem in the file, if known.
    public var byteOffset: Int?
    /// What went wrong, as one sentence.
    public var message: String
    /// What the user should do about it.
    public var remedy: String?
    /// A lower-level description of the cause (for example the C library's own message).
    public var cause: String?

    /// Creates an error; see the properties for the meaning of each argument.
    public init(
        _ code: Code, file: String? = nil, line: Int? = nil, column: Int? = nil, byteOffset: Int? = nil,
        message: String, remedy: String? = nil, cause: String? = nil
    ) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.byteOffset = byteOffset
        self.message = message
        self.remedy = remedy
        self.cause = cause
    }

    /// `FILE:LINE:COLUMN: ` (as much of it as is known), the prefix compilers and editors understand.
    public var location: String {
        guard let file else { return "" }
        return PadanError.location(file: file, line: line, column: column)
    }

    /// `FILE:LINE:COLUMN: ` with whatever of line and column is known; errors and findings both use it.
    static func location(file: String, line: Int?, column: Int?) -> String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text + ": "
    }

    /// One line: location, message, remedy and cause.
    public var description: String {
        var text = location + message
        if let byteOffset, line == nil { text += " (byte offset \(byteOffset))" }
        if let cause { text += " [\(cause)]" }
        if let remedy { text += "; " + remedy }
        return text
    }
}
