import Foundation
import Glibc

/// A text file loaded for processing: its UTF-8 bytes and how to map positions back to the original file.
///
/// Loading checks what would otherwise make later stages silently wrong: a UTF-8 byte order mark is removed,
/// invalid UTF-8 is refused with its byte offset (or transcoded when the caller names a legacy encoding), and a
/// file with NUL bytes is refused as binary. Offsets that padan reports (`start`/`end` of segments) are byte
/// offsets in the original file, whatever was stripped or transcoded.
public struct SourceDocument: Sendable {
    /// The name the user gave for the file (`-` for standard input); used in every message and output.
    public let path: String
    /// The text as UTF-8, without a byte order mark.
    public let bytes: [UInt8]
    /// Number of bytes removed from the start of the original (3 for a UTF-8 byte order mark, else 0).
    public let leadingBytesRemoved: Int
    /// For transcoded input: the original byte offset of each UTF-8 byte (plus one entry for the end).
    private let originalOffsets: [Int32]?

    /// Creates a document from text already in memory (tests, standard input, generated text).
    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
        self.leadingBytesRemoved = 0
        self.originalOffsets = nil
    }

    /// Decodes raw file bytes; throws a `PadanError` naming the offending byte for binary or mis-encoded input.
    public init(path: String, data: [UInt8], encoding: TextEncoding = .utf8) throws(PadanError) {
        self.path = path
        if data.count >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)) {
            throw PadanError(
                .encoding, file: path, line: 1, column: 1, byteOffset: 0,
                message: "the file is UTF-16 (it starts with a UTF-16 byte order mark)",
                remedy: "convert it to UTF-8, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt")
        }
        if let nul = SourceDocument.firstNUL(in: data) {
            let (line, column) = SourceDocument.lineAndColumn(in: data, at: nul)
            throw PadanError(
                .encoding, file: path, line: line, column: column, byteOffset: nul,
                message: "the file looks binary: it contains a NUL byte at byte offset \(nul)",
                remedy: "pass a plain-text file (.txt, UTF-8)")
        }
        switch encoding {
        case .utf8:
            let bom = data.count >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF
            let body = bom ? Array(data[3...]) : data
            if let bad = UTF8Validation.firstInvalidOffset(in: body) {
                let offset = bad + (bom ? 3 : 0)
                let (line, column) = SourceDocument.lineAndColumn(in: data, at: offset)
                throw PadanError(
                    .encoding, file: path, line: line, column: column, byteOffset: offset,
                    message: String(
                        format: "invalid UTF-8 at byte offset %d (byte 0x%02X)", offset, data[offset]),
                    remedy: "save the file as UTF-8, or pass --encoding latin1 (or windows-1252) if that is what it is")
            }
            bytes = body
            leadingBytesRemoved = bom ? 3 : 0
            originalOffsets = nil
        case .latin1, .windows1252:
            var out: [UInt8] = []
            var map: [Int32] = []
            out.reserveCapacity(data.count + data.count / 8)
            map.reserveCapacity(data.count + data.count / 8)
            for (index, byte) in data.enumerated() {
                var scalar = UInt32(byte)
                if encoding == .windows1252 && (0x80...0x9F).contains(byte) {
                    scalar = TextEncoding.windows1252High[Int(byte) - 0x80]
                }
                let before = out.count
                UTF8Validation.append(scalar: scalar, to: &out)
                for _ in before..<out.count { map.append(Int32(index)) }
            }
            map.append(Int32(data.count))
            bytes = out
            leadingBytesRemoved = 0
            originalOffsets = map
        }
    }

    private static func firstNUL(in data: [UInt8]) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            guard let base = raw.baseAddress, let found = memchr(base, 0, raw.count) else { return nil }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }

    /// Reads and decodes a file from disk (`-` reads standard input).
    public static func load(path: String, encoding: TextEncoding = .utf8) throws(PadanError) -> SourceDocument {
        let data = try FileInput.read(path)
        return try SourceDocument(path: path, data: data, encoding: encoding)
    }

    /// The byte offset in the original file of UTF-8 offset `offset` in `bytes`.
    public func originalOffset(_ offset: Int) -> Int {
        if let originalOffsets { return Int(originalOffsets[offset]) }
        return offset + leadingBytesRemoved
    }

    /// 1-based line and column (in Unicode scalars) of byte `offset` of `data`; CR, LF and CRLF end lines.
    public static func lineAndColumn(in data: [UInt8], at offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        var index = 0
        let end = min(offset, data.count)
        while index < end {
            let byte = data[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= data.count || data[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        var position = lineStart
        while position < end {
            if data[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return (line, column)
    }
}

/// Reading whole inputs from files or standard input with errors a person can act on.
public enum FileInput {
    /// Reads `path` completely; `-` means standard input.
    public static func read(_ path: String) throws(PadanError) -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PadanError(.unreadable, file: path, message: "no such file", remedy: "check the path")
        }
        if isDirectory.boolValue {
            throw PadanError(
                .unreadable, file: path, message: "is a directory", remedy: "name a file inside it")
        }
        guard let bytes = readAll(path) else {
            throw PadanError(
                .unreadable, file: path, message: "cannot read the file",
                remedy: "check its permissions (ls -l \(path))", cause: String(cString: strerror(errno)))
        }
        return bytes
    }

    /// Reads a whole file with POSIX calls straight into an array (no intermediate `Data` copy).
    private static func readAll(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0))
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, count))) }
            let result = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if result < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if result == 0 { break }
            count += result
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    /// Expands the paths a user named: a directory means every `*.txt` directly in it, sorted by name.
    public static func textFiles(in paths: [String], fileExtension: String = "txt") throws(PadanError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                && isDirectory.boolValue
            {
                let names: [String]
                do {
                    names = try FileManager.default.contentsOfDirectory(atPath: path)
                } catch {
                    throw PadanError(
                        .unreadable, file: path, message: "cannot list the directory",
                        remedy: "check its permissions (ls -ld \(path))")
                }
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                files += names.filter { $0.hasSuffix("." + fileExtension) }.sorted().map { base + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        return files
    }
}
