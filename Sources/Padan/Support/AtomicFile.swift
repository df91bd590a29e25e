import Foundation
import Glibc

/// Writes a file so that readers only ever see the old complete file or the new complete one.
///
/// The content goes to a temporary file in the destination's directory, is flushed to disk, and is then renamed
/// over the destination. A crash, a full disk or Ctrl-C while writing leaves the previous file untouched and at
/// worst a stray `.padan-*.tmp` file beside it.
public final class AtomicFile {
    /// The final destination path.
    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32 = -1
    private var buffer: [UInt8] = []
    private var finished = false

    /// Opens a temporary file beside `path`, creating missing parent directories.
    public init(path: String) throws(PadanError) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw PadanError(
                .unwritable, file: path, message: "cannot create the output directory \(directory)",
                remedy: "check that the path is right and that you may write there", cause: "\(error)")
        }
        let name = ".padan-\(getpid())-\(UInt32.random(in: 0 ... .max))-\(url.lastPathComponent).tmp"
        temporaryPath = (directory as NSString).appendingPathComponent(name)
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if descriptor < 0 {
            throw PadanError(
                .unwritable, file: path, message: "cannot write in \(directory)",
                remedy: "check the directory's permissions; the existing file was left as it was",
                cause: String(cString: strerror(errno)))
        }
    }

    /// Appends bytes; they are buffered and written in large blocks.
    public func write<Bytes: Sequence>(_ bytes: Bytes) throws(PadanError) where Bytes.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Appends a string as UTF-8.
    public func write(_ string: String) throws(PadanError) {
        try write(string.utf8)
    }

    private func flush() throws(PadanError) {
        let complete = buffer.withUnsafeBytes { AtomicFile.writeAll($0, to: descriptor) }
        if !complete { throw failure("writing failed") }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to `descriptor`, retrying short writes and interruptions. False (with `errno` set)
    /// when the system refuses.
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count, let base = bytes.baseAddress {
            let result = Glibc.write(descriptor, base + written, bytes.count - written)
            if result < 0 && errno == EINTR { continue }
            if result <= 0 { return false }
            written += result
        }
        return true
    }

    private func failure(_ what: String) -> PadanError {
        PadanError(
            .unwritable, file: path, message: what,
            remedy: "free disk space or choose another output path; the existing file was left as it was",
            cause: String(cString: strerror(errno)))
    }

    /// Flushes, syncs and renames the temporary file into place.
    public func commit() throws(PadanError) {
        try flush()
        if fsync(descriptor) != 0 && errno != EINVAL { throw failure("syncing the file failed") }
        close(descriptor)
        descriptor = -1
        if rename(temporaryPath, path) != 0 {
            let error = failure("cannot replace the file")
            unlink(temporaryPath)
            finished = true
            throw error
        }
        finished = true
    }

    deinit {
        if !finished {
            if descriptor >= 0 { close(descriptor) }
            unlink(temporaryPath)
        }
    }

    /// Writes `bytes` to `path` atomically in one call.
    public static func write<Bytes: Sequence>(_ bytes: Bytes, to path: String) throws(PadanError)
    where Bytes.Element == UInt8 {
        let file = try AtomicFile(path: path)
        try file.write(bytes)
        try file.commit()
    }
}
