/// The languages padan segments: Indonesian sources and English targets.
public enum SegmentationLanguage: String, Sendable, CaseIterable {
    /// Indonesian (BCP 47 `id`).
    case indonesian = "id"
    /// English (BCP 47 `en`).
    case english = "en"

    /// The rule data for this language.
    public var rules: LanguageRules {
        switch self {
        case .indonesian: return .indonesian
        case .english: return .english
        }
    }
}
