import Padan
import Testing

/// One rule of the built-in engine on a small text: the expected segments in the `--raw` form.
struct RuleCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String]
    var language: SegmentationLanguage = .indonesian

    var testDescription: String { name }
}

/// The rules the foundation issue lists, one small case each (the gold fixtures cover them in context).
@Suite("Segmentation rules")
struct SegmentationRuleTests {
    static let indonesian: [RuleCase] = [
        RuleCase(name: "titles and abbreviations", text: "Menurut Dr. Sri Mulyani dan Prof. Budi, hasilnya baik. Ir. H. Joko hadir.",
            expected: ["Menurut Dr. Sri Mulyani dan Prof. Budi, hasilnya baik.", "Ir. H. Joko hadir."]),
        RuleCase(name: "lower-case dr. mid-sentence", text: "Pasien ditangani dr. Andi di RSUD.", expected: ["Pasien ditangani dr. Andi di RSUD."]),
        RuleCase(name: "lower-case dr. opens a sentence", text: "Pasien ada 23 orang. dr. Fajar hadir.",
            expected: ["Pasien ada 23 orang.", "dr. Fajar hadir."]),
        RuleCase(name: "addresses", text: "Kantornya di Jl. Sudirman No. 5, Kec. Menteng, Kab. Bogor. Warga datang.",
            expected: ["Kantornya di Jl. Sudirman No. 5, Kec. Menteng, Kab. Bogor.", "Warga datang."]),
        RuleCase(name: "company prefix and suffix", text: "PT. Maju Tbk. mencatat laba. PT Sinar Tbk. Sahamnya naik.",
            expected: ["PT. Maju Tbk. mencatat laba.", "PT Sinar Tbk.", "Sahamnya naik."]),
        RuleCase(name: "ticker after Tbk.", text: "Saham PT Bank Nusa Tbk. (BNSJ) naik.", expected: ["Saham PT Bank Nusa Tbk. (BNSJ) naik."]),
        RuleCase(name: "dll. mid-sentence and at the end", text: "Ada beras, gula, dll. di gudang. Ada minyak, dll. Stok aman.",
            expected: ["Ada beras, gula, dll. di gudang.", "Ada minyak, dll.", "Stok aman."]),
        RuleCase(name: "a.n. and u.p.", text: "Surat a.n. Menteri dikirim u.p. Kepala Biro. Selesai.",
            expected: ["Surat a.n. Menteri dikirim u.p. Kepala Biro.", "Selesai."]),
        RuleCase(name: "initials", text: "Susilo B. Yudhoyono dan M. Rizal hadir. R. Sutrisno tidak.",
            expected: ["Susilo B. Yudhoyono dan M. Rizal hadir.", "R. Sutrisno tidak."]),
        RuleCase(name: "initial before a sentence opener", text: "Ia minum vitamin C. Dia sehat.", expected: ["Ia minum vitamin C.", "Dia sehat."]),
        RuleCase(name: "Indonesian numbers", text: "Sebanyak 1.500 tentara dan 10.000 warga, Rp1.500.000 atau 2,5 persen, pukul 10.30 WIB. Selesai.",
            expected: ["Sebanyak 1.500 tentara dan 10.000 warga, Rp1.500.000 atau 2,5 persen, pukul 10.30 WIB.", "Selesai."]),
        RuleCase(name: "Rp. before a number", text: "Biayanya Rp. 150.000 per orang.", expected: ["Biayanya Rp. 150.000 per orang."]),
        RuleCase(name: "dates", text: "Pada Kamis (24/10/2024), rapat digelar. Rabu (30/10) ditutup.",
            expected: ["Pada Kamis (24/10/2024), rapat digelar.", "Rabu (30/10) ditutup."]),
        RuleCase(name: "ellipsis with lower case continues", text: "kerja sama Rusia dan Korea Utara... tidak ditujukan.",
            expected: ["kerja sama Rusia dan Korea Utara... tidak ditujukan."]),
        RuleCase(name: "ellipsis with upper case ends", text: "Ia terdiam… Kemudian pergi.", expected: ["Ia terdiam…", "Kemudian pergi."]),
        RuleCase(name: "question before lower case", text: "bagaimana info selengkapnya? berikut Info lengkapnya.",
            expected: ["bagaimana info selengkapnya?", "berikut Info lengkapnya."]),
        RuleCase(name: "quoted question with attribution", text: "\"Apa maksud Anda?\" tanya wartawan itu.",
            expected: ["\"Apa maksud Anda?\" tanya wartawan itu."]),
        RuleCase(name: "?! combination", text: "\"Kenapa kartu merah?!\" protes pelatih. Wasit diam!",
            expected: ["\"Kenapa kartu merah?!\" protes pelatih.", "Wasit diam!"]),
        RuleCase(name: "closing quote belongs to the sentence", text: "“Seoul mendesak penarikan. Akhiri kerja sama,” kata Kemenlu. “Kami siap.” Ketika itu hujan.",
            expected: ["“Seoul mendesak penarikan.", "Akhiri kerja sama,” kata Kemenlu.", "“Kami siap.”", "Ketika itu hujan."]),
        RuleCase(name: "escaped scraped quote", text: "\\”Kami akan merespons.\\” Zinoviev diam.", expected: ["\\”Kami akan merespons.\\”", "Zinoviev diam."]),
        RuleCase(name: "footnote marker", text: "Ia menjabat wali kota.[1] Kemudian gubernur.[2]",
            expected: ["Ia menjabat wali kota.[1]", "Kemudian gubernur.[2]"]),
        RuleCase(name: "URLs, e-mail and domains", text: "Lihat https://www.kemlu.go.id/berita atau kirim ke humas@kemlu.go.id. Kompas.com dan DETIK.COM melaporkan.",
            expected: ["Lihat https://www.kemlu.go.id/berita atau kirim ke humas@kemlu.go.id.", "Kompas.com dan DETIK.COM melaporkan."]),
        RuleCase(name: "list numbers at line start", text: "1. Asal Usul Keluarga\n2. Pendidikan\na. Sekolah Dasar",
            expected: ["1. Asal Usul Keluarga", "2. Pendidikan", "a. Sekolah Dasar"]),
        RuleCase(name: "degree runs", text: "Prof. DR. Budi Santoso SH. MH mengatakan hal itu. Drs.H.Ahmad Sutisna, M.Si. memimpin rapat.",
            expected: ["Prof. DR. Budi Santoso SH. MH mengatakan hal itu.", "Drs.H.Ahmad Sutisna, M.Si. memimpin rapat."]),
        RuleCase(name: "degree then a new sentence", text: "Hakimnya Ratna Wulandari, S.H., M.H. Sidang digelar.",
            expected: ["Hakimnya Ratna Wulandari, S.H., M.H.", "Sidang digelar."]),
        RuleCase(name: "desk tag glued after the last sentence", text: "Ia mempertimbangkannya kembali.***kps/mpc/bs",
            expected: ["Ia mempertimbangkannya kembali.", "***kps/mpc/bs"]),
        RuleCase(name: "desk tag and photo credit", text: "Warga diimbau waspada. (gn)\n\nBanjir surut. (Foto: Humas)",
            expected: ["Warga diimbau waspada.", "(gn)", "Banjir surut.", "(Foto: Humas)"]),
        RuleCase(name: "stray parenthesis", text: "Ia menandatangani pakta dengan Korea Utara. (Korea Utara)",
            expected: ["Ia menandatangani pakta dengan Korea Utara.", "(Korea Utara)"]),
        RuleCase(name: "datelines with a period", text: "KOMPAS.COM - JAKARTA. Pemerintah menaikkan tarif. ILUSTRASI. Warga antre.",
            expected: ["KOMPAS.COM - JAKARTA.", "Pemerintah menaikkan tarif.", "ILUSTRASI.", "Warga antre."]),
        RuleCase(name: "datelines without a period stay", text: "Jakarta (ANTARA) - Presiden tiba. SEOUL: Korea Selatan protes.",
            expected: ["Jakarta (ANTARA) - Presiden tiba.", "SEOUL: Korea Selatan protes."]),
        RuleCase(name: "sentences opening with a quote or a digit", text: "Ia pulang. “Saya lelah,” katanya. 10.000 orang menunggu.",
            expected: ["Ia pulang.", "“Saya lelah,” katanya.", "10.000 orang menunggu."]),
        RuleCase(name: "glued sentences from scrape damage", text: "Hujan turun deras katanya.Sementara itu banjir surut.",
            expected: ["Hujan turun deras katanya.", "Sementara itu banjir surut."]),
        RuleCase(name: "colon and semicolon never end", text: "Agenda: rapat; makan siang; pulang.", expected: ["Agenda: rapat; makan siang; pulang."]),
        RuleCase(name: "citation after dkk.", text: "Menurut Rahmawati dkk. (2021) angka itu naik.", expected: ["Menurut Rahmawati dkk. (2021) angka itu naik."]),
        RuleCase(name: "headline glued to byline stays", text: "Korea Selatan memanggil duta besar Rusia Oleh Reuters\n\nOleh Hyunsu Yim",
            expected: ["Korea Selatan memanggil duta besar Rusia Oleh Reuters", "Oleh Hyunsu Yim"]),
    ]

