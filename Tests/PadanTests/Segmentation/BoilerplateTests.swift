import Padan
import Testing

/// Web page furniture is kept as its own segment (nothing is lost) and flagged, article text is not.
@Suite("Boilerplate")
struct BoilerplateTests {
    static let furniture: [String] = [
        "MEMBACA\u{00A0} Donald Trump berjanji pemotongan pajak", "[iklan_2]", "Comments", "No comments yet.",
        "Why don’t you start the discussion?", "Tinggalkan Balasan", "Alamat email Anda tidak akan dipublikasikan.",
        "Ruas yang wajib ditandai *", "Komentar (0)", "Berikan Komentar:", "Exit mobile version",
        "Sumber: https://thanhnien.vn/nga-noi-gi.htm", "***kps/mpc/bs", "(gn)", "(ant/hrd)", "(Foto: Humas)",
        "ANTARA/Nama Fotografer/am.", "Baca juga: Korea Utara kirim pasukan ke Rusia", "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT", "Editor: Budi Santoso", "https://www.kompas.com/read/2024/10/30",
        "[Gambas:Video 20detik]", "SCROLL TO RESUME CONTENT", "(Tribunnews.com/Fersianus Waku)", "(rzr/agt)",
        "COPYRIGHT © ANTARA 2024",
    ]

    static let article: [String] = [
        "Oleh Hyunsu Yim dan Hyonhee Shin", "(Korea Utara)", "Presiden Polandia Andrzej Duda",
        "Membaca buku adalah kegiatan yang baik.", "Komentar warga beragam.", "Sumber itu menolak disebut namanya.",
        "‘PENGEMBANGAN YANG BERBAHAYA’", "(AS)",
    ]

    @Test("furniture is flagged", arguments: furniture)
    func flagged(_ line: String) {
        let segments = Segmenter().segment(line).segments
        #expect(segments.count == 1)
        #expect(segments.first?.isBoilerplate == true)
    }

    @Test("article text is not flagged", arguments: article)
    func notFlagged(_ line: String) {
        let segments = Segmenter().segment(line).segments
        #expect(segments.allSatisfy { !$0.isBoilerplate })
    }

    @Test("a boilerplate line never swallows the next line")
    func boundary() {
        let result = Segmenter().segment("Baca juga: Tentara Korea Utara tiba di\nRusia mengerahkan pasukan.")
        #expect(result.segments.map(\.text) == ["Baca juga: Tentara Korea Utara tiba di", "Rusia mengerahkan pasukan."])
        #expect(result.segments.map(\.isBoilerplate) == [true, false])
    }
}
