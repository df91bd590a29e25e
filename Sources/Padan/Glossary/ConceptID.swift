import Foundation

/// Concept ids for imported entries that have none (or a duplicate): a kebab-case slug of a term, made unique.
enum ConceptID {
    /// A kebab-case id from a term: lower-case ASCII letters and digits joined by hyphens.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().applyingTransform(.stripDiacritics, reverse: false)?.unicodeScalars ?? text.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty && !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "concept" : out
    }

    /// The slug of `text`, or `slug-2`, `slug-3`… if taken; the id returned is added to `used`.
    static func unique(from text: String, used: inout Set<String>) -> String {
        let base = slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }
}
