/// The TBX names padan maps its model to (TBX-Basic data categories).
enum TBXVocabulary {
    /// TBX v3 (ISO 30042:2019) namespace.
    static let namespace = "urn:iso:std:iso:30042:ed-2"

    static func termType(_ type: TermType) -> String {
        switch type {
        case .fullForm: return "fullForm"
        case .abbreviation: return "abbreviation"
        case .shortForm: return "shortForm"
        case .variant: return "variant"
        }
    }

    static func termType(named name: String) -> TermType? {
        switch name {
        case "fullForm": return .fullForm
        case "abbreviation", "acronym", "initialism": return .abbreviation
        case "shortForm": return .shortForm
        case "variant": return .variant
        default: return nil
        }
    }

    static func status(_ status: TermStatus) -> String {
        status.rawValue + "Term-admn-sts"
    }

    static func status(named name: String) -> TermStatus? {
        switch name {
        case "preferredTerm-admn-sts", "preferred": return .preferred
        case "admittedTerm-admn-sts", "admitted": return .admitted
        case "deprecatedTerm-admn-sts", "supersededTerm-admn-sts", "deprecated", "superseded": return .deprecated
        default: return nil
        }
    }
}
