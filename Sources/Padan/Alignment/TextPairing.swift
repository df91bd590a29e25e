import Foundation

/// Source texts paired with their translations: two files, or two directories whose `*.txt` files are paired
/// by name (`seeds/000.txt` with `seeds/en/000.txt`).
public struct TextPairing: Sendable {
    /// The pairs, in name order.
    public var pairs: [(source: String, target: String)]
    /// Source files with no counterpart of the same name in the target directory.
    public var sourcesWithoutTarget: [String]
    /// Target files with no counterpart of the same name in the source directory.
    public var targetsWithoutSource: [String]
    /// Whether two directories were paired (so output names each pair's file).
    public var pairsDirectories = false

    /// Pairs `source` with `target`: both files (either may be `-`, standard input), or both directories.
    public static func pair(source: String, target: String) throws(PadanError) -> TextPairing {
        let sourceIsDirectory = isDirectory(source)
        let targetIsDirectory = isDirectory(target)
        guard sourceIsDirectory == targetIsDirectory else {
            let (directory, file) = sourceIsDirectory ? (source, target) : (target, source)
            throw PadanError(
                .usage, file: file, message: "is a file but \(directory) is a directory",
                remedy: "give two files, or two directories whose *.txt files are paired by name")
        }
        if source == "-" && target == "-" {
            throw PadanError(.usage, file: "-", message: "only one side can be standard input", remedy: "give the other side as a file")
        }
        guard sourceIsDirectory else {
            return TextPairing(pairs: [(source, target)], sourcesWithoutTarget: [], targetsWithoutSource: [])
        }
        let sources = try FileInput.textFiles(in: [source])
        let targets = try FileInput.textFiles(in: [target])
        let targetsByName = Dictionary(targets.map { (($0 as NSString).lastPathComponent, $0) }, uniquingKeysWith: { a, _ in a })
        let sourceNames = Set(sources.map { ($0 as NSString).lastPathComponent })
        var pairing = TextPairing(pairs: [], sourcesWithoutTarget: [], targetsWithoutSource: [], pairsDirectories: true)
        for file in sources {
            if let counterpart = targetsByName[(file as NSString).lastPathComponent] {
                pairing.pairs.append((file, counterpart))
            } else {
                pairing.sourcesWithoutTarget.append(file)
            }
        }
        pairing.targetsWithoutSource = targets.filter { !sourceNames.contains(($0 as NSString).lastPathComponent) }
        return pairing
    }

    /// The translation of `file` by the project convention, `<folder>/en/<name>`, if it exists.
    public static func conventionalTranslation(of file: String) -> String? {
        guard file != "-" else { return nil }
        let folder = (file as NSString).deletingLastPathComponent
        let candidate = ((folder as NSString).appendingPathComponent("en") as NSString)
            .appendingPathComponent((file as NSString).lastPathComponent)
        return FileManager.default.fileExists(atPath: candidate) && !isDirectory(candidate) ? candidate : nil
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