    static let lineBreaks: [RuleCase] = [
        RuleCase(name: "lines without punctuation end segments", text: "Presiden Polandia Andrzej Duda\nBaca juga: Korea Utara kirim pasukan\nTentara berlatih.",
            expected: ["Presiden Polandia Andrzej Duda", "Baca juga: Korea Utara kirim pasukan", "Tentara berlatih."]),
        RuleCase(name: "a lower-case next line continues", text: "Sebanyak 9 orang\ndiamankan Polisi dari lokasi.",
            expected: ["Sebanyak 9 orang diamankan Polisi dari lokasi."]),
        RuleCase(name: "hard-wrapped paragraph", text: """
            Kepolisian Resor Kota Bandung menangkap sembilan orang yang diduga terlibat
            Pengeroyokan di kawasan Dago pada Sabtu malam. Para pelaku kini ditahan di
            Mapolrestabes Bandung untuk pemeriksaan lebih lanjut oleh penyidik Satreskrim.
            Kapolrestabes mengatakan penyelidikan masih berlangsung hingga saat ini dan
            Polisi masih memburu dua pelaku lain yang melarikan diri ke luar kota.
            """,
            expected: [
                "Kepolisian Resor Kota Bandung menangkap sembilan orang yang diduga terlibat Pengeroyokan di kawasan Dago pada Sabtu malam.",
                "Para pelaku kini ditahan di Mapolrestabes Bandung untuk pemeriksaan lebih lanjut oleh penyidik Satreskrim.",
                "Kapolrestabes mengatakan penyelidikan masih berlangsung hingga saat ini dan Polisi masih memburu dua pelaku lain yang melarikan diri ke luar kota.",
            ]),
        RuleCase(name: "headline above a wrapped paragraph", text: """
            Polisi Tangkap Sembilan Pelaku Pengeroyokan di Kawasan Dago Bandung Barat
            Kepolisian Resor Kota Bandung menangkap sembilan orang yang diduga terlibat
            pengeroyokan di kawasan Dago pada Sabtu malam. Para pelaku kini ditahan di
            Mapolrestabes Bandung untuk pemeriksaan lebih lanjut oleh penyidik Satreskrim
            dan polisi masih memburu dua pelaku lain yang melarikan diri ke luar kota.
            """,
            expected: [
                "Polisi Tangkap Sembilan Pelaku Pengeroyokan di Kawasan Dago Bandung Barat",
                "Kepolisian Resor Kota Bandung menangkap sembilan orang yang diduga terlibat pengeroyokan di kawasan Dago pada Sabtu malam.",
                "Para pelaku kini ditahan di Mapolrestabes Bandung untuk pemeriksaan lebih lanjut oleh penyidik Satreskrim dan polisi masih memburu dua pelaku lain yang melarikan diri ke luar kota.",
            ]),
        RuleCase(name: "unwrapped paragraphs on single lines", text: "Korea Utara tidak mengirimkan pasukan ke Russia, kata Perwakilannya di PBB\nPBB - Korea Utara tidak mengirimkan pasukan ke Russia untuk membantu Moskow memerangi Ukraina, kata salah satu perwakilannya.\nMedia pemerintah belum berkomentar.",
            expected: ["Korea Utara tidak mengirimkan pasukan ke Russia, kata Perwakilannya di PBB", "PBB - Korea Utara tidak mengirimkan pasukan ke Russia untuk membantu Moskow memerangi Ukraina, kata salah satu perwakilannya.", "Media pemerintah belum berkomentar."]),
        RuleCase(name: "CRLF and CR line ends", text: "Judul Berita\r\n\r\nIsi pertama.\rIsi kedua.", expected: ["Judul Berita", "Isi pertama.", "Isi kedua."]),
        RuleCase(name: "NBSP counts as whitespace", text: "MEMBACA\u{00A0} Donald Trump berjanji\n\u{00A0}\nIa pergi.", expected: ["MEMBACA Donald Trump berjanji", "Ia pergi."]),
        RuleCase(name: "signature block of a letter", text: "Cianjur, 2 September 2024\na.n. BUPATI CIANJUR\nNIP.\n19700812 199403 1 005",
            expected: ["Cianjur, 2 September 2024", "a.n. BUPATI CIANJUR", "NIP. 19700812 199403 1 005"]),
    ]

