extension IndonesianMorphology {
    /// The affixed forms of a verb base that name the same action (`kirim` → `mengirim`, `dikirim`,
    /// `dikirimkan`, `mengirimi`, `pengiriman`, `terkirim` …), the base included, generated forward with the
    /// nasal rules of `meN-`/`peN-` (initial `k p t s` dropped, kept as well for loan clusters like `kritik`).
    ///
    /// Agent nouns (`peN-` alone: `pengirim` sender, `pemerintah` government from `perintah` command) and bare
    /// `ke-`/`se-` (ordinals, "one") are not generated: they name other concepts.
    public static func affixedForms(ofBase base: String) -> Set<String> {
        guard base.count >= 2 else { return [] }
        var forms: Set<String> = [base]
        let verbal = nasalized("me", base) + ["di" + base, "ter" + base, "memper" + base, "diper" + base]
            + (base.hasPrefix("r") ? ["te" + base] : [])
        let stems = [base] + verbal
        for stem in stems {
            forms.insert(stem)
            forms.insert(stem + "kan")
            if !stem.hasSuffix("i") { forms.insert(stem + "i") }
        }
        for bare in ["ber" + base] + (base.hasPrefix("r") ? ["be" + base] : []) {
            forms.insert(bare)
            forms.insert(bare + "an")
        }
        for nominal in nasalized("pe", base) + ["per" + base, "ke" + base, base] {
            forms.insert(nominal + "an")
        }
        return forms
    }

    /// The bases a word may be an affixed form of (by `affixedForms(ofBase:)`), the word itself included when
    /// nothing else fits. Used on a glossary's verb terms, so that `mengirim pasukan` reaches `pengiriman pasukan`.
    public static func verbBases(of word: String) -> [String] {
        let candidates = [word] + derivationalBases(of: word)
        let bases = candidates.filter { $0 == word || affixedForms(ofBase: $0).contains(word) }
        return bases.sorted()
    }

    /// `meN-`/`peN-` (given as `me`/`pe`) attached to `base` with the nasal that its first sound takes.
    static func nasalized(_ prefix: String, _ base: String) -> [String] {
        guard let first = base.first else { return [] }
        let rest = String(base.dropFirst())
        let second = rest.first
        let isCluster = second.map { !"aiueo".contains($0) && $0 != "y" } ?? false
        func dropOrKeep(_ nasal: String) -> [String] {
            isCluster ? [prefix + nasal + base, prefix + nasal + rest] : [prefix + nasal + rest, prefix + nasal + base]
        }
        var forms: [String]
        switch first {
        case "a", "i", "u", "e", "o", "g", "h": forms = [prefix + "ng" + base]
        case "k": forms = dropOrKeep("ng")
        case "b", "f", "v": forms = [prefix + "m" + base]
        case "p": forms = dropOrKeep("m")
        case "d", "c", "j", "z": forms = [prefix + "n" + base]
        case "t": forms = dropOrKeep("n")
        case "s": forms = isCluster ? [prefix + "n" + base, prefix + "ny" + rest] : [prefix + "ny" + rest, prefix + "n" + base]
        default: forms = [prefix + base]
        }
        if base.count <= 4 { forms.append(prefix + "nge" + base) }
        return forms
    }
}
