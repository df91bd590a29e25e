/// The word lists behind sentence segmentation for one language.
///
/// Both the built-in engine and the SRX exporter read these lists, so the SRX rules a translator loads in a CAT
/// tool know the same abbreviations padan does. Abbreviations are written as they appear before their final
/// period (`S.H`, `M.Si`, `a.n`); upper- and lower-case variants of multi-letter entries are added automatically
/// so that headlines in capitals are covered.
public struct LanguageRules: Sendable {
    /// Titles and prefixes that are always followed by more of the same sentence (`Dr. Budi`, `Jl. Sudirman`,
    /// `a.n. Menteri`): a period after them never ends a sentence.
    public let prefixes: Set<String>
    /// Abbreviations that introduce a number (`No. 5`, `Rp. 5.000`, `hlm. 12`): no boundary before a digit, and
    /// before a word only when that word is a typical sentence opener.
    public let numberPrefixes: Set<String>
    /// Degrees and similar suffixes after a name or a number (`S.H.`, `M.Si.`, `Tbk.`, `a.m.`): a boundary only
    /// when a capitalised word follows that is not another degree, an acronym or a time zone (`MH`, `WIB`).
    public let degrees: Set<String>
    /// Abbreviations that often sit mid-sentence before capitalised words (`U.S. President`, `Inc.`): a boundary
    /// only before a typical sentence opener.
    public let ambiguous: Set<String>
    /// Abbreviations that close an enumeration or a citation (`dll.`, `dkk.`, `et al.`): they end a sentence
    /// before a capitalised word, but not before a bracketed year or number (`Rahmawati dkk. (2021)`).
    public let enumerationEnders: Set<String>
    /// Day and month names: after a time or a date abbreviation they continue the sentence (`9 a.m. Tuesday`).
    public let calendarWords: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
        "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Senin",
        "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret", "Mei", "Juni", "Juli",
        "Agustus", "Oktober", "Desember",
    ]
    /// Words that typically open a sentence; they tip ambiguous abbreviations and initials to a boundary.
    public let sentenceStarters: Set<String>
    /// Whether a period after an ordinary word may end a sentence before a lower-case word: true for
    /// Indonesian, where forum and social-media text often starts sentences in lower case.
    public let lowercaseSentenceStarts: Bool
    /// Lower-case titles that can open a sentence (`dr. Fajar mengatakan`): a period before them may end one.
    public let lowercaseTitles: Set<String>
    /// Words a line cannot end a sentence with (conjunctions, prepositions): a line break after them continues
    /// the sentence.
    public let connectors: Set<String>

    /// Length in bytes of the longest abbreviation in any list: a longer word without inner periods needs no
    /// look-up.
    public let longestAbbreviation: Int

    init(
        prefixes: [String], numberPrefixes: [String], degrees: [String], ambiguous: [String],
        enumerationEnders: [String], sentenceStarters: [String], lowercaseTitles: [String],
        lowercaseSentenceStarts: Bool, connectors: [String]
    ) {
        self.lowercaseSentenceStarts = lowercaseSentenceStarts
        self.prefixes = LanguageRules.withCaseVariants(prefixes)
        self.numberPrefixes = LanguageRules.withCaseVariants(numberPrefixes)
        var degreeForms = Set<String>()
        for degree in degrees {
            degreeForms.insert(degree)
            degreeForms.insert(degree.replacingOccurrences(of: ".", with: ""))
            degreeForms.insert(degree.uppercased())
        }
        self.degrees = degreeForms
        self.ambiguous = LanguageRules.withCaseVariants(ambiguous)
        self.enumerationEnders = Set(enumerationEnders)
        self.longestAbbreviation = self.prefixes.union(self.numberPrefixes).union(self.degrees).union(self.ambiguous)
            .union(self.enumerationEnders).map(\.utf8.count).max() ?? 0
        self.sentenceStarters = Set(sentenceStarters + sentenceStarters.map { $0.uppercased() })
        self.lowercaseTitles = Set(lowercaseTitles)
        self.connectors = Set(connectors)
    }

    private static func withCaseVariants(_ words: [String]) -> Set<String> {
        var result = Set(words)
        for word in words where word.count > 1 {
            result.insert(word.uppercased())
            if word.first?.isUppercase == true && !word.dropFirst().contains(where: \.isUppercase) {
                result.insert(word.lowercased())
            }
        }
        return result
    }

    /// Whether `word` (without its final period) is in any abbreviation list.
    public func isAbbreviation(_ word: String) -> Bool {
        prefixes.contains(word) || numberPrefixes.contains(word) || degrees.contains(word) || ambiguous.contains(word)
            || enumerationEnders.contains(word) || lowercaseTitles.contains(word)
    }

    /// Every abbreviation this language knows, sorted; the SRX exporter turns them into no-break rules.
    public var allAbbreviations: [String] {
        Array(prefixes.union(numberPrefixes).union(degrees).union(ambiguous).union(enumerationEnders)).sorted()
    }
}

