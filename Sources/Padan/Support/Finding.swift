/// One problem found in a file by a checker (glossary lint, TMX validation, terminology QA).
///
/// Findings are data, not errors: a checker collects all of them so a person can fix a file in one pass.
/// Lines and columns are 1-based, as editors and compilers count them (modelled on swift-format's `Finding`).
public struct Finding: Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Comparable {
        /// Breaks the file or its meaning; must be fixed.
        case error
        /// Works, but is probably a mistake.
        case warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// The file the problem is in.
    public var file: String
    /// 1-based line, if known.
    public var line: Int?
    /// 1-based column, if known.
    public var column: Int?
    /// Error or warning.
    public var severity: Severity
    /// A stable rule name (`duplicate-id`, `missing-preferred`…) for filtering and for scripts.
    public var rule: String
    /// What is wrong.
    public var message: String
    /// What to do about it.
    public var remedy: String?

    /// Creates a finding.
    public init(
        file: String, line: Int? = nil, column: Int? = nil, severity: Severity = .error, rule: String,
        message: String, remedy: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.rule = rule
        self.message = message
        self.remedy = remedy
    }

    /// `FILE:LINE:COLUMN: severity: message [rule]; remedy`.
    public var description: String {
        var text = PadanError.location(file: file, line: line, column: column)
        text += "\(severity.rawValue): \(message) [\(rule)]"
        if let remedy { text += "; " + remedy }
        return text
    }
}
