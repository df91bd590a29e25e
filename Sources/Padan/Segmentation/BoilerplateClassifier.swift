/// Recognises web page furniture that scrapers leave in article text.
///
/// Ad inserts (`MEMBACA <headline>`, `[iklan_2]`), "read also" links, comment forms, source and credit lines,
/// and desk sign-offs (`***kps/mpc/bs`, `(gn)`) are not article sentences: padan keeps them as segments, so
/// nothing is lost, but marks them so that translation memories and reports leave them out.
struct BoilerplateClassifier: Sendable {
    /// Whole segments that are furniture, compared case-insensitively after whitespace collapsing and with
    /// typographic apostrophes made straight.
    static let phrases: Set<String> = [
        "comments", "no comments yet.", "why don't you start the discussion?", "tinggalkan balasan",
        "leave a reply", "leave a comment", "cancel reply", "alamat email anda tidak akan dipublikasikan.",
        "ruas yang wajib ditandai *", "required fields are marked *", "your email address will not be published.",
        "berikan komentar:", "berikan komentar", "exit mobile version", "skip to content", "advertisement",
        "scroll to continue with content", "iklan", "loading...", "share", "share:", "bagikan", "bagikan:",
        "komentar", "tulis komentar", "lihat komentar", "baca selengkapnya", "selengkapnya", "post comment",
        "kirim komentar", "subscribe", "follow us", "ikuti kami", "tutup iklan", "tutup", "back to top",
        "kembali ke atas", "continue reading", "read more", "related articles", "berita terkait", "artikel terkait",
        "populer", "terpopuler", "terkini", "berita terkini", "baca juga", "baca juga:", "lihat juga", "lihat juga:",
        "lihat juga :", "baca juga :", "bagikan :", "share :", "lihat foto", "topik terkait", "tag terkait", "daftar isi",
        "contents", "scroll untuk melanjutkan", "scroll untuk melanjutkan membaca", "berita lainnya", "video pilihan",
        "print", "cetak", "email", "whatsapp", "facebook", "twitter", "telegram", "linkedin",
    ]

    /// Openings of furniture lines whose rest varies (a headline, a name, a URL). Compared case-sensitively
    /// where capitals matter (`MEMBACA` is an ad insert, "Membaca" starts a sentence).
    static let openings: [String] = [
        "MEMBACA ", "MEMBACA\u{00A0}", "BACA JUGA", "Baca juga", "Baca Juga", "BACA:", "Baca:", "Lihat juga:",
        "Lihat Juga:", "LIHAT JUGA", "Simak juga", "Simak Juga", "SIMAK JUGA", "Simak video", "Simak Video",
        "Tonton juga", "Tonton Juga", "Artikel ini telah tayang", "Artikel ini sudah tayang", "Dapatkan update",
        "Dapatkan berita", "Download aplikasi", "Unduh aplikasi", "Ikuti berita", "Ikuti kami di", "Sumber:",
        "Sumber :", "SUMBER:", "Source:", "Editor:", "Editor :", "EDITOR:", "Penulis:", "Penulis :", "PENULIS:",
        "Reporter:", "Reporter :", "REPORTER:", "Pewarta:", "Pewarta :", "PEWARTA:", "Redaktur:", "Redaktur :",
        "Editing:", "Foto:", "Foto :", "FOTO:", "Copyright", "COPYRIGHT", "©", "Hak Cipta", "Hak cipta",
        "Berita Terkait", "BERITA TERKAIT", "Tags:", "Tag:", "TAGS:", "TAG:", "Topik:", "TOPIK:",
        "Halaman selanjutnya", "Komentar (", "Read also:", "READ ALSO", "Related:", "ADVERTISEMENT",
        "SCROLL TO CONTINUE", "SCROLL TO RESUME", "[Gambas:", "Simak breaking news", "Simak berita",
        "Pilihan Untuk Anda", "Berita Lainnya", "BERITA LAINNYA", "Penulis :", "Baca berita",
        "BREAKING:", "BREAKING NEWS", "Breaking News:", "TERPOPULER:", "Lihat juga ", "Lihat Juga ", "Pilihan Editor:",
        "PILIHAN EDITOR:", "Kategori:", "Kategori :", "#", "Lompat ke navigasi", "Lompat ke konten",
        "[VIDEO]", "[FOTO]", "VIDEO:", "Dilarang keras mengambil konten", "Dilarang mengambil konten", "·waktu baca",
        "waktu baca", "Waktu baca", "^ ", "Referensi[sunting", "Pranala luar[sunting", "Catatan kaki[sunting",
    ]

    /// `phrases` as byte strings, and the length of the longest, for a quick length test.
    private static let phraseBytes: Set<[UInt8]> = Set(phrases.map { Array($0.utf8) })
    private static let longestPhrase = phrases.map(\.utf8.count).max() ?? 0