    static let english: [RuleCase] = [
        RuleCase(name: "English titles", text: "Mr. Kim met Dr. Lee and Gen. Austin. They talked.",
            expected: ["Mr. Kim met Dr. Lee and Gen. Austin.", "They talked."], language: .english),
        RuleCase(name: "U.S. before a name or a new sentence", text: "U.S. President Joe Biden spoke in the U.S. The talks ended.",
            expected: ["U.S. President Joe Biden spoke in the U.S.", "The talks ended."], language: .english),
        RuleCase(name: "times, numbers and months", text: "At 10 a.m. on Jan. 5, No. 7 sold 1,500 units for $2.5 billion. Prices rose.",
            expected: ["At 10 a.m. on Jan. 5, No. 7 sold 1,500 units for $2.5 billion.", "Prices rose."], language: .english),
        RuleCase(name: "initials in names", text: "George W. Bush visited. He left.", expected: ["George W. Bush visited.", "He left."], language: .english),
    ]

    @Test("Indonesian rule", arguments: indonesian)
    func indonesianRule(_ rule: RuleCase) { check(rule) }

    @Test("line-break rule", arguments: lineBreaks)
    func lineBreakRule(_ rule: RuleCase) { check(rule) }

    @Test("English rule", arguments: english)
    func englishRule(_ rule: RuleCase) { check(rule) }

