import Foundation

/// The data files padan ships beside its binary (`Sources/Padan/Resources`: the TMX 1.4b DTD, the SRX 2.0
/// schema, the language subtag registry).
///
/// SwiftPM copies them into a `padan_Padan.resources` folder next to the executable. The generated
/// `Bundle.module` accessor stops the process when that folder is missing (a binary copied without it); padan
/// looks for the folder itself and reports a missing file as an error instead.
public enum PadanResources {
    /// The bytes of the resource `name` (`tmx14.dtd`).
    public static func bytes(named name: String) throws(PadanError) -> [UInt8] {
        for directory in candidateDirectories {
            let path = directory.appendingPathComponent("Resources").appendingPathComponent(name).path
            if let data = FileManager.default.contents(atPath: path) { return [UInt8](data) }
        }
        throw PadanError(
            .unreadable, file: name, message: "padan's data file \(name) is missing",
            remedy: "keep the padan_Padan.resources folder beside the padan binary (swift build puts it there)")
    }

    /// Where the resource folder may be: beside the running executable (or test bundle), then the bundle
    /// SwiftPM recorded at build time.
    private static var candidateDirectories: [URL] {
        var directories: [URL] = []
        let bundleName = "padan_Padan.resources"
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            directories.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        directories.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        for bundle in Bundle.allBundles {
            directories.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent(bundleName))
        }
        return directories
    }
}
