/// Function words that never start or end a candidate term (`yang`, `dan`, `the`, `of`), and the connectors
/// that may stand inside a capitalised name (`Badan Pengawas Obat dan Makanan`, `Bank of Korea`).
enum Stopwords {
    static func words(_ language: GlossaryLanguage) -> Set<String> {
        language == .indonesian ? indonesian : english
    }

    static func connectors(_ language: GlossaryLanguage) -> Set<String> {
        language == .indonesian ? ["dan", "bin", "binti", "van", "von", "der", "de", "al", "untuk", "atas"] : ["of", "and", "for", "the", "de", "van", "von", "al"]
    }

    static let indonesian: Set<String> = [
        "ada", "adalah", "agar", "akan", "akhirnya", "aku", "anda", "antara", "apa", "apabila", "atas", "atau",
        "bagaimana", "bagi", "bahkan", "bahwa", "banyak", "baru", "beberapa", "begitu", "belum", "benar", "berbagai",
        "bersama", "beliau", "bila", "bisa", "boleh", "bukan", "cukup", "dalam", "dan", "dapat", "dari", "daripada",
        "demikian", "dengan", "di", "dia", "diri", "dua", "hal", "hampir", "hanya", "harus", "hari", "hingga", "ia",
        "ialah", "ini", "itu", "jadi", "jika", "juga", "jumat", "kalau", "kami", "kamis", "kamu", "kata",
        "katanya", "ke", "kemudian", "kepada", "kami", "karena", "kita", "kini", "lagi", "lain", "lalu", "lama",
        "lebih", "maka", "masih", "masing", "mau", "melalui", "memang", "mengatakan", "menjadi", "menurut",
        "mereka", "minggu", "mungkin", "namun", "nya", "oleh", "orang", "pada", "padahal", "para", "pernah",
        "perlu", "pula", "pun", "rabu", "saat", "saja", "salah", "sama", "sampai", "sangat", "satu", "saya",
        "se", "sebagai", "sebelum", "sebelumnya", "sebuah", "secara", "sedang", "sehingga", "sejak", "sekitar",
        "selain", "selama", "selasa", "seluruh", "semua", "senin", "seorang", "seperti", "serta", "sesuai",
        "setelah", "setiap", "sabtu", "sudah", "supaya", "tak", "tanpa", "tapi", "telah", "tentang", "terhadap",
        "termasuk", "tersebut", "tetapi", "tidak", "tiga", "tahun", "untuk", "walaupun", "yaitu", "yakni", "yang",
        "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
        "november", "desember",
    ]

    static let english: Set<String> = [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "between", "both", "but", "by", "can", "could", "did", "do", "does", "during", "each",
        "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "may", "more", "most", "no", "not", "of", "on", "one", "or", "other", "our", "over", "said", "says", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "two", "under", "up", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "will", "with", "would", "you", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "june", "july", "august", "september",
        "october", "november", "december",
    ]
}
