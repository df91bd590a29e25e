extension Fixtures {
    /// Path of the SRX test file `Fixtures/SRX/name`.
    static func srx(_ name: String) -> String {
        directory.appendingPathComponent("SRX").appendingPathComponent(name).path
    }
}
