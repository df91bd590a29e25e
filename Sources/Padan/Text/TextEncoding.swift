/// The encodings padan accepts for plain-text input.
///
/// UTF-8 is the default and the only encoding padan writes. Latin-1 and Windows-1252 exist because older
/// Indonesian news archives and Windows tools still produce them; the bytes are transcoded on load and offsets
/// are reported in the original file.
public enum TextEncoding: String, Sendable, CaseIterable {
    /// UTF-8, with or without a byte order mark.
    case utf8 = "utf8"
    /// ISO 8859-1: every byte is the code point of the same value.
    case latin1 = "latin1"
    /// Windows-1252: Latin-1 with printable characters (curly quotes, dashes, €) in 0x80–0x9F.
    case windows1252 = "windows-1252"

    /// Parses the names people write on the command line (`utf-8`, `iso-8859-1`, `cp1252`…).
    public init?(name: String) {
        switch name.lowercased() {
        case "utf8", "utf-8": self = .utf8
        case "latin1", "latin-1", "iso-8859-1", "iso8859-1": self = .latin1
        case "windows-1252", "cp1252", "win1252": self = .windows1252
        default: return nil
        }
    }

    /// The Unicode scalars of bytes 0x80–0x9F in Windows-1252 (undefined slots map to the C1 control, as
    /// WHATWG's decoder does).
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]
}
