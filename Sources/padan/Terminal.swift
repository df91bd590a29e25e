import Foundation
import Padan
import Glibc

/// Standard output and standard error for the command-line tool.
enum Terminal {
    /// Prints `padan: error: MESSAGE` on standard error.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("padan: error: " + message + "\n").utf8))
    }

    /// Prints `padan: warning: MESSAGE` on standard error.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data(("padan: warning: " + message + "\n").utf8))
    }

    /// Prints `padan: MESSAGE` on standard error (a summary that is not part of the output).
    static func note(_ message: String) {
        FileHandle.standardError.write(Data(("padan: " + message + "\n").utf8))
    }

    /// Whether standard error is a terminal, so progress lines are worth showing.
    static var showsProgress: Bool { isatty(STDERR_FILENO) == 1 }

    /// Overwrites the current progress line on standard error (only when it is a terminal).
    static func progress(_ message: String) {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + message).utf8))
    }

    /// Clears the progress line.
    static func endProgress() {
        guard showsProgress else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Where a command's main output goes: a file named with `-o` (written atomically) or standard output.
enum Destination {
    /// Writes `text` to `path`, or to standard output when `path` is nil.
    static func write(_ text: String, to path: String?) throws {
        if let path {
            try AtomicFile.write(Array(text.utf8), to: path)
        } else {
            let out = StandardOutput()
            out.write(text)
            out.flush()
        }
    }
}

/// Buffered standard output: commands write megabytes of lines, and one `write(2)` per line would dominate.
final class StandardOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    /// Appends text.
    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends text and a newline.
    func line(_ string: String) {
        write(string)
        buffer.append(0x0A)
    }

    /// Appends raw bytes; a large block goes straight to the output after what is buffered, without a copy.
    func write(bytes: [UInt8]) {
        guard bytes.count >= 1 << 16 else {
            buffer.append(contentsOf: bytes)
            if buffer.count >= 1 << 16 { flush() }
            return
        }
        flush()
        bytes.withUnsafeBytes(writeAll)
    }

    /// Writes everything buffered to standard output.
    func flush() {
        buffer.withUnsafeBytes(writeAll)
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ raw: UnsafeRawBufferPointer) {
        guard let base = raw.baseAddress else { return }
        var offset = 0
        while offset < raw.count {
            let written = Glibc.write(STDOUT_FILENO, base + offset, raw.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }

    deinit { flush() }
}
