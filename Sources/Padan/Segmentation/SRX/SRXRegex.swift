import Foundation

/// A compiled ICU regular expression, as SRX specifies its patterns.
///
/// `NSRegularExpression` is ICU's engine on every platform, so patterns behave as in other ICU-based SRX
/// tools. The expression is immutable and safe to share between threads (Foundation documents it so), hence
/// `@unchecked Sendable`.
final class SRXRegex: @unchecked Sendable {
    /// The pattern as written.
    let pattern: String
    /// The compiled expression.
    let expression: NSRegularExpression

    /// Compiles `pattern`; on failure throws a `.malformed` error saying which pattern (`what`) is wrong.
    init(_ pattern: String, caseInsensitive: Bool = false, what: String) throws(PadanError) {
        self.pattern = pattern
        do {
            // An empty pattern (`<beforebreak/>`) matches the empty string; ICU refuses to compile "".
            expression = try NSRegularExpression(
                pattern: pattern.isEmpty ? "(?:)" : pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        } catch {
            throw PadanError(
                .malformed, message: "\(what) is not a valid ICU regular expression: \(pattern)",
                remedy: "fix the pattern (SRX uses ICU regular expression syntax)", cause: "\(error)")
        }
    }

    /// Whether the expression matches the whole of `string`.
    func matchesWhole(_ string: String) -> Bool {
        let range = NSRange(string.startIndex..., in: string)
        guard let match = expression.firstMatch(in: string, options: [.anchored], range: range) else { return false }
        return match.range == range
    }
}