    /// First bytes (either case) of `phrases`, to skip the folding for everything else.
    private static let phraseInitials: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for phrase in phrases {
            guard let first = phrase.utf8.first else { continue }
            table[Int(first)] = true
            if first >= 0x61 && first <= 0x7A { table[Int(first - 0x20)] = true }
        }
        return table
    }()

    /// `openings` grouped by first byte, so most segments are rejected by one table look-up.
    private static let openingsByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for opening in openings {
            let bytes = Array(opening.utf8)
            table[Int(bytes[0])].append(bytes)
        }
        return table
    }()

    /// Whether the text in `range` is one piece of furniture.
    ///
    /// This runs for every segment, so it decides on bytes and builds a string only for the rare short
    /// segments that look like a bracketed tag or a credit.
    func isBoilerplate(_ text: TextView, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if startsBoilerplate(text, range) { return true }
        let first = text[range.lowerBound]
        let last = text[range.upperBound - 1]
        if range.count <= BoilerplateClassifier.longestPhrase + 8, isPhrase(text, range) { return true }
        if first == UInt8(ascii: "[") && last == UInt8(ascii: "]") || first == UInt8(ascii: "*") {
            if first == UInt8(ascii: "*") && (range.count < 3 || text[range.lowerBound + 1] != first) { return false }
            return !containsWhitespace(text, range)
        }
        if text.matches("http://", at: range.lowerBound) || text.matches("https://", at: range.lowerBound)
            || text.matches("www.", at: range.lowerBound)
        {
            return !containsWhitespace(text, range)
        }
        if first == UInt8(ascii: "(") && last == UInt8(ascii: ")") && range.count <= 80 {
            return isBracketedTagOrCredit(SegmentText.collapsed(text, range, unescapingQuotes: true))
        }
        if range.count <= 80 && text.characterClass(at: range.lowerBound) == .upper && slashes(text, range) == 2 {
            return isPhotoCredit(SegmentText.collapsed(text, range, unescapingQuotes: true))
        }
        return false
    }

    /// Compares the segment, case-folded (ASCII), with whitespace collapsed and `’` read as `'`, to `phrases`.
    private func isPhrase(_ text: TextView, _ range: Range<Int>) -> Bool {
        guard BoilerplateClassifier.phraseInitials[Int(text[range.lowerBound])] else { return false }
        var folded: [UInt8] = []
        folded.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let space = text.whitespaceLength(at: index)
            if space > 0 {
                if folded.last != 0x20 { folded.append(0x20) }
                index += space
            } else if text.matches("’", at: index) {
                folded.append(UInt8(ascii: "'"))
                index += 3
            } else {
                let byte = text[index]
                folded.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
            }
        }
        return BoilerplateClassifier.phraseBytes.contains(folded)
    }

    private func slashes(_ text: TextView, _ range: Range<Int>) -> Int {
        var count = 0
        for index in range where text[index] == UInt8(ascii: "/") { count += 1 }
        return count
    }

    private func containsWhitespace(_ text: TextView, _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if text.whitespaceLength(at: index) > 0 { return true }
            index += 1
        }
        return false
    }

    /// `(gn)`, `(ant/hrd)`: desk initials; `(Foto: Humas)`: a credit.
    private func isBracketedTagOrCredit(_ string: String) -> Bool {
        let inner = string.dropFirst().dropLast()
        if !inner.isEmpty && inner.count <= 15
            && inner.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "/" || $0 == "-" })
        {
            return true
        }
        let lowered = inner.lowercased()
        // `(Tribunnews.com/Nama Wartawan)`, `(detik.com/abc)`: the portal and its reporter.
        if let slash = lowered.firstIndex(of: "/"), lowered[..<slash].contains(".com") || lowered[..<slash].contains(".id")
            || lowered[..<slash].contains(".co")
        {
            return true
        }
        return ["foto:", "foto :", "photo:", "ilustrasi:", "sumber foto:", "sumber:", "antara foto"].contains {
            lowered.hasPrefix($0)
        }
    }

    /// Whether the text in `range` begins like a furniture line (`MEMBACA …`, `Baca juga: …`, `Sumber: …`).
    func startsBoilerplate(_ text: TextView, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        for opening in BoilerplateClassifier.openingsByFirstByte[Int(text[range.lowerBound])]
        where range.count >= opening.count && text.matches(opening: opening, at: range.lowerBound) {
            return true
        }
        return false
    }

    /// `ANTARA/Nama Fotografer/am.`: agency in capitals, photographer, desk initials.
    private func isPhotoCredit(_ string: String) -> Bool {
        let parts = string.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, let agency = parts.first, agency.count >= 3,
            agency.allSatisfy({ $0.isUppercase || $0 == " " })
        else { return false }
        var initials = parts[2]
        if initials.hasSuffix(".") { initials = initials.dropLast() }
        return !initials.isEmpty && initials.count <= 4 && initials.allSatisfy({ $0.isLowercase })
    }
}