    private func check(_ rule: RuleCase) {
        let result = Segmenter(language: rule.language).segment(rule.text)
        let actual = result.segments.indices.map { result.rawText(of: $0) }
        #expect(actual == rule.expected, "\(rule.name)")
    }

    @Test("text cleaning undoes scraped escapes and collapses whitespace")
    func cleaning() {
        let result = Segmenter().segment("\\”Kami   mengutuk\n kerja sama,\\” kata \\\"Kim\\\".")
        #expect(result.segments.map(\.text) == ["”Kami mengutuk kerja sama,” kata \"Kim\"."])
        #expect(result.rawText(of: 0) == "\\”Kami mengutuk kerja sama,\\” kata \\\"Kim\\\".")
    }

    @Test("spans are UTF-8 byte offsets in the original file, BOM included")
    func offsets() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("Ia datang. “Kami siap.”".utf8)
        let document = try SourceDocument(path: "x.txt", data: bytes)
        let segments = Segmenter().segment(document).segments
        #expect(segments.map(\.span) == [3..<13, 14..<bytes.count])
        #expect(Array(bytes[segments[1].span]) == Array("“Kami siap.”".utf8))
    }

    @Test("an empty or blank document has no segments")
    func empty() {
        #expect(Segmenter().segment("").segments.isEmpty)
        #expect(Segmenter().segment(" \n\u{00A0}\r\n\t").segments.isEmpty)
    }
}
