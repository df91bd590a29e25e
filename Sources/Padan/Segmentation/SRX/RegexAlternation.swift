/// Builds compact ICU regular expressions that match exactly one of a list of words.
///
/// The SRX export turns word lists of hundreds of abbreviations into a few rules. A flat `a|b|c…` alternation
/// makes ICU try every word at every candidate position; factoring common prefixes (`D(?:r(?:s|a)?|s)`) lets a
/// mismatch fail at the first character, and keeps the exported file shorter.
enum RegexAlternation {
    /// A pattern matching exactly one of `words` (as a non-capturing group), or a pattern that never matches
    /// when `words` is empty.
    static func pattern<Words: Sequence>(for words: Words) -> String where Words.Element == String {
        pattern(for: words, escape: escape)
    }

    /// Like `pattern(for:)`, writing each character with `escape` (which may expand it into a pattern, such as
    /// a space into a whitespace class).
    static func pattern<Words: Sequence>(for words: Words, escape: (Unicode.Scalar) -> String) -> String
    where Words.Element == String {
        let root = Node()
        var any = false
        for word in words where !word.isEmpty {
            root.insert(Array(word.unicodeScalars)[...])
            any = true
        }
        guard any else { return "(?!)" }
        return "(?:" + root.pattern(escape) + ")"
    }

    /// Escapes `scalar` for use outside a character class: ICU's metacharacters get a backslash.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        #"\^$.|?*+()[]{}"#.unicodeScalars.contains(scalar) ? "\\" + String(scalar) : String(scalar)
    }

    private final class Node {
        var children: [Unicode.Scalar: Node] = [:]
        var isWord = false

        func insert(_ scalars: ArraySlice<Unicode.Scalar>) {
            guard let first = scalars.first else {
                isWord = true
                return
            }
            let child = children[first] ?? Node()
            children[first] = child
            child.insert(scalars.dropFirst())
        }

        /// The pattern for the words below this node (without the node's own character).
        func pattern(_ escape: (Unicode.Scalar) -> String) -> String {
            let branches = children.sorted { $0.key.value < $1.key.value }.map { key, child in
                escape(key) + child.pattern(escape)
            }
            if branches.isEmpty { return "" }
            if branches.count == 1 && !isWord {
                return branches[0]
            }
            let group = branches.count == 1 ? branches[0] : branches.joined(separator: "|")
            if isWord {
                // Greedy: the longer word is tried first, the shorter one on backtracking.
                return "(?:" + group + ")?"
            }
            return "(?:" + group + ")"
        }
    }
}
