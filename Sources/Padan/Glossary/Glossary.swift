import Foundation

/// padan's termbase: the concepts of one or more glossary files.
///
/// `--glossary PATH` everywhere accepts a directory (every `*.tsv` and `*.csv` directly in it, sorted by name),
/// one TSV/CSV file, or a TBX file.
public struct Glossary: Sendable {
    /// The concepts, in file order.
    public var concepts: [Concept]
    /// The files read, in order.
    public var files: [String]

    /// Creates a glossary from concepts already in memory.
    public init(concepts: [Concept], files: [String] = []) {
        self.concepts = concepts
        self.files = files
    }

    /// The glossary files a path names: a directory's `*.tsv`/`*.csv`/`*.tbx` files, or the path itself.
    public static func files(at path: String) throws(PadanError) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw PadanError(.unreadable, file: path, message: "no such glossary file or directory",
                remedy: "pass --glossary with a directory of .tsv files, a .tsv/.csv file or a .tbx file")
        }
        guard isDirectory.boolValue else { return [path] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw PadanError(.unreadable, file: path, message: "cannot list the glossary directory",
                remedy: "check its permissions")
        }
        let base = path.hasSuffix("/") ? String(path.dropLast()) : path
        return names.filter { name in [".tsv", ".csv", ".tbx"].contains { name.lowercased().hasSuffix($0) } }
            .sorted().map { base + "/" + $0 }
    }

    /// Reads every glossary file at `path`, collecting all problems as findings (for `padan lint`).
    public static func read(at path: String) throws(PadanError) -> (glossary: Glossary, findings: [Finding]) {
        var concepts: [Concept] = []
        var findings: [Finding] = []
        let files = try files(at: path)
        for file in files {
            let bytes = try FileInput.read(file)
            let parsed: (concepts: [Concept], findings: [Finding])
            if file.lowercased().hasSuffix(".tbx") {
                parsed = try TBXReader.read(bytes: bytes, path: file)
            } else {
                parsed = GlossaryTable.parse(bytes: bytes, path: file)
            }
            concepts += parsed.concepts
            findings += parsed.findings
        }
        return (Glossary(concepts: concepts, files: files), findings)
    }

    /// Loads the glossary at `path` for use; the first error-level problem is thrown (exit 2), so no command
    /// ever works with half a termbase.
    public static func load(at path: String) throws(PadanError) -> Glossary {
        let (glossary, findings) = try read(at: path)
        if let error = findings.first(where: { $0.severity == .error }) {
            throw PadanError(.malformed, file: error.file, line: error.line, column: error.column,
                message: error.message, remedy: (error.remedy.map { $0 + "; " } ?? "") + "run padan lint for every problem")
        }
        return glossary
    }

    /// The concept with `id`, if any.
    public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }
}