extension LanguageRules {
    /// Indonesian news text.
    public static let indonesian = LanguageRules(
        prefixes: [
            // Academic, religious and civil titles.
            "Dr", "DR", "dr", "drg", "Prof", "Ir", "Drs", "Dra", "H", "Hj", "KH", "K.H", "Bpk", "Bp", "Sdr", "Sdri",
            "Sdra", "Yth", "Ny", "Tn", "Nn", "St", "Mr", "Mrs", "Ms", "Mgr", "Pdt", "Ust", "Hon", "Kol", "Letkol",
            "Kapt", "Jend", "Brigjen", "Purn", "Pol", "Inf", "Pnb", "Czi", "Arm", "Cpm", "Mayjen", "Letjen", "Laksma", "Laksda", "Marsma", "Kompol", "Ipda", "Iptu",
            // Abbreviated given names common in Indonesia.
            "Moh", "Muh", "Mhd", "Moch", "Mochd", "Mohd", "Abd", "Ach", "Ahm", "Sy", "Rr",
            // Addresses and administrative units.
            "Jl", "Jln", "Gg", "Kab", "Kec", "Kel", "Ds", "Kp", "Prov", "Kav", "Komp", "Perum",
            // Company forms written before the name.
            "PT", "CV", "UD", "Fa",
            // Latin-letter abbreviations that always continue: atas nama, untuk perhatian, dengan alamat...
            "a.n", "u.p", "d.a", "c.q", "u.b", "s.d", "vs", "cf", "Sdr.i",
            // Legal citation: "Pasal 45A ayat (1) jo. Pasal 28" (juncto).
            "jo",
        ],
        numberPrefixes: [
            "No", "Nomor", "Rp", "hlm", "Hal", "Tel", "Telp", "Tlp", "Fax", "Faks", "Pkl", "Pk", "Vol", "Ps", "Psl",
            "tgl", "Tgl", "Thn", "Bln", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Agu", "Agt", "Ags", "Sep", "Sept",
            "Okt", "Nov", "Des", "RT", "RW", "Km", "Kav", "Gol", "Art", "Nos", "NIP", "NIK", "NRP", "NPWP",
        ],
        degrees: [
            "S.H", "M.H", "M.Si", "S.Si", "S.E", "M.M", "S.T", "M.T", "S.Pd", "M.Pd", "S.Kom", "M.Kom", "S.Sos",
            "M.Sos", "S.IP", "S.Ag", "M.Ag", "S.Psi", "M.Psi", "S.Hut", "S.Farm", "Apt", "SKM", "M.Kes", "S.Kep",
            "S.Ked", "Sp.A", "Sp.OG", "Sp.PD", "Sp.B", "Sp.M", "Sp.KK", "Sp.JP", "Sp.S", "Sp.THT", "M.Sc", "B.Sc",
            "M.A", "B.A", "MBA", "Ph.D", "M.Eng", "S.Hum", "M.Hum", "S.I.Kom", "S.AP", "M.AP", "MPH", "Lc", "M.Ed",
            "DEA", "Ak", "CA", "CPA", "A.Md", "S.S", "S.KH", "S.Pt", "S.P", "M.P", "M.H.I", "S.H.I", "S.Th.I",
            "M.Pd.I", "S.Pd.I", "S.Kes", "Dipl", "Ing", "M.Phil", "LL.M", "MSc", "S.I.K",
            // Company suffix: "PT Astra International Tbk." ends the name; a capitalised word after it starts
            // a new sentence.
            "Tbk",
        ],
        ambiguous: ["U.S", "U.N", "U.K", "E.U", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr"],
        enumerationEnders: ["dkk", "dll", "dsb", "dst", "tsb", "sbb", "al", "etc"],
        sentenceStarters: [
            "Dia", "Ia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Anda", "Beliau", "Ini", "Itu", "Namun", "Tetapi",
            "Tapi", "Sementara", "Selain", "Hal", "Pada", "Dalam", "Di", "Ke", "Dari", "Menurut", "Sebelumnya",
            "Kemudian", "Selanjutnya", "Adapun", "Untuk", "Dengan", "Jika", "Kalau", "Apabila", "Ketika", "Saat",
            "Sedangkan", "Akan", "Hingga", "Sampai", "Sejak", "Setelah", "Sebelum", "Oleh", "Bahkan", "Apalagi",
            "Para", "Tak", "Tidak", "Belum", "Semua", "Kini", "Sekarang", "Sehingga", "Karena", "Meski",
            "Meskipun", "Walaupun", "Lalu", "Kemarin", "Sebanyak", "Ada", "Begitu", "Juga", "Maka", "Terkait",
            "Berdasarkan", "Sebagai", "Usai", "Seusai", "Pihaknya", "Sebab", "Diketahui", "Dikatakan",
            "The", "He", "She", "It", "They", "We", "I", "But", "In",
        ],
        lowercaseTitles: ["dr", "drg", "ir"],
        lowercaseSentenceStarts: true,
        connectors: [
            "dan", "atau", "serta", "yang", "di", "ke", "dari", "untuk", "dengan", "oleh", "pada", "bahwa", "karena",
            "tetapi", "namun", "sebagai", "dalam", "akan", "telah", "sudah", "bagi", "para", "kepada", "tentang",
            "antara", "agar", "supaya", "hingga", "sejak", "saat", "ketika", "jika", "seperti", "ini", "itu",
            "adalah", "ialah", "merupakan", "tidak", "belum", "juga", "yakni", "yaitu", "si", "sang", "kata",
        ]
    )

    /// English news text (the target side).
    public static let english = LanguageRules(
        prefixes: [
            "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt",
            "Adm", "Cmdr", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Amb", "Mt", "Ft",
            "Fr", "Brig", "vs", "cf", "e.g", "i.e", "Ave", "Blvd", "Rd", "Jl", "Jln",
        ],
        numberPrefixes: [
            "No", "Nos", "Art", "Vol", "pp", "p", "para", "Fig", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "ca", "Tel", "Rs", "Rp",
        ],
        // Times are suffixes too: "at 4 a.m. Residents said" ends a sentence, "4 a.m. ET" does not.
        degrees: ["Ph.D", "M.D", "B.A", "M.A", "B.Sc", "M.Sc", "MBA", "LL.M", "Esq", "a.m", "p.m"],
        // "St." is Saint before a name and Street at the end of a sentence.
        ambiguous: ["U.S", "U.N", "U.K", "E.U", "D.C", "U.S.A", "St", "Inc", "Corp", "Ltd", "Co", "Bros",
            "Jr", "Sr", "etc"],
        enumerationEnders: ["al", "etc"],
        sentenceStarters: [
            "The", "He", "She", "It", "They", "We", "I", "You", "But", "In", "A", "An", "This", "That", "These",
            "Those", "There", "However", "On", "At", "His", "Her", "Its", "Their", "Our", "As", "After", "Before",
            "While", "When", "If", "Meanwhile", "And", "Or", "So", "Some", "Many", "Most", "One", "For", "To", "By",
            "With", "From", "Under", "What", "Why", "How", "Who", "Where", "Yet", "Still", "Also", "Both",
            "Several", "Such", "Earlier", "Later", "Last", "Next", "Since", "Although", "Though", "Despite",
            "According", "Officials", "Police", "No",
        ],
        lowercaseTitles: [],
        lowercaseSentenceStarts: false,
        connectors: [
            "and", "or", "but", "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "that",
            "which", "who", "as", "than", "into", "about", "between", "is", "are", "was", "were", "has", "have",
            "had", "will", "would", "not", "its", "their", "his", "her",
        ]
    )
}
