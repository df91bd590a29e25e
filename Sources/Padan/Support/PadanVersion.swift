/// padan's version, written into the files it creates (`creationtoolversion` in TMX) and printed by
/// `padan --version`.
public enum PadanVersion {
    /// The current release.
    public static let current = "0.1.0"
}
