/// Builds one JSON object with keys in the order they are added (JSON Lines output must be stable and
/// readable, so keys keep the documented order rather than a dictionary's).
public struct JSONLine: Sendable {
    /// The object's bytes so far.
    public private(set) var bytes: [UInt8] = [UInt8(ascii: "{")]
    private var empty = true

    /// Starts an empty object.
    public init() {}

    /// Keys are literals, appended as they are: they need no escaping.
    private mutating func key(_ name: StaticString) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    /// A key that comes from data (a language tag, a rule name), escaped as a JSON string.
    private mutating func key(dynamic name: String) {
        if !empty { bytes.append(UInt8(ascii: ",")) }
        empty = false
        JSONLine.appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    /// Adds an integer member whose key comes from data (a map such as `{"en": 3, "id": 3}`).
    public mutating func add(key name: String, _ value: Int) {
        key(dynamic: name)
        JSONLine.appendDigits(value, to: &bytes)
    }

    /// Adds an object member whose key comes from data.
    public mutating func add(key name: String, object: JSONLine) {
        key(dynamic: name)
        bytes.append(contentsOf: object.bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Adds a string member.
    public mutating func add(_ name: StaticString, _ value: String) {
        key(name)
        JSONLine.appendString(value, to: &bytes)
    }

    /// Adds a string member, or `null` when there is no value.
    public mutating func add(_ name: StaticString, optional value: String?) {
        key(name)
        if let value { JSONLine.appendString(value, to: &bytes) } else { bytes.append(contentsOf: "null".utf8) }
    }

    /// Adds a floating-point member, rounded to `digits` decimals (stable across platforms).
    public mutating func add(_ name: StaticString, _ value: Double, digits: Int) {
        key(name)
        bytes.append(contentsOf: JSONLine.decimal(value, digits: digits).utf8)
    }

    /// `value` with exactly `digits` decimals, without locale or exponent.
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "0" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        var text = (value < 0 && scaled != 0 ? "-" : "") + String(whole)
        if digits > 0 {
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    /// Adds an integer member.
    public mutating func add(_ name: StaticString, _ value: Int) {
        key(name)
        JSONLine.appendDigits(value, to: &bytes)
    }

    /// Appends `value` in decimal.
    public static func appendDigits(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// Adds a Boolean member.
    public mutating func add(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: (value ? "true" : "false").utf8)
    }

    /// Adds an array of strings.
    public mutating func add(_ name: StaticString, strings: [String]) {
        key(name)
        JSONLine.appendArray(strings, to: &bytes) { JSONLine.appendString($0, to: &$1) }
    }

    /// Adds an array of integers.
    public mutating func add(_ name: StaticString, integers: [Int]) {
        key(name)
        JSONLine.appendArray(integers, to: &bytes) { JSONLine.appendDigits($0, to: &$1) }
    }

    /// Adds a nested object.
    public mutating func add(_ name: StaticString, object: JSONLine) {
        key(name)
        bytes.append(contentsOf: object.bytes)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Adds an array of objects.
    public mutating func add(_ name: StaticString, objects: [JSONLine]) {
        key(name)
        JSONLine.appendArray(objects, to: &bytes) { object, out in
            out.append(contentsOf: object.bytes)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func appendArray<Element>(
        _ elements: [Element], to out: inout [UInt8], _ appendElement: (Element, inout [UInt8]) -> Void
    ) {
        out.append(UInt8(ascii: "["))
        for (index, element) in elements.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendElement(element, &out)
        }
        out.append(UInt8(ascii: "]"))
    }

    /// The finished object followed by a newline.
    public func finished() -> [UInt8] { bytes + [UInt8(ascii: "}"), 0x0A] }

    /// Appends `value` as a JSON string: quotes, backslashes and control characters escaped, UTF-8 kept.
    public static func appendString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            let count = bytes.count
            let raw = UnsafeRawBufferPointer(bytes)
            while index < count {
                if index + 8 <= count && ASCIIWords.isJSONSafe(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte >= 0x20 && byte != 0x22 && byte != 0x5C {
                    index += 1
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                switch byte {
                case 0x22: out.append(contentsOf: [0x5C, 0x22])
                case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
                case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
                case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
                case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
                }
                index += 1
                runStart = index
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
