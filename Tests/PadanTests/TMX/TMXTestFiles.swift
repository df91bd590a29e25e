import Foundation

/// Temporary files for the TMX tests, and the real-world TMX files in ../shared when they are there.
enum TMXTestFiles {
    /// Writes `text` (or `bytes`) to a new temporary file and returns its path.
    static func write(_ text: String, name: String = "test.tmx") throws -> String {
        try write(bytes: Array(text.utf8), name: name)
    }

    static func write(bytes: [UInt8], name: String = "test.tmx") throws -> String {
        let directory = try directory()
        let path = directory.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// A new empty temporary directory.
    static func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("padan-tmx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A TMX 1.4 document with the given units' XML inside <body>.
    static func document(srclang: String = "id", header extra: String = "", units: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE tmx SYSTEM "tmx14.dtd">
        <tmx version="1.4">
          <header creationtool="test" creationtoolversion="1" datatype="plaintext" segtype="sentence" o-tmf="test" adminlang="en" srclang="\(srclang)"\(extra)/>
          <body>
        \(units)
          </body>
        </tmx>

        """
    }

    /// `../shared/real-world/tmx` beside the project, or nil when it is not there (tests using it skip).
    static let realWorld: URL? = {
        let url = Fixtures.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/real-world/tmx")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()
}
