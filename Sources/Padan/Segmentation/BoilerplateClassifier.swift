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
        "populer", "terpopuler", "terkini", "berita terkini", "baca juga", "baca juga:", "lihat juga",
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
        "SCROLL TO CONTINUE",
    ]

    /// Whether the text in `range` is one piece of furniture.
    func isBoilerplate(_ text: TextView, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        if startsBoilerplate(text, range) { return true }
        let first = text[range.lowerBound]
        // Short segments: exact phrases, bracketed ad slots, desk tags and credits.
        guard range.count <= 160 else { return false }
        let string = SegmentText.collapsed(text, range, unescapingQuotes: true)
        let folded = string.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if BoilerplateClassifier.phrases.contains(folded) { return true }
        let scalars = Array(string.unicodeScalars)
        if first == UInt8(ascii: "[") && string.hasSuffix("]") && !string.contains(" ") { return true }
        if first == UInt8(ascii: "*") && scalars.count >= 3 && string.hasPrefix("**") && !string.contains(" ") {
            return true
        }
        if first == UInt8(ascii: "("), string.hasSuffix(")") {
            let inner = string.dropFirst().dropLast()
            if !inner.isEmpty && inner.count <= 15
                && inner.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0 == "/" || $0 == "-" })
            {
                return true
            }
            let lowered = inner.lowercased()
            for credit in ["foto:", "foto :", "photo:", "ilustrasi:", "sumber foto:", "sumber:", "antara foto"]
            where lowered.hasPrefix(credit) {
                return true
            }
        }
        if isPhotoCredit(string) { return true }
        if (string.hasPrefix("http://") || string.hasPrefix("https://") || string.hasPrefix("www."))
            && !string.contains(" ")
        {
            return true
        }
        return false
    }

    /// Whether the text in `range` begins like a furniture line (`MEMBACA …`, `Baca juga: …`, `Sumber: …`).
    func startsBoilerplate(_ text: TextView, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        let first = text[range.lowerBound]
        for opening in BoilerplateClassifier.openings where opening.utf8.first == first {
            let utf8 = opening.utf8
            guard range.count >= utf8.count else { continue }
            if zip(utf8, text.bytes[range.lowerBound..<range.lowerBound + utf8.count]).allSatisfy({ $0 == $1 }) {
                // A bare heading ("Komentar (0)") or an opening followed by more text.
                return true
            }
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
