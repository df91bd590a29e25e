import Foundation

/// Paths of the test fixtures and of the package's own data (seeds/), for tests.
enum Fixtures {
    /// The package root, found from this file's path (tests never read ../shared).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The copied `Fixtures` resource folder.
    static let directory: URL = Bundle.module.url(forResource: "Fixtures", withExtension: nil)
        ?? packageRoot.appendingPathComponent("Tests/PadanTests/Fixtures")

    /// The seed articles in the repository's `seeds/`.
    static func seedFiles() -> [URL] {
        files(in: packageRoot.appendingPathComponent("seeds"), withExtension: "txt")
    }

    /// Files with `fileExtension` directly in `directory`, sorted by name.
    static func files(in directory: URL, withExtension fileExtension: String) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix("." + fileExtension) }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// Lines of a gold file (one segment per line).
    static func goldLines(_ url: URL) throws -> [String] {
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }
}
