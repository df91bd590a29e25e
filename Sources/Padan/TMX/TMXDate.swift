import Glibc

/// TMX's date format, `YYYYMMDDThhmmssZ` (ISO 8601 basic format, UTC), for `creationdate`, `changedate` and
/// `lastusagedate`.
public enum TMXDate {
    /// Formats seconds since 1970-01-01 UTC.
    public static func string(fromEpochSeconds seconds: Int) -> String {
        var time = time_t(seconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return pad(Int(parts.tm_year) + 1900, 4) + pad(Int(parts.tm_mon) + 1, 2) + pad(Int(parts.tm_mday), 2) + "T"
            + pad(Int(parts.tm_hour), 2) + pad(Int(parts.tm_min), 2) + pad(Int(parts.tm_sec), 2) + "Z"
    }

    /// Whether `text` is a valid TMX date: the exact shape and a real calendar date and time of day.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 16, bytes[8] == UInt8(ascii: "T"), bytes[15] == UInt8(ascii: "Z") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15)
        else { return false }
        guard (1...12).contains(month), hour < 24, minute < 60, second < 61 else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    /// Parses the `--date` option: an ISO 8601 date-time in UTC (`2026-11-22T10:00:00Z`), a date
    /// (`2026-11-22`, taken as midnight UTC) or TMX's own form (`20261122T100000Z`). Returns seconds since 1970.
    public static func epochSeconds(fromISO8601 text: String) -> Int? {
        var digits: [Int] = []
        var current: Int?
        var separators = ""
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                current = (current ?? 0) * 10 + digit
                continue
            }
            if let value = current { digits.append(value) }
            current = nil
            separators.append(character)
        }
        if let value = current { digits.append(value) }
        let compact = text.utf8.count == 16 && isValid(text)
        let fields: [Int]
        if compact, let date = Int(text.prefix(8)), let time = Int(text.dropFirst(9).prefix(6)) {
            fields = [date / 10000, date / 100 % 100, date % 100, time / 10000, time / 100 % 100, time % 100]
        } else if separators == "--" && digits.count == 3 {
            fields = digits + [0, 0, 0]
        } else if separators == "--T::Z" && digits.count == 6 {
            fields = digits
        } else {
            return nil
        }
        let (year, month, day, hour, minute, second) = (fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])
        guard (1970...9999).contains(year), (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
            hour < 24, minute < 60, second < 60
        else { return nil }
        return daysSinceEpoch(year: year, month: month, day: day) * 86400 + hour * 3600 + minute * 60 + second
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days from 1970-01-01 to the given date (proleptic Gregorian calendar).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = shiftedYear / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
