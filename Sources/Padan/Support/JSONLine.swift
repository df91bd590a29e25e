/// Builds one JSON object with keys in the order they are added (JSON Lines output must be stable and
/// readable, so keys keep the documented order rather than a dictionary's).
public struct JSONLine: Sendable {
    /// The object's bytes so far.
    public private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var empty = true

    /// Starts an empty object.
    public init() {}

    private mutating func key(_ name: String) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        JSONLine.appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Adds a string member.
    public mutating func add(_ name: String, _ value: String) {
        key(name)
        JSONLine.appendString(value, to: &bytes)
    }

    /// Adds an integer member.
    public mutating func add(_ name: String, _ value: Int) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    /// Adds a Boolean member.
    public mutating func add(_ name: String, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Adds a member whose value is already-encoded JSON.
    public mutating func add(_ name: String, json: [UInt8]) {
        key(name)
        bytes.append(contentsOf: json)
    }

    /// The finished object followed by a newline.
    public func finished() -> [UInt8] { bytes + [UInt8(ascii: "}"), 0x0A] }

    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped, UTF-8 kept.
    public static func appendString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
