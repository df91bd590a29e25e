/// Month, weekday, number and scale words of Indonesian and English news, for reading dates and numbers in
/// both languages alike.
enum CalendarWords {
    /// Month words (lower case) → month number; abbreviations as news styles write them (`Okt`, `Oct.`).
    static let months: [GlossaryLanguage: [String: Int]] = [
        .indonesian: [
            "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "maret": 3, "mar": 3, "april": 4,
            "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
            "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
            "nopember": 11, "desember": 12, "des": 12,
        ],
        .english: [
            "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
            "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
            "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
        ],
    ]

    /// Weekday words (lower case) → 1 (Monday) … 7 (Sunday).
    static let weekdays: [GlossaryLanguage: [String: Int]] = [
        .indonesian: ["senin": 1, "selasa": 2, "rabu": 3, "kamis": 4, "jumat": 5, "sabtu": 6, "minggu": 7, "ahad": 7],
        .english: ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7],
    ]

    /// Number words → value. `satu`/`one` are left out: "salah satu", "one of" are rarely the number.
    static let numbers: [GlossaryLanguage: [String: Int]] = [
        .indonesian: [
            "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
            "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
        ],
        .english: [
            "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
            "eleven": 11, "hundred": 100, "thousand": 1000,
        ],
    ]

    /// Scale words that multiply the number before them (`2,5 triliun`, `2.5 trillion`).
    static let scales: [GlossaryLanguage: [String: Double]] = [
        .indonesian: ["ribu": 1e3, "juta": 1e6, "miliar": 1e9, "milyar": 1e9, "triliun": 1e12],
        .english: ["thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12],
    ]
}
