/// Candidate base forms of an Indonesian word, for look-ups and term matching.
///
/// Two levels, kept apart on purpose: *inflection* (clitics `-nya -lah -kah -pun -ku -mu` and reduplication
/// `negara-negara`) never changes what a word means, so it is always safe; *derivation* (prefixes `meN- di- ber-
/// ter- peN- ke- se-`, suffixes `-kan -i -an` and confixes) can turn *kementerian* (ministry) into *menteri*
/// (minister) or *pemerintah* (government) into *perintah* (command), so callers use it only where a concept
/// allows it or where a person checks the result (look-ups, ranked below exact matches).
public enum IndonesianMorphology {
    static let clitics = ["nya", "lah", "kah", "pun", "ku", "mu"]

    /// Base forms reachable by removing one clitic or undoing reduplication (`negara-negara` → `negara`),
    /// not including the word itself. Words are normalised (lower case).
    public static func inflectionalBases(of word: String) -> [String] {
        var bases: [String] = []
        if let hyphen = word.firstIndex(of: "-") {
            let first = word[..<hyphen]
            let second = word[word.index(after: hyphen)...]
            if first == second || second.hasPrefix(first) { bases.append(String(first)) }
        }
        for clitic in clitics where word.count > clitic.count + 2 && word.hasSuffix(clitic) {
            bases.append(String(word.dropLast(clitic.count)))
        }
        return bases
    }

    /// Base forms reachable by removing derivational affixes (with the nasal of `meN-`/`peN-` restored), not
    /// including inflectional bases or the word itself. Every candidate has at least three letters.
    public static func derivationalBases(of word: String) -> [String] {
        var results = Set<String>()
        var stems = [word] + inflectionalBases(of: word)
        for suffix in ["kan", "an", "i"] {
            for stem in stems where stem.count > suffix.count + 2 && stem.hasSuffix(suffix) {
                stems.append(String(stem.dropLast(suffix.count)))
            }
        }
        for stem in stems {
            results.formUnion(removingPrefixes(stem))
            if stem != word { results.insert(stem) }
        }
        results.remove(word)
        return results.filter { $0.count >= 3 }.sorted()
    }

    /// Prefix removal with the morphophonemic rules of `meN-`/`peN-`: `mem+p`, `men+t`, `meng+k`, `meny+s`.
    static func removingPrefixes(_ word: String) -> [String] {
        var out: [String] = []
        func strip(_ prefix: String) -> String? {
            word.hasPrefix(prefix) && word.count > prefix.count + 2 ? String(word.dropFirst(prefix.count)) : nil
        }
        for prefix in ["di", "ber", "be", "ter", "ke", "se", "per"] {
            if let rest = strip(prefix) { out.append(rest) }
        }
        for nasal in ["me", "pe"] {
            guard word.hasPrefix(nasal) else { continue }
            if let rest = strip(nasal + "ng") {
                out.append(rest)
                out.append("k" + rest)
            }
            if let rest = strip(nasal + "ny") { out.append("s" + rest) }
            if let rest = strip(nasal + "m") {
                out.append(rest)
                out.append("p" + rest)
            }
            if let rest = strip(nasal + "n") {
                out.append(rest)
                out.append("t" + rest)
            }
            if let rest = strip(nasal) { out.append(rest) }
        }
        return out
    }
}
